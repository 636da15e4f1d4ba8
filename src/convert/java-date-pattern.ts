import { XdmapError } from '../util/errors.js'
import { fixedOffset, getZone, zoneName } from './zone.js'
import { table } from '../util/table.js'

/**
 * Java DateTimeFormatter patterns (the letters Data Prep's `date()` uses), compiled once into a
 * regular expression and an extractor. Unsupported letters are rejected when the pattern is compiled,
 * never while rows are converted.
 *
 * Supported: the letters of Data Prep's date/time format table (dates.md): G, y, Y, M/L, w, W, D, d, F, E, u,
 * a, H, k, K, h, m, s, S, z, Z, X (and x), V, O, Q/q, and quoted literals. Month and day names, eras and AM/PM
 * are English and matched without regard to case. Where Java's two formatters differ, the table is followed:
 * a single u is the day-of-week number (1 = Monday); uu and longer are the year, as in java.time. Y, w and W
 * are ISO week fields (Monday first, four days make week 1), as the table says of Y; F is the day's week in
 * the month, (day - 1) / 7 + 1. When parsing, w, W, F, u and E are read and checked for form only, and Y gives
 * the year only when y is absent. Zone names (z) are read at their fixed standard or daylight offset (PST is
 * -08:00, PDT -07:00, as Data Prep documents); zone ids (VV) and GMT offsets (O) at the zone's offset then.
 */

export interface DateParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  ms: number
  /** Offset in minutes when the text carried one. */
  offset?: number
  /** The zone id when the text named one (VV); offset then holds the zone's offset at that wall time. */
  zone?: string
}

/** Zone names Java's z reads, at their fixed offsets in minutes. */
const ZONE_NAMES: Record<string, number> = table<number>({
  UTC: 0, GMT: 0, UT: 0, Z: 0, WET: 0, BST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330, HKT: 480,
  SGT: 480, JST: 540, KST: 540, AWST: 480, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, HST: -600, AKST: -540, AKDT: -480,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240, AST: -240, ADT: -180, NST: -210, NDT: -150,
  'coordinated universal time': 0, 'greenwich mean time': 0, 'central european standard time': 60, 'central european summer time': 120,
  'eastern european standard time': 120, 'eastern european summer time': 180, 'british summer time': 60, 'india standard time': 330,
  'japan standard time': 540, 'hawaii-aleutian standard time': -600, 'alaska standard time': -540, 'alaska daylight time': -480,
  'pacific standard time': -480, 'pacific daylight time': -420, 'mountain standard time': -420, 'mountain daylight time': -360,
  'central standard time': -360, 'central daylight time': -300, 'eastern standard time': -300, 'eastern daylight time': -240,
  'atlantic standard time': -240, 'atlantic daylight time': -180,
})
const QUARTER_NAMES = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter']

export interface DatePattern {
  pattern: string
  hasTime: boolean
  hasOffset: boolean
  /** Parts of the text, or undefined when it does not match (or names an impossible date). */
  parse(text: string): DateParts | undefined
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

type Setter = (p: DateParts & { pm?: boolean; h12?: number; doy?: number; weekYear?: number }, text: string) => boolean

/** A quoted literal at `i` ('' alone is a quote; inside quotes, '' is a quote too): its text and the index after it. */
function quoted(pattern: string, i: number): [string, number] {
  if (pattern[i + 1] === "'") return ["'", i + 2]
  let lit = ''
  let k = i + 1
  for (;;) {
    const end = pattern.indexOf("'", k)
    if (end === -1) throw new XdmapError('DATE_PATTERN_INVALID', `Unclosed quote in date pattern ${JSON.stringify(pattern)}`)
    lit += pattern.slice(k, end)
    if (pattern[end + 1] === "'") { lit += "'"; k = end + 2; continue }
    return [lit, end + 1]
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

export function compileDatePattern(pattern: string): DatePattern {
  let re = '^'
  const setters: Setter[] = []
  let hasTime = false
  let hasOffset = false
  let hasH12 = false
  let hasAmPm = false
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]!
    if (c === "'") {
      const [lit, next] = quoted(pattern, i)
      re += escapeRegex(lit)
      i = next
      continue
    }
    if (!/[A-Za-z]/.test(c)) {
      re += escapeRegex(c)
      i++
      continue
    }
    let n = 1
    while (pattern[i + n] === c) n++
    i += n
    const num = (min: number, max: number, set: (p: DateParts & { h12?: number; doy?: number; weekYear?: number }, v: number) => void): void => {
      re += `(\\d{${min},${max}})`
      setters.push((p, t) => { set(p, Number(t)); return true })
    }
    const word = (alternatives: string, set?: Setter): void => {
      re += `(${alternatives})`
      setters.push(set ?? (() => true))
    }
    switch (c) {
      case 'G':
        if (n > 5) throw unsupported(pattern, c.repeat(n))
        word(n === 4 ? '[Aa]nno [Dd]omini|[Bb]efore [Cc]hrist' : n === 5 ? '[AaBb]' : '[Aa][Dd]|[Bb][Cc]', (_p, t) => t[0] === 'A' || t[0] === 'a')
        break
      case 'Y':
        if (n === 2) num(2, 2, (p, v) => { p.weekYear = 2000 + v })
        else if (n >= 4 || n === 1) num(n === 1 ? 1 : n, 9, (p, v) => { p.weekYear = v })
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'w': case 'W': case 'F':
        if (n > (c === 'w' ? 2 : 1)) throw unsupported(pattern, c.repeat(n))
        num(n, 2, () => {})
        break
      case 'D':
        if (n > 3) throw unsupported(pattern, c.repeat(n))
        num(n, 3, (p, v) => { p.doy = v })
        break
      case 'Q': case 'q':
        if (n <= 2) num(n, n, () => {})
        else if (n === 3) word('[Qq][1-4]')
        else if (n === 4) word('[1-4](?:st|nd|rd|th) quarter')
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'z':
        if (n > 4) throw unsupported(pattern, c.repeat(n))
        hasOffset = true
        word(n === 4 ? '[A-Za-z][A-Za-z -]+?' : '[A-Za-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?', (p, t) => {
          const off = ZONE_NAMES[n === 4 ? t.toLowerCase() : t.toUpperCase()] ?? fixedOffset(t)
          if (off === undefined) return false
          p.offset = off
          return true
        })
        break
      case 'V':
        if (n !== 2) throw unsupported(pattern, c.repeat(n), 'a zone id is VV')
        hasOffset = true
        word('Z|[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*', (p, t) => { try { getZone(t) } catch { return false } p.zone = t; return true })
        break
      case 'O':
        if (n !== 1 && n !== 4) throw unsupported(pattern, c.repeat(n))
        hasOffset = true
        word(n === 1 ? 'GMT(?:[+-]\\d{1,2}(?::\\d{2})?)?' : 'GMT(?:[+-]\\d{2}:\\d{2})?', (p, t) => { const off = t === 'GMT' ? 0 : fixedOffset(t); if (off === undefined) return false; p.offset = off; return true })
        break
      case 'u':
        if (n === 1) { num(1, 1, (_p, v) => { if (v < 1 || v > 7) throw new RangeError() }); break }
        if (n === 2) num(2, 2, (p, v) => { p.year = 2000 + v })
        else num(n, 9, (p, v) => { p.year = v })
        break
      case 'y':
        if (n === 2) num(2, 2, (p, v) => { p.year = 2000 + v })
        else if (n >= 4 || n === 1) num(n === 1 ? 1 : n, 9, (p, v) => { p.year = v })
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'M': case 'L':
        if (n === 1) num(1, 2, (p, v) => { p.month = v })
        else if (n === 2) num(2, 2, (p, v) => { p.month = v })
        else if (n === 3) {
          re += '([A-Za-z]{3})'
          setters.push((p, t) => { const m = MONTHS.findIndex((x) => x.slice(0, 3) === t.toLowerCase()); p.month = m + 1; return m >= 0 })
        } else if (n === 4) {
          re += '([A-Za-z]{3,9})'
          setters.push((p, t) => { const m = MONTHS.indexOf(t.toLowerCase()); p.month = m + 1; return m >= 0 })
        } else if (n === 5) {
          word('[A-Za-z]')
        } else throw unsupported(pattern, c.repeat(n))
        break
      case 'd':
        if (n > 2) throw unsupported(pattern, c.repeat(n))
        num(n, 2, (p, v) => { p.day = v })
        break
      case 'H': case 'k':
        if (n > 2) throw unsupported(pattern, c.repeat(n))
        hasTime = true
        num(n, 2, (p, v) => { p.hour = c === 'k' && v === 24 ? 0 : v })
        break
      case 'h': case 'K':
        if (n > 2) throw unsupported(pattern, c.repeat(n))
        hasTime = true
        hasH12 = true
        num(n, 2, (p, v) => { p.h12 = c === 'h' ? (v === 12 ? 0 : v) : v })
        break
      case 'm':
        if (n > 2) throw unsupported(pattern, c.repeat(n))
        hasTime = true
        num(n, 2, (p, v) => { p.minute = v })
        break
      case 's':
        if (n > 2) throw unsupported(pattern, c.repeat(n))
        hasTime = true
        num(n, 2, (p, v) => { p.second = v })
        break
      case 'S':
        if (n > 9) throw unsupported(pattern, c.repeat(n))
        hasTime = true
        re += `(\\d{${n}})`
        setters.push((p, t) => { p.ms = Math.floor(Number(`0.${t}`) * 1000 + 1e-6); return true })
        break
      case 'a':
        if (n > 1) throw unsupported(pattern, c.repeat(n))
        hasAmPm = true
        re += '([AaPp][Mm])'
        setters.push((p, t) => { p.pm = t.toLowerCase() === 'pm'; return true })
        break
      case 'E':
        if (n > 4) throw unsupported(pattern, c.repeat(n))
        re += n === 4 ? '([A-Za-z]{6,9})' : '([A-Za-z]{3})'
        setters.push((_p, t) => DAYS.some((d) => (n === 4 ? d : d.slice(0, 3)) === t.toLowerCase()))
        break
      case 'Z':
        hasOffset = true
        if (n <= 3) {
          re += '([+-]\\d{4})'
          setters.push((p, t) => setOffset(p, t))
        } else if (n === 5) {
          re += '(Z|[+-]\\d{2}:\\d{2})'
          setters.push((p, t) => setOffset(p, t))
        } else throw unsupported(pattern, c.repeat(n))
        break
      case 'X': case 'x': {
        hasOffset = true
        const z = c === 'X' ? 'Z|' : ''
        if (n === 1) re += `(${z}[+-]\\d{2}(?:\\d{2})?)`
        else if (n === 2) re += `(${z}[+-]\\d{4})`
        else if (n === 3) re += `(${z}[+-]\\d{2}:\\d{2})`
        else throw unsupported(pattern, c.repeat(n))
        setters.push((p, t) => setOffset(p, t))
        break
      }
      default:
        throw unsupported(pattern, c.repeat(n))
    }
  }
  if (hasH12 !== hasAmPm) {
    throw new XdmapError('DATE_PATTERN_INVALID', `Date pattern ${JSON.stringify(pattern)} uses ${hasH12 ? "'h' without 'a'" : "'a' without 'h'"}: a 12-hour clock needs both`)
  }
  const hasYear = /y|u{2,}/.test(pattern.replace(/'[^']*'/g, ''))
  const regex = new RegExp(re + '$')
  return {
    pattern,
    hasTime,
    hasOffset,
    parse(text) {
      const m = regex.exec(text)
      if (!m) return undefined
      const p: DateParts & { pm?: boolean; h12?: number; doy?: number; weekYear?: number } = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 }
      try {
        for (let k = 0; k < setters.length; k++) if (!setters[k]!(p, m[k + 1]!)) return undefined
      } catch {
        return undefined
      }
      if (p.weekYear !== undefined && !hasYear) p.year = p.weekYear
      if (p.doy !== undefined) {
        const d = new Date(Date.UTC(p.year, 0, p.doy))
        if (p.doy < 1 || d.getUTCFullYear() !== p.year) return undefined
        p.month = d.getUTCMonth() + 1
        p.day = d.getUTCDate()
      }
      if (p.h12 !== undefined) {
        if (p.h12 > 11) return undefined
        p.hour = p.h12 + (p.pm ? 12 : 0)
      }
      if (!validParts(p)) return undefined
      const { year, month, day, hour, minute, second, ms, zone } = p
      let offset = p.offset
      if (zone !== undefined) offset = Math.round(-(getZone(zone).toUtc(Date.UTC(year, month - 1, day, hour, minute, second, ms)) - Date.UTC(year, month - 1, day, hour, minute, second, ms)) / 60000)
      const out: DateParts = { year, month, day, hour, minute, second, ms }
      if (offset !== undefined) out.offset = offset
      if (zone !== undefined) out.zone = zone
      return out
    },
  }
}

function setOffset(p: DateParts, t: string): boolean {
  if (t === 'Z') { p.offset = 0; return true }
  const sign = t[0] === '-' ? -1 : 1
  const digits = t.slice(1).replace(':', '')
  const h = Number(digits.slice(0, 2))
  const m = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  if (h > 18 || m > 59) return false
  p.offset = sign * (h * 60 + m)
  return true
}

function unsupported(pattern: string, letters: string, hint?: string): XdmapError {
  return new XdmapError('DATE_PATTERN_UNSUPPORTED', `Date pattern ${JSON.stringify(pattern)}: '${letters}' is not supported${hint ? ` (${hint})` : ''} (supported letters: G y Y M L w W D d F E u a H k K h m s S z Z X x V O Q q and 'quoted text')`)
}

/** ISO week-based year and week of a date (Monday first; the week holding January 4 is week 1). */
export function isoWeek(w: { year: number; month: number; day: number }): [number, number] {
  const t = new Date(Date.UTC(w.year, w.month - 1, w.day))
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3)
  const year = t.getUTCFullYear()
  return [year, 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86400000 / 7)]
}

/** ISO week of the month: Monday first, a first week of four days or more is week 1 (else week 0). */
function isoWeekOfMonth(w: { year: number; month: number; day: number }): number {
  const f = (new Date(Date.UTC(w.year, w.month - 1, 1)).getUTCDay() + 6) % 7
  return Math.floor((w.day - 1 + f) / 7) + (7 - f >= 4 ? 1 : 0)
}

function gmtText(off: number, long: boolean): string {
  if (off === 0) return 'GMT'
  const a = Math.abs(off)
  const h = Math.floor(a / 60), m = a % 60
  const sign = off < 0 ? '-' : '+'
  return long ? `GMT${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : `GMT${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

export function validParts(p: DateParts): boolean {
  return p.year >= 1 && p.year <= 9999 && p.month >= 1 && p.month <= 12 && p.day >= 1 &&
    p.day <= daysInMonth(p.year, p.month) && p.hour <= 23 && p.minute <= 59 && p.second <= 59
}

/** Data Prep's `date()` fallback patterns, in their documented order (first match wins). */
export const DATA_PREP_DATE_PATTERNS = [
  'yyyy-MM-dd HH:mm:ssZ', 'yyyy-MM-dd HH:mm:ss.SSSZ', 'yyyy-MM-dd HH:mm:ss.SSS', "yyyy-MM-dd'T'HH:mm:ss.SSSX",
  "yyyy-MM-dd'T'HH:mm:ss'Z'", 'yyyy-MM-dd', 'yyyy/MM/dd', 'yyyy.MM.dd', 'yyyy-MMM-dd', 'yyyyMMdd', 'MM-dd-yyyy',
  'MMddyyyy', 'M/dd/yyyy', 'dd.M.yyyy', 'M/dd/yyyy hh:mm:ss a', 'dd.M.yyyy hh:mm:ss a', 'dd.MMM.yyyy', 'dd-MMM-yyyy',
] as const

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Wall-clock fields of an instant in a zone (offset in minutes), for formatting. */
export interface WallTime {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number
  /** 0 = Sunday */
  weekday: number
  offset: number
  /** The zone the time is seen in (an IANA id or a fixed offset) and the instant, for zone names (z, V). */
  zone?: string
  epochMs?: number
}

function offsetText(off: number, colon: boolean, zForZero: boolean, hoursOnly = false): string {
  if (off === 0 && zForZero) return 'Z'
  const sign = off < 0 ? '-' : '+'
  const a = Math.abs(off)
  const hh = String(Math.floor(a / 60)).padStart(2, '0')
  const mm = String(a % 60).padStart(2, '0')
  if (hoursOnly && a % 60 === 0) return `${sign}${hh}`
  return `${sign}${hh}${colon ? ':' : ''}${mm}`
}

/**
 * A Java DateTimeFormatter pattern compiled into a formatter (the same letters the parser takes). Unsupported
 * letters are rejected here, when the mapping loads.
 */
export function compileDateFormatter(pattern: string): (t: WallTime) => string {
  const parts: ((t: WallTime) => string)[] = []
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]!
    if (c === "'") {
      const [lit, next] = quoted(pattern, i)
      parts.push(() => lit)
      i = next
      continue
    }
    if (!/[A-Za-z]/.test(c)) { parts.push(() => c); i++; continue }
    let n = 1
    while (pattern[i + n] === c) n++
    i += n
    const num = (f: (t: WallTime) => number, width: number) => (t: WallTime) => String(f(t)).padStart(width, '0')
    const dayOfYear = (t: WallTime): number => Math.floor((Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / 86400000) + 1
    const instant = (t: WallTime): number => t.epochMs ?? Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.ms) - t.offset * 60000
    switch (c) {
      case 'G':
        if (n > 5) throw unsupported(pattern, c.repeat(n))
        parts.push(() => (n === 4 ? 'Anno Domini' : n === 5 ? 'A' : 'AD'))
        break
      case 'u': case 'y':
        if (c === 'u' && n === 1) parts.push((t) => String(t.weekday === 0 ? 7 : t.weekday))
        else if (n === 2) parts.push((t) => String(t.year % 100).padStart(2, '0'))
        else if (n === 1 || n >= 4) parts.push(num((t) => t.year, n === 1 ? 1 : n))
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'Y':
        if (n === 2) parts.push((t) => String(isoWeek(t)[0] % 100).padStart(2, '0'))
        else if (n === 1 || n >= 4) parts.push(num((t) => isoWeek(t)[0], n === 1 ? 1 : n))
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'w': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => isoWeek(t)[1], n)); break
      case 'W': if (n > 1) throw unsupported(pattern, c.repeat(n)); parts.push(num(isoWeekOfMonth, n)); break
      case 'D': if (n > 3) throw unsupported(pattern, c.repeat(n)); parts.push(num(dayOfYear, n)); break
      case 'F': if (n > 1) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => Math.floor((t.day - 1) / 7) + 1, n)); break
      case 'Q': case 'q': {
        const q = (t: WallTime): number => Math.floor((t.month - 1) / 3) + 1
        if (n <= 2) parts.push(num(q, n))
        else if (n === 3) parts.push((t) => `Q${q(t)}`)
        else if (n === 4) parts.push((t) => QUARTER_NAMES[q(t) - 1]!)
        else throw unsupported(pattern, c.repeat(n))
        break
      }
      case 'z':
        if (n > 4) throw unsupported(pattern, c.repeat(n))
        parts.push((t) => zoneName(t.zone ?? 'UTC', instant(t), n === 4))
        break
      case 'V':
        if (n !== 2) throw unsupported(pattern, c.repeat(n), 'a zone id is VV')
        parts.push((t) => t.zone ?? 'UTC')
        break
      case 'O':
        if (n !== 1 && n !== 4) throw unsupported(pattern, c.repeat(n))
        parts.push((t) => gmtText(t.offset, n === 4))
        break
      case 'M': case 'L':
        if (n <= 2) parts.push(num((t) => t.month, n))
        else if (n === 3) parts.push((t) => SHORT_MONTHS[t.month - 1]!)
        else if (n === 4) parts.push((t) => LONG_MONTHS[t.month - 1]!)
        else if (n === 5) parts.push((t) => LONG_MONTHS[t.month - 1]![0]!)
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'd': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => t.day, n)); break
      case 'H': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => t.hour, n)); break
      case 'k': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => (t.hour === 0 ? 24 : t.hour), n)); break
      case 'h': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => (t.hour % 12 === 0 ? 12 : t.hour % 12), n)); break
      case 'K': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => t.hour % 12, n)); break
      case 'm': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => t.minute, n)); break
      case 's': if (n > 2) throw unsupported(pattern, c.repeat(n)); parts.push(num((t) => t.second, n)); break
      case 'S': if (n > 9) throw unsupported(pattern, c.repeat(n)); parts.push((t) => String(t.ms).padStart(3, '0').padEnd(9, '0').slice(0, n)); break
      case 'a': if (n > 1) throw unsupported(pattern, c.repeat(n)); parts.push((t) => (t.hour < 12 ? 'AM' : 'PM')); break
      case 'E':
        if (n > 4) throw unsupported(pattern, c.repeat(n))
        parts.push(n === 4 ? (t) => LONG_DAYS[t.weekday]! : (t) => LONG_DAYS[t.weekday]!.slice(0, 3))
        break
      case 'Z':
        if (n <= 3) parts.push((t) => offsetText(t.offset, false, false))
        else if (n === 5) parts.push((t) => offsetText(t.offset, true, true))
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'X': case 'x': {
        if (n > 3) throw unsupported(pattern, c.repeat(n))
        const z = c === 'X'
        parts.push((t) => offsetText(t.offset, n === 3, z, n === 1))
        break
      }
      default:
        throw unsupported(pattern, c.repeat(n))
    }
  }
  return (t) => { let s = ''; for (const p of parts) s += p(t); return s }
}
