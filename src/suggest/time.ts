import type { ColumnProfile } from './profile.js'

/**
 * Epoch numbers told apart by magnitude: 10 digits are seconds, 13 milliseconds, 16 microseconds (for instants
 * between 2001 and 2286). `run` reads integers in date-time fields as milliseconds, so seconds and microseconds
 * need a Data Prep expression that converts them; milliseconds map as they are.
 */
export type EpochUnit = 's' | 'ms' | 'us'

export function epochUnit(col: ColumnProfile): EpochUnit | undefined {
  if (col.nonEmpty === 0) return undefined
  if (col.shares.epochS >= 0.9) return 's'
  if (col.shares.epochMs >= 0.9) return 'ms'
  if (col.shares.epochUs >= 0.9) return 'us'
  return undefined
}

const ref = (column: string): string => `\${${column}}`

/** The expression that turns a column of epoch seconds or microseconds into epoch milliseconds, or undefined. */
export function epochExpression(column: string, unit: EpochUnit): string | undefined {
  if (unit === 'ms' || column.includes('}')) return undefined
  return unit === 's' ? `to_integer(${ref(column)}) * 1000` : `to_integer(to_integer(${ref(column)}) / 1000)`
}

export const UNIT_WORDS: Record<EpochUnit, string> = { s: 'epoch seconds', ms: 'epoch milliseconds', us: 'epoch microseconds' }

/** The expression that reads a column of day-first dates with their pattern, or undefined. */
export function dateExpression(column: string, pattern: string): string | undefined {
  if (column.includes('}')) return undefined
  return `date(${ref(column)}, "${pattern}")`
}

/**
 * The expression that reads a day's date and its time of day from two columns ("Fecha" 06/04/2020 and "Hora" 14:05) as
 * one instant: date(concat(date, " ", time), "d/M/yyyy H:mm"), falling back to the date alone where the time is empty,
 * or undefined.
 */
export function dateTimeExpression(column: string, timeColumn: string, datePattern: string, timePattern: string): string | undefined {
  if (column.includes('}') || timeColumn.includes('}') || !quotable(datePattern) || !quotable(timePattern)) return undefined
  return `date(trim(concat(${ref(column)}, " ", ${ref(timeColumn)})), "${datePattern} ${timePattern}", date(${ref(column)}, "${datePattern}", null))`
}

/** The spaces amounts are grouped by (67 848,05; a no-break or narrow no-break space in some exports). */
export const GROUP_SPACES = [' ', '\u00a0', '\u202f']

/** `e` with each of `texts` removed (nested replacestr calls, in order). */
const dropping = (e: string, texts: string[]): string => texts.reduce((x, t) => `replacestr(${x}, "${t}", "")`, e)
/** `e` read as a number written with a decimal comma: dots and the given group spaces dropped, the comma the point. */
const commaDecimal = (e: string, spaces: string[]): string => `to_decimal(replacestr(${dropping(e, ['.', ...spaces])}, ",", "."))`

/**
 * The expression that reads amounts written with a decimal comma (1.234,56) as a number, or undefined; `spaces` are
 * the group spaces the values use (67 848,05), dropped with the dots.
 */
export function decimalCommaExpression(column: string, spaces: string[] = []): string | undefined {
  return column.includes('}') ? undefined : commaDecimal(ref(column), spaces)
}

/** The marks that group thousands before a decimal point: 1,234.56; 5 364.00; 1'234.50. */
export const THOUSANDS_MARKS = [',', ...GROUP_SPACES, "'"]

/**
 * The expression that reads amounts with thousands separators before a decimal point (1,234.56; 5 364.00) as a number,
 * or undefined; `marks` are the separators the values use (a comma when none is given).
 */
export function thousandsExpression(column: string, marks: string[] = [',']): string | undefined {
  if (column.includes('}')) return undefined
  return `to_decimal(${dropping(ref(column), marks.length ? marks : [','])})`
}

/**
 * The expression that reads amounts written with a currency mark ($19.90, £1,234.50, 19.90 €, 236.00 EUR, R 1 220.00) as a number,
 * or undefined; with `comma`, amounts with a decimal comma (R$ 1.819,00, 45 000 Ft): marks, dots and group spaces
 * dropped, the comma read as the decimal point; else commas, marks and the given group `spaces` (R 1 220.00) dropped.
 */
export function symbolAmountExpression(column: string, symbols: string[], comma = false, spaces: string[] = []): string | undefined {
  if (column.includes('}') || !symbols.length || !symbols.every(quotable)) return undefined
  return comma ? commaDecimal(dropping(ref(column), symbols), GROUP_SPACES) : `to_decimal(trim(${dropping(ref(column), [',', ...symbols, ...spaces])}))`
}

/** A day and month without a year, as the values write them: the day first (25/03, 25.03) or the month (03/25), and the mark between. */
export interface DayMonth { dayFirst: boolean; separator: string }

const DAY_MONTH = /^(\d{1,2})([/.-])(\d{1,2})$/

/**
 * How a column writes a day and month without a year (a birthday: 03/25, 25.03, 7/4), told by the values: all
 * non-empty ones (at least three) with one mark between, and some part above 12 that shows which is the day. A
 * sample that cannot tell (every part 12 or less) gives undefined: a guess would swap day and month unseen.
 */
export function dayMonthOf(sample: string[]): DayMonth | undefined {
  const values = sample.map((v) => v.trim()).filter((v) => v !== '')
  if (values.length < 3) return undefined
  let separator: string | undefined
  let firstOver = false, secondOver = false
  for (const v of values) {
    const m = DAY_MONTH.exec(v)
    if (!m || (separator !== undefined && m[2] !== separator)) return undefined
    separator = m[2]!
    const a = Number(m[1]), b = Number(m[3])
    if (a < 1 || b < 1 || a > 31 || b > 31) return undefined
    if (a > 12) firstOver = true
    if (b > 12) secondOver = true
  }
  return firstOver === secondOver ? undefined : { dayFirst: firstOver, separator: separator! }
}

/**
 * The expression that writes a day and month without a year as MM-DD (03/25 → 03-25, 25.03 → 03-25), or undefined: read
 * as a date of the leap year 2000 (so 02/29 is a day) and formatted; an empty cell, or a value that is no day, is null.
 */
export function dayMonthExpression(column: string, dm: DayMonth): string | undefined {
  if (column.includes('}')) return undefined
  const s = dm.separator
  return `format(date(concat("2000${s}", trim(${ref(column)})), "yyyy${s}${dm.dayFirst ? `d${s}M` : `M${s}d`}", null), "MM-dd")`
}

/** The expression that writes a column's codes in capitals (usd → USD), or undefined. */
export function upperExpression(column: string): string | undefined {
  return column.includes('}') ? undefined : `upper(${ref(column)})`
}

/** A value a Data Prep string literal holds as it is (no quote, no backslash). */
export const quotable = (v: string): boolean => !/["\\]/.test(v)

/** A sample's distinct non-empty values as a decode expression compares them (`lower(trim(${col}))`): the keys of its table. */
export const decodeKeys = (sample: string[]): string[] => [...new Set(sample.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))]

/**
 * The decode table of a sample's distinct values (`decodeKeys`) into an enum: each value with the enum value `meaning`
 * reads in it; undefined when a value means nothing, cannot be quoted or means a value the enum lacks, and when every
 * value is already what it means (no decoding needed).
 */
export function enumDecodeTable(values: string[], allowed: readonly unknown[], meaning: (v: string) => string | undefined): [string, string][] | undefined {
  if (!values.length) return undefined
  const table: [string, string][] = []
  for (const v of values) {
    const m = quotable(v) ? meaning(v) : undefined
    if (!m || !allowed.includes(m)) return undefined
    table.push([v, m])
  }
  return table.some(([v, m]) => v !== m) ? table : undefined
}

/** The expression that decodes a column's words into enum values (`decode(lower(trim(${col})), "kobieta", "female", ...)`;
 * a value the table lacks becomes null, or with `keep` passes as written), or undefined. */
export function decodeExpression(column: string, table: [string, string][], keep = false): string | undefined {
  if (column.includes('}') || !table.every(([k]) => quotable(k))) return undefined
  return `decode(lower(trim(${ref(column)})), ${table.map(([k, v]) => `"${k}", "${v}"`).join(', ')}${keep ? `, ${ref(column)}` : ''})`
}
