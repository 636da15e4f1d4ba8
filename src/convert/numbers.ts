import { ConvertError, type Converter } from './failure.js'

/** XDM integer types and their exact two's-complement ranges (long: the JSON-safe ±(2^53-1)). */
export const INTEGER_RANGES = {
  byte: [-128, 127],
  short: [-32768, 32767],
  int: [-2147483648, 2147483647],
  long: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const

export type IntegerType = keyof typeof INTEGER_RANGES

export interface NumberBounds {
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const INTEGER = /^[+-]?\d+$/

function boundsCheck(cell: string, n: number, b: NumberBounds, typeName: string): ConvertError | undefined {
  if (b.minimum !== undefined && n < b.minimum) return new ConvertError('CONVERT_OUT_OF_RANGE', `${cell} is below the minimum ${b.minimum} of ${typeName}`)
  if (b.maximum !== undefined && n > b.maximum) return new ConvertError('CONVERT_OUT_OF_RANGE', `${cell} is above the maximum ${b.maximum} of ${typeName}`)
  if (b.exclusiveMinimum !== undefined && n <= b.exclusiveMinimum) return new ConvertError('CONVERT_OUT_OF_RANGE', `${cell} is not above the exclusive minimum ${b.exclusiveMinimum} of ${typeName}`)
  if (b.exclusiveMaximum !== undefined && n >= b.exclusiveMaximum) return new ConvertError('CONVERT_OUT_OF_RANGE', `${cell} is not below the exclusive maximum ${b.exclusiveMaximum} of ${typeName}`)
  return undefined
}

/**
 * A plain decimal integer (`-?\d+`) of 1 to `maxDigits` digits read with charCodeAt: what Number() gives (`-0` too);
 * NaN for anything else, and for values beyond ±(2^53-1), which the general paths read.
 */
export function plainInteger(cell: string, maxDigits: number): number {
  const n = cell.length
  const neg = cell.charCodeAt(0) === 45
  let i = neg ? 1 : 0
  if (n - i < 1 || n - i > maxDigits) return NaN
  let v = 0
  for (; i < n; i++) {
    const d = cell.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return NaN
    v = v * 10 + d
  }
  if (v > Number.MAX_SAFE_INTEGER) return NaN
  return neg ? -v : v
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)

/**
 * Value of a plain decimal (`-?\d+(\.\d*)?` or `-?\.\d+`, no spaces, no exponent) of at most 15 digits, or NaN.
 * Exactly what Number() gives (Clinger's fast path: the digits are an exact integer, 10^k is exact, and one
 * division rounds once); never -0.
 */
function fastDecimal(cell: string): number {
  const n = cell.length
  const neg = cell.charCodeAt(0) === 45
  let m = 0
  let digits = 0
  let dot = -1
  for (let i = neg ? 1 : 0; i < n; i++) {
    const c = cell.charCodeAt(i)
    if (c >= 48 && c <= 57) { m = m * 10 + (c - 48); digits++ }
    else if (c === 46 && dot < 0) dot = digits
    else return NaN
  }
  if (digits === 0 || digits > 15) return NaN
  const v = dot < 0 || dot === digits ? m : m / POW10[digits - dot]!
  return neg ? 0 - v : v
}

/** A range check compiled for the bounds at hand (most fields have none beyond their type's). */
function inBounds(b: NumberBounds): (n: number) => boolean {
  const { minimum: mn = -Infinity, maximum: mx = Infinity, exclusiveMinimum: emn = -Infinity, exclusiveMaximum: emx = Infinity } = b
  if (emn === -Infinity && emx === Infinity) return (n) => n >= mn && n <= mx
  return (n) => n >= mn && n <= mx && n > emn && n < emx
}

/**
 * Integer converter for byte/short/int/long: the text must be an integer (`42`, `-7`, `+3`, also `42.0`
 * or `4.2e1`, whose value is integral). A fraction is an error, never truncated. The type's range and the
 * schema's own bounds both apply (the narrower wins).
 */
export function integerConverter(type: IntegerType, bounds: NumberBounds = {}): Converter {
  const [lo, hi] = INTEGER_RANGES[type]
  const b: NumberBounds = {
    ...bounds,
    minimum: Math.max(lo, bounds.minimum ?? lo),
    maximum: Math.min(hi, bounds.maximum ?? hi),
  }
  const ok = inBounds(b)
  return (cell) => {
    // fast path: a plain integer inside every bound (+ 0 turns -0 into 0); everything else, and every error, below
    const f = plainInteger(cell, 15)
    if (ok(f)) return f + 0
    const t = cell.trim()
    let n: number
    if (INTEGER.test(t)) {
      // strip sign and leading zeros to see whether the digits can be exact at all
      const digits = t.replace(/^[+-]?0*/, '')
      if (digits.length > 16) return new ConvertError('CONVERT_OUT_OF_RANGE', `${t} is outside the range of ${type} (${lo}..${hi})`)
      n = Number(t)
    } else if (NUMBER.test(t)) {
      n = Number(t)
      if (!Number.isFinite(n)) return new ConvertError('CONVERT_OUT_OF_RANGE', `${t} is outside the range of ${type} (${lo}..${hi})`)
      if (!Number.isInteger(n)) return new ConvertError('CONVERT_NOT_INTEGER', `${t} has a fraction; ${type} takes whole numbers only (values are never truncated)`)
    } else {
      return new ConvertError('CONVERT_NOT_NUMBER', `${JSON.stringify(cell)} is not a number (${type} expected)`)
    }
    if (n < lo || n > hi) return new ConvertError('CONVERT_OUT_OF_RANGE', `${t} is outside the range of ${type} (${lo}..${hi})`)
    if (n === 0) n = 0 // no -0
    return boundsCheck(t, n, b, type) ?? n
  }
}

/** Converter for XDM `number` (double). Finite decimal or exponent notation; schema bounds apply. */
export function numberConverter(bounds: NumberBounds = {}): Converter {
  const ok = inBounds(bounds)
  return (cell) => {
    const f = fastDecimal(cell)
    if (ok(f)) return f
    const t = cell.trim()
    if (!NUMBER.test(t)) return new ConvertError('CONVERT_NOT_NUMBER', `${JSON.stringify(cell)} is not a number`)
    let n = Number(t)
    if (!Number.isFinite(n)) return new ConvertError('CONVERT_OUT_OF_RANGE', `${t} is too large for a double`)
    if (n === 0) n = 0
    return boundsCheck(t, n, bounds, 'number') ?? n
  }
}
