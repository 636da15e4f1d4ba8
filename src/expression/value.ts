import { booleanWord } from '../convert/boolean.js'
import type { WallTime } from '../convert/java-date-pattern.js'
import { getZone } from '../convert/zone.js'

/**
 * The values an expression computes with: null, strings, numbers, booleans, dates (ZonedDate), arrays, and
 * objects/maps as null-prototype records (so a key from a cell, such as "__proto__" or "constructor", is an
 * ordinary key and never reaches Object.prototype). Errors while a row is evaluated raise ExpressionError,
 * which routes the row like a conversion failure (CONVERT_EXPRESSION).
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
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(), offset, zone: this.zone, epochMs: this.ms }
  }
  toISOString(): string {
    return new Date(this.ms).toISOString()
  }
  toJSON(): string {
    return this.toISOString()
  }
}

export type Record_ = { [k: string]: Value }
export type Value = string | number | boolean | null | ZonedDate | Value[] | Record_

/**
 * Per-row bounds on what one expression may build, so a mapping cannot make a row cost seconds or gigabytes:
 * a string built by lpad/rpad (and similar) holds at most MAX_BUILT_STRING characters; arrays and maps built
 * from arguments at most MAX_BUILT_ITEMS items.
 */
export const MAX_BUILT_STRING = 1_048_576
export const MAX_BUILT_ITEMS = 100_000

export const isRecord = (v: Value | undefined): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ZonedDate)

/** A new, empty null-prototype record. */
export const newRecord = (): Record_ => Object.create(null) as Record_

/** Own keys only; the value under `key`, or undefined. */
export const own = (o: Record_, key: string): Value | undefined => (Object.hasOwn(o, key) ? o[key] : undefined)

/** Sets `key` as an own data property (safe for "__proto__"). */
export const put = (o: Record_, key: string, v: Value): void => {
  Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true })
}

/** A deep copy of parsed JSON with every object as a null-prototype record. */
export function fromJson(v: unknown): Value {
  if (Array.isArray(v)) return v.map(fromJson)
  if (v !== null && typeof v === 'object') {
    const o = newRecord()
    for (const [k, x] of Object.entries(v)) put(o, k, fromJson(x))
    return o
  }
  return v as Value
}

export const str = (v: Value): string => {
  if (v === null) return ''
  if (v instanceof ZonedDate) return v.toISOString()
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

export const num = (v: Value, what = 'a number'): number => {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  const s = str(v).trim()
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) throw new ExpressionError(`${JSON.stringify(v)} is not ${what}`)
  return Number(s)
}

export const int = (v: Value): number => {
  const n = num(v, 'an integer')
  if (!Number.isInteger(n)) throw new ExpressionError(`${JSON.stringify(v)} is not an integer`)
  return n
}

/** A count that sizes what a function builds, within MAX_BUILT_STRING. */
export const size = (v: Value, fn: string): number => {
  const n = int(v)
  if (n > MAX_BUILT_STRING) throw new ExpressionError(`${fn}: ${n} is over the limit of ${MAX_BUILT_STRING} characters a function may build`)
  return n
}

export const arr = (v: Value): Value[] => (Array.isArray(v) ? v : v === null ? [] : [v])

export const isEmpty = (v: Value): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0)

export const toBool = (v: Value): boolean => {
  if (typeof v === 'boolean') return v
  if (v === null) return false
  if (typeof v === 'number') return v !== 0
  const s = str(v).trim()
  // Data Prep's words, and 1 / 0 / empty as to_boolean reads them
  const word = booleanWord(s)
  if (word !== undefined) return word
  if (s === '1') return true
  if (s === '0' || s === '') return false
  throw new ExpressionError(`${JSON.stringify(v)} is not a boolean`)
}
