import { readFile } from 'node:fs/promises'
import { dirname, isAbsolute, join } from 'node:path'
import { XdmapError } from '../util/errors.js'

/**
 * `xdmap.config.json`: the mapping sets a repository keeps, each with the schema it is checked against and,
 * optionally, a CSV to dry-run. Paths are relative to the config file. `xdmap check --config FILE` checks them all.
 *
 * ```json
 * { "check": [ { "mapping": "mappings/profile.mapping.json", "schema": "schemas/profile.schema.json",
 *                "csv": "samples/profile-plain.csv", "rows": "all" } ] }
 * ```
 */
export interface CheckEntry {
  mapping: string
  schema: string
  csv?: string
  rows?: number | 'all'
  timezone?: string
  encoding?: string
  delimiter?: string
  maxErrors?: string
}

const KEYS = new Set(['mapping', 'schema', 'csv', 'rows', 'timezone', 'encoding', 'delimiter', 'maxErrors'])

/** Line of the n-th `"mapping"` key in the text (1-based), for locations. */
function entryLine(text: string, n: number): number | undefined {
  const re = /"mapping"\s*:/g
  let m: RegExpExecArray | null
  for (let i = 0; (m = re.exec(text)); i++) if (i === n) return text.slice(0, m.index).split('\n').length
  return undefined
}

export async function loadCheckConfig(file: string): Promise<CheckEntry[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    throw new XdmapError('FILE_NOT_FOUND', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new XdmapError('CHECK_CONFIG_INVALID', `${file} is not JSON: ${(e as Error).message}`, { file })
  }
  const list = (json as { check?: unknown } | null)?.check
  if (!Array.isArray(list) || list.length === 0) throw new XdmapError('CHECK_CONFIG_INVALID', `${file} needs a "check" array of { "mapping", "schema", "csv"? } entries`, { file })
  const base = dirname(file)
  const at = (p: string): string => isAbsolute(p) ? p : join(base, p)
  return list.map((raw, i): CheckEntry => {
    const where = { file, ...(entryLine(text, i) !== undefined ? { line: entryLine(text, i)! } : {}) }
    const bad = (msg: string): XdmapError => new XdmapError('CHECK_CONFIG_INVALID', `check[${i}]: ${msg}`, where)
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('must be an object')
    const e = raw as Record<string, unknown>
    for (const k of Object.keys(e)) if (!KEYS.has(k)) throw bad(`unknown key ${JSON.stringify(k)} (known: ${[...KEYS].join(', ')})`)
    for (const k of ['mapping', 'schema'] as const) if (typeof e[k] !== 'string' || !e[k]) throw bad(`needs "${k}" (a path)`)
    for (const k of ['csv', 'timezone', 'encoding', 'delimiter', 'maxErrors'] as const) if (e[k] !== undefined && typeof e[k] !== 'string') throw bad(`"${k}" must be a string`)
    if (e.rows !== undefined && e.rows !== 'all' && !(Number.isInteger(e.rows) && (e.rows as number) > 0)) throw bad('"rows" must be a positive whole number or "all"')
    if (e.csv === undefined && e.rows !== undefined) throw bad('"rows" needs "csv"')
    const schema = e.schema as string
    return {
      mapping: at(e.mapping as string),
      // registry:<id> references stay as they are
      schema: schema.startsWith('registry:') ? schema : at(schema),
      ...(e.csv !== undefined ? { csv: at(e.csv as string) } : {}),
      ...(e.rows !== undefined ? { rows: e.rows as number | 'all' } : {}),
      ...(e.timezone !== undefined ? { timezone: e.timezone as string } : {}),
      ...(e.encoding !== undefined ? { encoding: e.encoding as string } : {}),
      ...(e.delimiter !== undefined ? { delimiter: e.delimiter as string } : {}),
      ...(e.maxErrors !== undefined ? { maxErrors: e.maxErrors as string } : {}),
    }
  })
}
