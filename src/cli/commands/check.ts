import { XdmapError } from '../../util/errors.js'
import type { CheckOptions, CheckReport } from '../../commands/check.js'
import type { FieldCatalog } from '../../schema/catalog.js'
import { count, delimiter, maxErrors, oneOf, str } from '../args.js'
import type { CheckEntry } from '../check-config.js'
import { errorAnnotation, errorText } from '../render.js'
import { SCHEMA_SOURCE_OPTIONS, schemaSourceOptions } from '../schema-options.js'
import { ENCODING_OPTION, DELIMITER_OPTION, type CommandArgs, type CommandIO, type CommandSpec } from '../spec.js'

/** `xdmap check`: every problem of a mapping set (and, with a CSV, of the data) without writing output. */

type Format = 'text' | 'json' | 'github'

/** Options for `check()` (`maxErrors`: rejected dry-run rows tolerated, as in run). */
type CheckCliOptions = CheckOptions & { maxErrors?: string }

interface Normalized { format: Format; config?: string; entry?: CheckEntry; defaults: CheckCliOptions }

function rowsOf(values: CommandArgs['values']): number | 'all' | undefined {
  return str(values, 'rows') === 'all' ? 'all' : count(values, 'rows', 1)
}

/** The per-mapping options from an entry's own settings over the command line's. */
function entryOptions(entry: CheckEntry, defaults: CheckCliOptions): CheckCliOptions {
  const own = {
    ...(entry.rows !== undefined ? { rows: entry.rows } : {}),
    ...(entry.timezone !== undefined ? { timezone: entry.timezone } : {}),
    ...(entry.encoding !== undefined ? { encoding: entry.encoding } : {}),
    ...(entry.delimiter !== undefined ? { delimiter: delimiter({ delimiter: entry.delimiter })! } : {}),
    ...(entry.maxErrors !== undefined ? { maxErrors: maxErrors({ 'max-errors': entry.maxErrors })! } : {}),
  }
  const merged: CheckCliOptions = { ...defaults, ...own }
  if (entry.csv !== undefined) merged.csv = entry.csv
  else delete merged.csv
  return merged
}

export function normalize(args: CommandArgs): Normalized {
  const { values, positionals } = args
  if (positionals.length) throw new XdmapError('USAGE', `check takes no positional arguments (got ${positionals.join(' ')}); give the CSV with --csv`)
  const format = oneOf(values, 'format', ['text', 'json', 'github'] as const) ?? 'text'
  const rows = rowsOf(values)
  const timezone = str(values, 'timezone')
  const encoding = str(values, 'encoding')
  const delim = delimiter(values)
  const errors = maxErrors(values)
  const csv = str(values, 'csv')
  const defaults: CheckCliOptions = {
    ...(rows !== undefined ? { rows } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delim !== undefined ? { delimiter: delim } : {}),
    ...(errors !== undefined ? { maxErrors: errors } : {}),
  }
  const config = str(values, 'config')
  if (config !== undefined) {
    for (const o of ['schema', 'mapping', 'csv']) if (str(values, o) !== undefined) throw new XdmapError('USAGE', `--${o} and --config exclude each other: the config file names each mapping's schema and CSV`)
    return { format, config, defaults }
  }
  for (const o of ['schema', 'mapping'] as const) if (!str(values, o)) throw new XdmapError('USAGE', `check needs --${o} (or --config FILE)`)
  return { format, entry: { schema: str(values, 'schema')!, mapping: str(values, 'mapping')!, ...(csv !== undefined ? { csv } : {}) }, defaults }
}

export const command: CommandSpec = {
  name: 'check',
  summary: 'report every problem of a mapping set, and dry-run a CSV through it, without writing output',
  usage: [
    'check --schema SCHEMA --mapping FILE [--csv FILE] [--rows N|all] [--format text|json|github]',
    'check --config xdmap.config.json [--format text|json|github]',
  ],
  options: [
    { name: 'schema', short: 's', type: 'string', value: 'SCHEMA', help: 'XDM schema (a file, a raw adobe/xdm source with --components, or registry:<id>)' },
    { name: 'mapping', short: 'm', type: 'string', value: 'FILE', help: 'the AEP Data Prep mapping set to check' },
    { name: 'csv', type: 'string', value: 'FILE', help: 'a CSV to check the header against and dry-run' },
    { name: 'config', short: 'c', type: 'string', value: 'FILE', help: 'check every { mapping, schema, csv } entry of a config file (xdmap.config.json) instead of one --schema/--mapping pair' },
    { name: 'rows', type: 'string', value: 'N|all', help: 'rows to dry-run', default: '1000' },
    { name: 'max-errors', type: 'string', value: 'N|P%', help: 'rejected dry-run rows tolerated, as in run', default: '5%' },
    { name: 'format', type: 'string', value: 'text|json|github', help: 'a list, one JSON report (an array with --config), or GitHub workflow annotations (configuration errors included) plus $GITHUB_STEP_SUMMARY', default: 'text' },
    { name: 'timezone', type: 'string', value: 'ZONE', help: 'IANA zone for date-times without an offset', default: 'UTC' },
    ENCODING_OPTION,
    DELIMITER_OPTION,
    ...SCHEMA_SOURCE_OPTIONS,
  ],
  examples: [
    'check -s schemas/profile.schema.json -m mappings/profile.mapping.json --csv samples/profile-plain.csv --rows all',
    'check --config xdmap.config.json --format github',
  ],
  notes: 'Exit 0 when clean (warnings allowed), 1 when a mapping or the data is invalid, 2 for usage or configuration errors (with --config: the highest over all entries; each entry is checked). Config entries: "mapping", "schema", and optionally "csv", "rows", "timezone", "encoding", "delimiter", "maxErrors"; paths relative to the config file.',
  async main(args, io) {
    const o = normalize(args)
    const entries = o.config !== undefined ? await loadConfig(o.config, io, o.format) : [o.entry!]
    if (typeof entries === 'number') return entries
    const { loadSchema } = await import('../../schema/load.js')
    const { check } = await import('../../commands/check.js')
    const schemas = new Map<string, Promise<FieldCatalog>>()
    const reports: (CheckReport | { mappingFile: string; ok: false; error: { code: string; message: string; location: XdmapError['location'] } })[] = []
    let status = 0
    for (const entry of entries) {
      try {
        let catalog = schemas.get(entry.schema)
        if (!catalog) schemas.set(entry.schema, (catalog = loadSchema(entry.schema, schemaSourceOptions(args.values))))
        const report = await check(entry.mapping, await catalog, entryOptions(entry, o.defaults))
        reports.push(report)
        await print(io, o.format, report)
        status = Math.max(status, report.ok ? 0 : 1)
      } catch (e) {
        if (!(e instanceof XdmapError) || (o.config === undefined && o.format !== 'github')) throw e
        status = Math.max(status, e.exitCode)
        reports.push({ mappingFile: entry.mapping, ok: false, error: { code: e.code, message: e.message, location: e.location } })
        if (o.format === 'github') io.stdout.write(errorAnnotation(e, entry.mapping) + `xdmap check: failed: ${e.code} in ${entry.mapping}\n`)
        else if (o.format === 'text') io.stdout.write(`error: ${e.code}: ${e.message}${e.location.file === undefined ? ` (${entry.mapping})` : ''}\nFAILED: configuration error in ${entry.mapping}\n`)
        io.stderr.write(errorText(e))
      }
    }
    if (o.format === 'json') io.stdout.write(JSON.stringify(o.config !== undefined ? reports : reports[0], null, 2) + '\n')
    return status
  },
}

/** The config's entries, or (for a broken config in github mode) the exit code after its annotation. */
async function loadConfig(file: string, io: CommandIO, format: Format): Promise<CheckEntry[] | number> {
  const { loadCheckConfig } = await import('../check-config.js')
  try {
    return await loadCheckConfig(file)
  } catch (e) {
    if (!(e instanceof XdmapError) || format !== 'github') throw e
    io.stdout.write(errorAnnotation(e, file))
    io.stderr.write(errorText(e))
    return e.exitCode
  }
}

async function print(io: CommandIO, format: Format, report: CheckReport): Promise<void> {
  const { formatCheckText, formatCheckGithub, formatCheckSummary } = await import('../../commands/check.js')
  if (format === 'text') io.stdout.write(formatCheckText(report))
  else if (format === 'github') {
    io.stdout.write(formatCheckGithub(report))
    const summary = io.env.GITHUB_STEP_SUMMARY
    if (summary) { const { appendFile } = await import('node:fs/promises'); await appendFile(summary, formatCheckSummary(report)) }
  }
}
