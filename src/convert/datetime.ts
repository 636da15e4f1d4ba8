import { ConvertError, type Converter } from './failure.js'
import { compileDatePattern, DATA_PREP_DATE_PATTERNS, daysInMonth, type DateParts, type DatePattern } from './java-date-pattern.js'
import { plainInteger } from './numbers.js'
import { getZone, type Zone } from './zone.js'

/**
 * `date` and `date-time` conversion, AEP's rules: ISO 8601 strings and epoch milliseconds, then Data
 * Prep's `date()` patterns in their documented order. Native arithmetic only (no Date parsing of
 * strings, whose behaviour varies): the text is split by one regular expression and the instant is
 * computed with Date.UTC. A date-time without an offset is read in `timezone` (default UTC).
 *
 * Output: `date` as YYYY-MM-DD; `date-time` as ISO 8601 in UTC with milliseconds (or epoch ms, `epochMs`).
 */

export interface DateOptions {
  /** IANA zone for date-times written without an offset (and for epoch ms → date). Default UTC. */
  timezone?: string
  /** Explicit Java DateTimeFormatter patterns tried before the Data Prep list. */
  patterns?: readonly string[]
  /** date-time: give the instant as epoch milliseconds (a number) instead of ISO 8601 text. */
  epochMs?: boolean
}

// yyyy-MM-dd, then optional [T ]HH:mm[:ss[.fff]], then optional Z | ±hh | ±hh:mm | ±hhmm
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/
const EPOCH = /^-?\d{1,16}$/
/** The date-time converter's range, years 0001-9999, in epoch ms. */
export const MAX_MS = 253402300799999 // 9999-12-31T23:59:59.999Z
export const MIN_MS = -62135596800000 // 0001-01-01T00:00:00.000Z

let dataPrepPatterns: DatePattern[] | undefined
function fallbackPatterns(): DatePattern[] {
  return (dataPrepPatterns ??= DATA_PREP_DATE_PATTERNS.map((p) => compileDatePattern(p)))
}

function pad(n: number, w: number): string {
  const s = String(n)
  return s.length >= w ? s : '0'.repeat(w - s.length) + s
}

/** Parts of an ISO 8601 text, or undefined. Offsets are validated; the calendar date is validated. */
export function parseIso(text: string): DateParts | undefined {
  const m = ISO.exec(text)
  if (!m) return undefined
  const year = +m[1]!, month = +m[2]!, day = +m[3]!
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  const p: DateParts = { year, month, day, hour: 0, minute: 0, second: 0, ms: 0 }
  if (m[4] !== undefined) {
    p.hour = +m[4]
    p.minute = +m[5]!
    if (m[6] !== undefined) p.second = +m[6]
    // milliseconds are the first three fraction digits (never rounded up into the next second)
    if (m[7] !== undefined) p.ms = +(m[7] + '00').slice(0, 3)
    if (p.hour > 23 || p.minute > 59 || p.second > 59) return undefined
    const z = m[8]
    if (z !== undefined) {
      if (z === 'Z' || z === 'z') p.offset = 0
      else {
        const digits = z.slice(1).replace(':', '')
        const oh = +digits.slice(0, 2)
        const om = digits.length > 2 ? +digits.slice(2) : 0
        if (oh > 18 || om > 59) return undefined
        p.offset = (z[0] === '-' ? -1 : 1) * (oh * 60 + om)
      }
    }
  }
  return p
}

/** Value of the two ASCII digits at `i`, or -1. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48
  const b = t.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}

/** Offset (minutes) of the text the last `fastIso` call read, NaN when it had none. */
let fastOffset = NaN

/**
 * The common ISO 8601 shapes read with charCodeAt instead of the regular expression: yyyy-MM-dd, optionally
 * followed by [T ]HH:mm[:ss[(.|,)f{1,9}]] and Z | ±HH | ±HH:mm | ±HHmm. Returns the wall-clock time as UTC ms
 * (the offset is left in `fastOffset`), or NaN for any other text, which `parseIso` and the patterns then read.
 * Where it answers, it answers as `parseIso` does (a property test checks).
 */
export function fastIso(t: string): number {
  const n = t.length
  if (n < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return NaN
  const hi = two(t, 0), lo = two(t, 2), month = two(t, 5), day = two(t, 8)
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return NaN
  const year = hi * 100 + lo
  if (year < 1 || day > daysInMonth(year, month)) return NaN
  let ms = daysFromCivil(year, month, day) * 86_400_000
  fastOffset = NaN
  if (n === 10) return ms
  const sep = t.charCodeAt(10)
  if ((sep !== 84 && sep !== 32) || n < 16 || t.charCodeAt(13) !== 58) return NaN
  const hour = two(t, 11), minute = two(t, 14)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN
  ms += hour * 3_600_000 + minute * 60_000
  let i = 16
  if (t.charCodeAt(i) === 58) {
    const second = two(t, 17)
    if (second < 0 || second > 59) return NaN
    ms += second * 1000
    i = 19
    const c = t.charCodeAt(i)
    if (c === 46 || c === 44) {
      let k = i + 1
      let f = 0
      for (; k < n && k - i <= 9; k++) {
        const d = t.charCodeAt(k) - 48
        if (!(d >= 0 && d <= 9)) break
        if (k - i <= 3) f = f * 10 + d
      }
      const digits = k - i - 1
      if (digits === 0) return NaN
      ms += digits === 1 ? f * 100 : digits === 2 ? f * 10 : f
      i = k
    }
  }
  if (i === n) return ms
  const z = t.charCodeAt(i)
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return NaN
    fastOffset = 0
    return ms
  }
  if (z !== 43 && z !== 45) return NaN
  const oh = two(t, i + 1)
  if (oh < 0 || oh > 18) return NaN
  let om = 0
  let k = i + 3
  if (k < n) {
    if (t.charCodeAt(k) === 58) k++
    om = two(t, k)
    if (om < 0 || om > 59 || k + 2 !== n) return NaN
  }
  fastOffset = (z === 45 ? -1 : 1) * (oh * 60 + om)
  return ms
}

/** Epoch milliseconds written as 1-16 digits (optionally negative, not 8 digits: yyyyMMdd), or NaN. */
export function fastEpoch(t: string): number {
  return t.length === 8 && t.charCodeAt(0) !== 45 ? NaN : plainInteger(t, 16)
}

function wallMs(p: DateParts): number {
  const d = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms)
  // Date.UTC maps years 0..99 to 1900..1999
  return p.year < 100 ? new Date(d).setUTCFullYear(p.year) : d
}

function instant(p: DateParts, zone: Zone): number {
  const w = wallMs(p)
  return p.offset !== undefined ? w - p.offset * 60_000 : zone.toUtc(w)
}


/**
 * The civil date and time of an instant (years 0001-9999), written into `CIVIL` (year, month, day, hour, minute,
 * second, millisecond): Hinnant's civil-from-days, no allocation. Shared by formatInstant and the JSON writer.
 */
export const CIVIL = new Int32Array(7)
export function civilFromMs(ms: number): void {
  const days = Math.floor(ms / 86_400_000)
  let rem = ms - days * 86_400_000
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  CIVIL[0] = yoe + era * 400 + (month <= 2 ? 1 : 0)
  CIVIL[1] = month
  CIVIL[2] = doy - Math.floor((153 * mp + 2) / 5) + 1
  const h = Math.floor(rem / 3_600_000)
  rem -= h * 3_600_000
  const mi = Math.floor(rem / 60_000)
  rem -= mi * 60_000
  const sec = Math.floor(rem / 1000)
  CIVIL[3] = h
  CIVIL[4] = mi
  CIVIL[5] = sec
  CIVIL[6] = rem - sec * 1000
}

/**
 * `new Date(ms).toISOString()` for years 0001-9999, about five times faster (civil-from-days, Hinnant's algorithm;
 * a property test checks it against toISOString).
 */
export function formatInstant(ms: number): string {
  civilFromMs(ms)
  const c = CIVIL
  const year = c[0]!, month = c[1]!, day = c[2]!, h = c[3]!, mi = c[4]!, sec = c[5]!, milli = c[6]!
  // one flat string in one step (a template literal makes a rope of 14 pieces, slower to build and to read)
  return String.fromCharCode(
    48 + Math.floor(year / 1000), 48 + (Math.floor(year / 100) % 10), 48 + (Math.floor(year / 10) % 10), 48 + (year % 10), 45,
    48 + Math.floor(month / 10), 48 + (month % 10), 45, 48 + Math.floor(day / 10), 48 + (day % 10), 84,
    48 + Math.floor(h / 10), 48 + (h % 10), 58, 48 + Math.floor(mi / 10), 48 + (mi % 10), 58,
    48 + Math.floor(sec / 10), 48 + (sec % 10), 46, 48 + Math.floor(milli / 100), 48 + (Math.floor(milli / 10) % 10), 48 + (milli % 10), 90)
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

type Parsed = { parts: DateParts; source: 'iso' | 'pattern' } | { epoch: number }

function parseAny(text: string, patterns: readonly DatePattern[]): Parsed | undefined {
  const iso = parseIso(text)
  if (iso) return { parts: iso, source: 'iso' }
  // Eight digits are read as yyyyMMdd by the pattern list (an 8-digit epoch would be within 28 hours of 1970).
  if (EPOCH.test(text) && !(text.length === 8 && text[0] !== '-')) {
    const n = Number(text)
    if (Number.isSafeInteger(n)) return { epoch: n }
  }
  for (const pat of patterns) {
    const parts = pat.parse(text)
    if (parts) return { parts, source: 'pattern' }
  }
  return undefined
}

function compilePatterns(options: DateOptions): DatePattern[] {
  return [...(options.patterns ?? []).map((p) => compileDatePattern(p)), ...fallbackPatterns()]
}

const HINT = 'expected ISO 8601 (2018-07-10, 2018-07-10T15:05:59.000-08:00), epoch milliseconds (1531263959000) or a Data Prep date() pattern'

/** Converter for `date-time` fields. */
export function dateTimeConverter(options: DateOptions = {}): Converter {
  const zone = getZone(options.timezone)
  const patterns = compilePatterns(options)
  const epochMs = options.epochMs === true
  return (cell) => {
    const text = cell.trim()
    // fast paths first (ISO and epoch ms, no allocation); anything else, and every error, goes the general way
    const wall = fastIso(text)
    const fast = Number.isNaN(wall) ? fastEpoch(text) : Number.isNaN(fastOffset) ? zone.toUtc(wall) : wall - fastOffset * 60_000
    if (fast >= MIN_MS && fast <= MAX_MS) return epochMs ? fast : formatInstant(fast)
    const parsed = parseAny(text, patterns)
    if (parsed === undefined) return new ConvertError('CONVERT_DATETIME_INVALID', `${JSON.stringify(cell)} is not a date-time: ${HINT}`)
    const ms = 'epoch' in parsed ? parsed.epoch : instant(parsed.parts, zone)
    if (!(ms >= MIN_MS && ms <= MAX_MS)) return new ConvertError('CONVERT_DATETIME_RANGE', `${JSON.stringify(cell)} is outside years 0001-9999`)
    return epochMs ? ms : formatInstant(ms)
  }
}

/**
 * Converter for `date` fields. A date-only text is kept as written; a date-time text keeps the calendar
 * date it names (no zone shift); epoch milliseconds take the calendar date in `timezone`.
 */
export function dateConverter(options: DateOptions = {}): Converter {
  const zone = getZone(options.timezone)
  const patterns = compilePatterns(options)
  return (cell) => {
    const text = cell.trim()
    // an ISO text's calendar date is its first ten characters
    if (!Number.isNaN(fastIso(text))) return text.length === 10 ? text : text.slice(0, 10)
    const parsed = parseAny(text, patterns)
    if (parsed === undefined) return new ConvertError('CONVERT_DATE_INVALID', `${JSON.stringify(cell)} is not a date: ${HINT}`)
    if ('epoch' in parsed) {
      const ms = parsed.epoch + zone.offsetAt(parsed.epoch)
      if (!(ms >= MIN_MS && ms <= MAX_MS)) return new ConvertError('CONVERT_DATE_RANGE', `${JSON.stringify(cell)} is outside years 0001-9999`)
      const d = new Date(ms)
      return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    }
    const p = parsed.parts
    return formatDate(p.year, p.month, p.day)
  }
}
