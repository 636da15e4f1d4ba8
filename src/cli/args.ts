import { optionCode } from '../util/codes.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { XdmapError } from '../util/errors.js'
import { nearest } from './nearest.js'
import type { CommandArgs, OptionSpec } from './spec.js'

/**
 * Argument parsing from a command's spec, and the typed readers every command uses to turn option strings into
 * values once (sizes, counts, enums, delimiters). Every bad value is an `XdmapError` with the code
 * `OPTION_<NAME>` (`--max-rows` → `OPTION_MAX_ROWS`) and exit 2; unknown options and missing arguments are `USAGE`.
 */

/** The options the dispatcher adds to every command. */
export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', help: "this command's help" }

export { optionCode }

function optionError(name: string, message: string): XdmapError {
  return new XdmapError(optionCode(name), `--${name} ${message}`)
}

/**
 * parseArgs with the spec's options. A value that starts with '-' but is a number (`--max-rows -1`) is taken as the
 * value, so the typed reader can say what is wrong with it; an unknown option names the nearest known one.
 */
export function parseCommandArgs(options: readonly OptionSpec[], argv: readonly string[]): CommandArgs {
  const all = [...options, HELP_OPTION]
  const config: NonNullable<ParseArgsConfig['options']> = {}
  for (const o of all) config[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }
  const strings = new Set<string>()
  for (const o of all) if (o.type === 'string') { strings.add(`--${o.name}`); if (o.short) strings.add(`-${o.short}`) }
  const args: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const next = argv[i + 1]
    if (a === '--') { args.push(...argv.slice(i)); break }
    if (strings.has(a) && next !== undefined && /^-(\d|\.\d)/.test(next)) { args.push(`${a}=${next}`.replace(/^-(\w)=/, '-$1')); i++; continue }
    args.push(a)
  }
  try {
    const { values, positionals } = parseArgs({ args, options: config, allowPositionals: true, strict: true })
    return { values: values as CommandArgs['values'], positionals }
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'([^']+)'/.exec(err.message)?.[1] ?? ''
      const name = given.replace(/^-+/, '').replace(/=.*$/, '')
      const near = given.startsWith('--') || name.length > 1 ? nearest(name, all.map((o) => o.name)) : undefined
      throw new XdmapError('USAGE', `Unknown option '${given}'${near ? `; did you mean --${near}?` : ''}`)
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const m = /^Option '(?:-\w, )?--([\w-]+)/.exec(err.message)
      const spec = all.find((o) => o.name === m?.[1])
      throw new XdmapError('USAGE', spec?.type === 'boolean' ? `--${spec.name} takes no value` : spec ? `--${spec.name} needs a value${spec.value ? ` (${spec.value})` : ''}` : err.message)
    }
    throw e
  }
}

type Values = CommandArgs['values']

/** A string option's value, or undefined. A repeated option keeps its last value. */
export function str(values: Values, name: string): string | undefined {
  const v = values[name]
  if (v === undefined || typeof v === 'boolean') return undefined
  return Array.isArray(v) ? v[v.length - 1] : v
}

export function list(values: Values, name: string): string[] {
  const v = values[name]
  return v === undefined || typeof v === 'boolean' ? [] : Array.isArray(v) ? v : [v]
}

export function flag(values: Values, name: string): boolean {
  return values[name] === true
}

/** A required string option. */
export function required(values: Values, name: string, command: string): string {
  const v = str(values, name)
  if (v === undefined || v === '') throw new XdmapError('USAGE', `${command} needs --${name}`)
  return v
}

/** Sizes: 1048576, 100MB, 1GiB (B, KB, MB, GB, TB: powers of 1000; KiB, MiB, GiB, TiB: powers of 1024). */
export function parseSize(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text)
  if (!m) throw new XdmapError(optionCode(option.replace(/^-+/, '')), `${option} ${JSON.stringify(text)}: give a size such as 1048576, 100MB or 1GiB`)
  const unit = (m[2] ?? '').toLowerCase().replace(/b$/, '')
  const pow = { '': 0, k: 1, m: 2, g: 3, t: 4 }[unit.replace('i', '')] ?? 0
  const base = unit.endsWith('i') ? 1024 : 1000
  return Math.round(Number(m[1]) * base ** pow)
}

/** Whole numbers, digits only. */
export function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new XdmapError(optionCode(option.replace(/^-+/, '')), `${option} ${JSON.stringify(text)}: give a whole number`)
  return Number(text)
}

/** A size option, at least `min` bytes (default 1). */
export function size(values: Values, name: string, min = 1): number | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const n = parseSize(v, `--${name}`)
  if (n < min) throw optionError(name, `${v}: must be at least ${min === 1 ? '1 byte' : `${min} bytes`}`)
  return n
}

/** A count option within [min, max]. */
export function count(values: Values, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const n = /^-\d+$/.test(v) ? Number(v) : parseCount(v, `--${name}`)
  if (n < min || n > max) throw optionError(name, `${v}: must be ${max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`}`)
  return n
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(values: Values, name: string, choices: readonly T[]): T | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  if (!(choices as readonly string[]).includes(v)) throw optionError(name, `${JSON.stringify(v)}: use ${choices.slice(0, -1).join(', ')}${choices.length > 1 ? ' or ' : ''}${choices[choices.length - 1]}`)
  return v as T
}

/** A number within [min, max] (decimals allowed). */
export function decimal(values: Values, name: string, min: number, max: number): number | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const n = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : NaN
  if (!(n >= min && n <= max)) throw optionError(name, `${JSON.stringify(v)}: must be a number from ${min} to ${max}`)
  return n
}

/** A field delimiter: one character, `tab` or `\t` for a tab, or `auto`. */
export function delimiter(values: Values, name = 'delimiter'): string | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const d = v === '\\t' || v.toLowerCase() === 'tab' ? '\t' : v.toLowerCase() === 'auto' ? 'auto' : v
  if (d !== 'auto' && [...d].length !== 1) throw optionError(name, `${JSON.stringify(v)}: give one character, tab, or auto`)
  if (d === '"' || d === '\n' || d === '\r') throw optionError(name, `cannot be a quote or a line end`)
  return d
}

/** `--max-errors N|P%`: a count of rows (0 or more) or a share of the rows read (0% to 100%), kept as text. */
export function maxErrors(values: Values, name = 'max-errors'): string | undefined {
  const v = str(values, name)
  if (v === undefined) return undefined
  const t = v.trim()
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(t)
  if (pct) {
    if (Number(pct[1]) > 100) throw optionError(name, `${v}: a share must be between 0% and 100%`)
    return t
  }
  if (/^\d+$/.test(t)) return t
  throw optionError(name, `${JSON.stringify(v)}: give a number of rows (100) or a share of the rows read (5%), not a negative or fractional count`)
}
