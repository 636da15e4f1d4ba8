import { XdmapError } from '../errors.js'

/**
 * Java DateTimeFormatter patterns (the letters Data Prep's `date()` uses), compiled once into a
 * regular expression and an extractor. Unsupported letters are rejected when the pattern is compiled,
 * never while rows are converted.
 *
 * Supported: y (yy, yyyy), u, M (M, MM, MMM, MMMM), L, d, D is not supported, H, h, k, K, m, s,
 * S (fraction, 1-9 letters), a, E (parsed and checked as a day name), Z, X, x, and quoted literals.
 * Month and day names and AM/PM are English and matched without regard to case.
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
}

export interface DatePattern {
  pattern: string
  hasTime: boolean
  hasOffset: boolean
  /** Parts of the text, or undefined when it does not match (or names an impossible date). */
  parse(text: string): DateParts | undefined
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

type Setter = (p: DateParts & { pm?: boolean; h12?: number }, text: string) => boolean

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
    const num = (min: number, max: number, set: (p: DateParts & { h12?: number }, v: number) => void): void => {
      re += `(\\d{${min},${max}})`
      setters.push((p, t) => { set(p, Number(t)); return true })
    }
    switch (c) {
      case 'y': case 'u':
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
  const regex = new RegExp(re + '$')
  return {
    pattern,
    hasTime,
    hasOffset,
    parse(text) {
      const m = regex.exec(text)
      if (!m) return undefined
      const p: DateParts & { pm?: boolean; h12?: number } = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 }
      for (let k = 0; k < setters.length; k++) if (!setters[k]!(p, m[k + 1]!)) return undefined
      if (p.h12 !== undefined) {
        if (p.h12 > 11) return undefined
        p.hour = p.h12 + (p.pm ? 12 : 0)
      }
      if (!validParts(p)) return undefined
      const { year, month, day, hour, minute, second, ms, offset } = p
      return offset === undefined ? { year, month, day, hour, minute, second, ms } : { year, month, day, hour, minute, second, ms, offset }
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

function unsupported(pattern: string, letters: string): XdmapError {
  return new XdmapError('DATE_PATTERN_UNSUPPORTED', `Date pattern ${JSON.stringify(pattern)}: '${letters}' is not supported (supported letters: y u M L d H k h K m s S a E Z X x and 'quoted text')`)
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
    switch (c) {
      case 'y': case 'u':
        if (n === 2) parts.push((t) => String(t.year % 100).padStart(2, '0'))
        else if (n === 1 || n >= 4) parts.push(num((t) => t.year, n === 1 ? 1 : n))
        else throw unsupported(pattern, c.repeat(n))
        break
      case 'M': case 'L':
        if (n <= 2) parts.push(num((t) => t.month, n))
        else if (n === 3) parts.push((t) => SHORT_MONTHS[t.month - 1]!)
        else if (n === 4) parts.push((t) => LONG_MONTHS[t.month - 1]!)
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
