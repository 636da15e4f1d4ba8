#!/usr/bin/env node
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { XdmapError, formatLocation } from './errors.js'

/** CLI: argument parsing and exit codes only (0 ok, 1 data invalid, 2 usage/config/I/O). */

const HELP = `xdmap: CSV → Adobe Experience Platform XDM batches

Usage:
  xdmap run <csv|-> --schema SCHEMA --mapping FILE --out DIR [options]
  xdmap schema pull <$id|meta:altId> [--out FILE] [--descriptors] [--container tenant|global]
  xdmap schema compose --class ID [--field-group ID ...] --components DIR [--id ID] [--title T] [--out FILE]
  xdmap schema show <SCHEMA> [--format text|json] [--filter TEXT] [--required] [--identities]
  xdmap suggest <csv> --schema SCHEMA [--out FILE] [--format text|json] [--sample N] [--threshold T]
  xdmap check --schema SCHEMA --mapping FILE [--csv FILE] [--rows N|all] [--format text|json|github]

SCHEMA is a file in the Schema Registry's resolved shape, a raw adobe/xdm source (with --components DIR),
or registry:<$id|meta:altId> (pulled once, then read from the cache; --offline never goes to the network).
Registry access reads AEP_CLIENT_ID, AEP_CLIENT_SECRET, AEP_SCOPES, AEP_ORG_ID, AEP_SANDBOX (and AEP_PLATFORM_URL,
AEP_IMS_URL) from the environment or from --credentials FILE.

Schema options (run, schema):
  --components DIR           adobe/xdm components directory, to resolve raw sources
  --credentials FILE         .env-style file with the AEP_* variables
  --offline                  use cached registry schemas only
  --refresh                  revalidate a cached registry schema (ETag)

Options for run:
  --schema SCHEMA            XDM schema (see above)
  --mapping FILE             AEP Data Prep mapping set (JSON); without it, the suggestions above --threshold are
                             used and written to DIR/mapping.json
  --out DIR                  output directory (batch files, rejects.csv, errors.json, manifest.json)
  --format json|parquet      output format (default json)
  --compression C            parquet: snappy (default), gzip, zstd (Node >= 22.15), none
  --row-group-rows N         parquet: rows per row group (default 10000)
  --threads N                worker threads (default: one per core, at most 4; 0 = none)
  --multiline                write JSON arrays (isMultiLineJson) instead of JSON Lines
  --max-file-bytes SIZE      largest output file (default 256MB; units B, KB, MB, GB, KiB, MiB, GiB)
  --max-rows N               most records per output file
  --max-errors N|P%          rejected rows tolerated before the run fails (default 5%)
  --on-conversion-error M    reject-row (default) or null-field (drop the field, keep the row if valid)
  --timezone ZONE            IANA zone for date-times without an offset (default UTC)
  --encoding ENC             utf8 (default), utf16le, utf16be, latin1, windows-1252 (a BOM wins)
  --delimiter C              field delimiter, or auto (default: , ; tab | detected)
  --max-field-bytes SIZE     largest CSV field; a larger one rejects its row (default 1MiB)
  --max-record-bytes SIZE    largest record (default: AEP's 10KB for ExperienceEvent, 100KB otherwise)
  --report json              print the run report as JSON on stdout
  --quiet                    no progress and no summary on stderr

  -h, --help                 this help
  -v, --version              version

Exit codes: 0 ok, 1 data rejected above --max-errors, 2 usage, configuration or I/O error.
`

export function parseSize(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text)
  if (!m) throw new XdmapError('USAGE', `${option} ${JSON.stringify(text)}: give a size such as 1048576, 100MB or 1GiB`)
  const unit = (m[2] ?? '').toLowerCase().replace(/b$/, '')
  const pow = { '': 0, k: 1, m: 2, g: 3, t: 4 }[unit.replace('i', '')] ?? 0
  const base = unit.endsWith('i') ? 1024 : 1000
  return Math.round(Number(m[1]) * base ** pow)
}

function parseCount(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new XdmapError('USAGE', `${option} ${JSON.stringify(text)}: give a whole number`)
  return Number(text)
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

function fmt(n: number): string {
  return n.toLocaleString('en-US')
}

const SCHEMA_OPTIONS = {
  components: { type: 'string' }, credentials: { type: 'string' }, offline: { type: 'boolean' }, refresh: { type: 'boolean' },
} as const

function schemaSourceOptions(values: { components?: string | undefined; credentials?: string | undefined; offline?: boolean | undefined; refresh?: boolean | undefined }): import('./schema/sources.js').SchemaSourceOptions {
  return {
    ...(values.components !== undefined ? { components: values.components } : {}),
    ...(values.credentials !== undefined ? { credentials: values.credentials } : {}),
    ...(values.offline ? { offline: true } : {}),
    ...(values.refresh ? { refresh: true } : {}),
  }
}

async function writeOut(file: string | undefined, text: string): Promise<void> {
  if (!file || file === '-') { process.stdout.write(text); return }
  const { writeFileAtomic } = await import('./util/atomic-file.js')
  const { mkdir } = await import('node:fs/promises')
  const { dirname } = await import('node:path')
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, text)
  process.stderr.write(`xdmap: wrote ${file}\n`)
}

async function schemaCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      ...SCHEMA_OPTIONS, out: { type: 'string' }, descriptors: { type: 'boolean' }, container: { type: 'string' },
      class: { type: 'string' }, 'field-group': { type: 'string', multiple: true }, id: { type: 'string' }, title: { type: 'string' },
      format: { type: 'string' }, filter: { type: 'string' }, required: { type: 'boolean' }, identities: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (values.container !== undefined && values.container !== 'tenant' && values.container !== 'global') throw new XdmapError('USAGE', `--container must be tenant or global`)
  switch (sub) {
    case 'pull': {
      if (positionals.length !== 1) throw new XdmapError('USAGE', 'schema pull takes one schema $id or meta:altId')
      const { pullSchema } = await import('./schema/sources.js')
      const got = await pullSchema(positionals[0]!, { ...schemaSourceOptions(values), refresh: !values.offline, descriptors: !!values.descriptors, ...(values.container ? { container: values.container as 'tenant' } : {}) })
      await writeOut(values.out, JSON.stringify(got.schema, null, 2) + '\n')
      return 0
    }
    case 'compose': {
      if (!values.class) throw new XdmapError('USAGE', 'schema compose needs --class ID')
      if (!values.components) throw new XdmapError('USAGE', 'schema compose needs --components DIR')
      const { ComponentIndex, composeSchema } = await import('./schema/xdm-sources.js')
      const { buildCatalog } = await import('./schema/catalog.js')
      const index = await ComponentIndex.load(values.components)
      const schema = composeSchema(index, { classId: values.class, fieldGroups: values['field-group'] ?? [], ...(values.id ? { id: values.id } : {}), ...(values.title ? { title: values.title } : {}) })
      buildCatalog(schema, 'composed')
      await writeOut(values.out, JSON.stringify(schema, null, 2) + '\n')
      return 0
    }
    case 'show': {
      if (positionals.length !== 1) throw new XdmapError('USAGE', 'schema show takes one schema')
      const format = values.format ?? 'text'
      if (format !== 'text' && format !== 'json') throw new XdmapError('USAGE', `--format must be text or json`)
      const { loadSchema } = await import('./schema/load.js')
      const { fieldRows, formatFieldTable } = await import('./schema/show.js')
      const catalog = await loadSchema(positionals[0]!, schemaSourceOptions(values))
      const rows = fieldRows(catalog, { ...(values.filter ? { filter: values.filter } : {}), ...(values.required ? { required: true } : {}), ...(values.identities ? { identities: true } : {}) })
      process.stdout.write(format === 'json' ? JSON.stringify({ schema: catalog.id, title: catalog.title ?? null, fields: rows }, null, 2) + '\n' : formatFieldTable(rows, process.stdout.columns ?? 200))
      return 0
    }
    default:
      throw new XdmapError('USAGE', sub ? `Unknown schema command ${JSON.stringify(sub)}: use pull, compose or show` : 'schema needs a command: pull, compose or show')
  }
}

async function suggestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SCHEMA_OPTIONS, schema: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, sample: { type: 'string' }, threshold: { type: 'string' }, encoding: { type: 'string' }, delimiter: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (positionals.length !== 1) throw new XdmapError('USAGE', 'suggest takes one CSV file')
  if (!values.schema) throw new XdmapError('USAGE', 'suggest needs --schema')
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new XdmapError('USAGE', '--format must be text or json')
  const threshold = values.threshold !== undefined ? Number(values.threshold) : undefined
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new XdmapError('USAGE', `--threshold must be between 0 and 1, not ${values.threshold}`)
  const { loadSchema } = await import('./schema/load.js')
  const { sampleCsv, suggestFrom, toMappingSet, formatSuggestions } = await import('./suggest/index.js')
  const catalog = await loadSchema(values.schema, schemaSourceOptions(values))
  const options = { ...(values.sample !== undefined ? { sample: parseCount(values.sample, '--sample') } : {}), ...(threshold !== undefined ? { threshold } : {}), ...(values.encoding !== undefined ? { encoding: values.encoding } : {}), ...(values.delimiter !== undefined ? { delimiter: values.delimiter } : {}) }
  const { header, rows } = await sampleCsv(positionals[0]!, options)
  const result = suggestFrom(header, rows, catalog, options)
  if (values.out) await writeOut(values.out, JSON.stringify(toMappingSet(result), null, 2) + '\n')
  if (format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n')
  else process.stdout.write(formatSuggestions(result, Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[i])?.[i]]))))
  return 0
}

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SCHEMA_OPTIONS, schema: { type: 'string' }, mapping: { type: 'string' }, csv: { type: 'string' }, rows: { type: 'string' }, format: { type: 'string' }, timezone: { type: 'string' }, encoding: { type: 'string' }, delimiter: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (positionals.length) throw new XdmapError('USAGE', `check takes no positional arguments (got ${positionals.join(' ')}); give the CSV with --csv`)
  for (const o of ['schema', 'mapping'] as const) if (!values[o]) throw new XdmapError('USAGE', `check needs --${o}`)
  const format = values.format ?? 'text'
  if (!['text', 'json', 'github'].includes(format)) throw new XdmapError('USAGE', `--format must be text, json or github`)
  const rows = values.rows === undefined ? undefined : values.rows === 'all' ? 'all' as const : parseCount(values.rows, '--rows')
  const { loadSchema } = await import('./schema/load.js')
  const { check, formatCheckText, formatCheckGithub, formatCheckSummary } = await import('./commands/check.js')
  const catalog = await loadSchema(values.schema!, schemaSourceOptions(values))
  const report = await check(values.mapping!, catalog, {
    ...(values.csv !== undefined ? { csv: values.csv } : {}), ...(rows !== undefined ? { rows } : {}),
    ...(values.timezone !== undefined ? { timezone: values.timezone } : {}), ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    ...(values.delimiter !== undefined ? { delimiter: values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter } : {}),
  })
  if (format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else if (format === 'github') {
    process.stdout.write(formatCheckGithub(report))
    const summary = process.env.GITHUB_STEP_SUMMARY
    if (summary) { const { appendFile } = await import('node:fs/promises'); await appendFile(summary, formatCheckSummary(report)) }
  } else process.stdout.write(formatCheckText(report))
  return report.ok ? 0 : 1
}

async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      schema: { type: 'string' }, mapping: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' },
      multiline: { type: 'boolean' }, 'max-file-bytes': { type: 'string' }, 'max-rows': { type: 'string' },
      'max-errors': { type: 'string' }, 'on-conversion-error': { type: 'string' }, timezone: { type: 'string' },
      encoding: { type: 'string' }, delimiter: { type: 'string' }, 'max-field-bytes': { type: 'string' },
      'max-record-bytes': { type: 'string' }, report: { type: 'string' }, quiet: { type: 'boolean' },
      compression: { type: 'string' }, 'row-group-rows': { type: 'string' }, threads: { type: 'string' }, serializer: { type: 'string' },
      threshold: { type: 'string' },
      ...SCHEMA_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) { process.stdout.write(HELP); return 0 }
  if (positionals.length !== 1) throw new XdmapError('USAGE', positionals.length ? `run takes one input CSV, got ${positionals.length}: ${positionals.join(' ')}` : 'run needs an input CSV (a path, or - for stdin)')
  for (const o of ['schema', 'out'] as const) if (!values[o]) throw new XdmapError('USAGE', `run needs --${o}`)
  if (values.report !== undefined && values.report !== 'json') throw new XdmapError('USAGE', `--report takes json, not ${JSON.stringify(values.report)}`)
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'parquet') throw new XdmapError('USAGE', `--format ${values.format} is not supported: use json or parquet`)
  if (values.compression !== undefined && !['snappy', 'gzip', 'zstd', 'none'].includes(values.compression)) throw new XdmapError('USAGE', `--compression ${values.compression}: use snappy, gzip, zstd or none`)
  if (values.serializer !== undefined && !['auto', 'fjs', 'json'].includes(values.serializer)) throw new XdmapError('USAGE', `--serializer ${values.serializer}: use auto, fjs or json`)
  let delimiter = values.delimiter
  if (delimiter === '\\t' || delimiter === 'tab') delimiter = '\t'
  const { run } = await import('./commands/run.js')
  const { loadSchema } = await import('./schema/load.js')
  const catalog = await loadSchema(values.schema!, schemaSourceOptions(values))
  const quiet = !!values.quiet
  const showProgress = !quiet && process.stderr.isTTY && !process.env.CI
  const report = await run({
    input: positionals[0]!,
    schema: catalog,
    ...(values.mapping !== undefined ? { mapping: values.mapping } : {}),
    out: values.out!,
    format: (values.format ?? 'json') as 'json' | 'parquet',
    ...(values.compression !== undefined ? { compression: values.compression as 'snappy' } : {}),
    ...(values['row-group-rows'] !== undefined ? { rowGroupRows: parseCount(values['row-group-rows'], '--row-group-rows') } : {}),
    ...(values.threads !== undefined ? { threads: parseCount(values.threads, '--threads') } : {}),
    ...(values.serializer !== undefined ? { serializer: values.serializer as 'auto' } : {}),
    ...(values.threshold !== undefined ? { suggestThreshold: Number(values.threshold) } : {}),
    ...(values.multiline ? { multiline: true } : {}),
    ...(values['max-file-bytes'] !== undefined ? { maxFileBytes: parseSize(values['max-file-bytes'], '--max-file-bytes') } : {}),
    ...(values['max-rows'] !== undefined ? { maxRows: parseCount(values['max-rows'], '--max-rows') } : {}),
    ...(values['max-errors'] !== undefined ? { maxErrors: values['max-errors'] } : {}),
    ...(values['on-conversion-error'] !== undefined ? { onConversionError: values['on-conversion-error'] as 'reject-row' } : {}),
    ...(values.timezone !== undefined ? { timezone: values.timezone } : {}),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(values['max-field-bytes'] !== undefined ? { maxFieldBytes: parseSize(values['max-field-bytes'], '--max-field-bytes') } : {}),
    ...(values['max-record-bytes'] !== undefined ? { maxRecordBytes: parseSize(values['max-record-bytes'], '--max-record-bytes') } : {}),
    ...(showProgress ? { onProgress: progressBar() } : {}),
  })
  if (showProgress) process.stderr.write('\r\x1b[K')
  if (!quiet) {
    for (const w of report.warnings) process.stderr.write(`xdmap: warning: ${w}\n`)
    for (const r of report.firstRejects) process.stderr.write(`xdmap: rejected line ${r.line}: ${r.code}: ${r.message}\n`)
    if (report.counts.rejected > report.firstRejects.length) process.stderr.write(`xdmap: ... ${fmt(report.counts.rejected - report.firstRejects.length)} more rejected rows in ${report.out}/errors.json\n`)
    const c = report.counts
    const secs = report.elapsedMs / 1000
    const byClass = Object.entries(c.rejectedByClass).filter(([, n]) => n).map(([k, n]) => `${k} ${fmt(n)}`).join(', ')
    process.stderr.write(
      `xdmap: read ${fmt(c.read)} rows, wrote ${fmt(c.written)} to ${report.files.length} file${report.files.length === 1 ? '' : 's'} in ${report.out}, rejected ${fmt(c.rejected)}${byClass ? ` (${byClass})` : ''}` +
      `${c.nulledFields ? `, nulled ${fmt(c.nulledFields)} fields` : ''}; ${secs.toFixed(2)} s, ${fmt(Math.round(c.read / Math.max(secs, 1e-9)))} rows/s; ` +
      `errors ${report.threshold.passed ? 'within' : 'ABOVE'} --max-errors ${report.threshold.limit}${report.threshold.passed ? '' : ': run FAILED, manifest status "failed"'}\n`)
  }
  if (values.report === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n')
  return report.exitCode
}

function progressBar(): (p: { rows: number; bytes: number; totalBytes?: number; elapsedMs: number }) => void {
  return (p) => {
    const secs = p.elapsedMs / 1000
    const mbs = p.bytes / 1e6 / Math.max(secs, 1e-9)
    let line = `xdmap: ${fmt(p.rows)} rows, ${mbs.toFixed(1)} MB/s`
    if (p.totalBytes) {
      const frac = Math.min(1, p.bytes / p.totalBytes)
      const width = 24
      const fill = Math.round(frac * width)
      const eta = frac > 0 ? secs * (1 - frac) / frac : 0
      line = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0)}% ${line.slice(7)}, ETA ${eta.toFixed(0)} s`
    }
    process.stderr.write(`\r\x1b[K${line}`)
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'run': return await runCommand(rest)
      case 'schema': return await schemaCommand(rest)
      case 'check': return await checkCommand(rest)
      case 'suggest': return await suggestCommand(rest)
      case undefined: case '-h': case '--help': case 'help':
        process.stdout.write(HELP)
        return command === undefined ? 2 : 0
      case '-v': case '--version':
        process.stdout.write(`${await version()}\n`)
        return 0
      default:
        throw new XdmapError('USAGE', `Unknown command ${JSON.stringify(command)}; try xdmap --help`)
    }
  } catch (e) {
    if (e instanceof XdmapError) {
      process.stderr.write(`xdmap: error ${e.code}: ${e.message}${formatLocation(e.location)}\n`)
      if (e.code === 'USAGE') process.stderr.write('Run xdmap --help for usage.\n')
      return e.exitCode
    }
    const err = e as NodeJS.ErrnoException
    if (err && (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')) {
      process.stderr.write(`xdmap: error USAGE: ${err.message}\nRun xdmap --help for usage.\n`)
      return 2
    }
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      process.stderr.write(`xdmap: error IO_ERROR: ${err.message}\n`)
      return 2
    }
    process.stderr.write(`xdmap: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    return 2
  }
}

/**
 * glibc gives each thread that allocates its own malloc arena; with worker threads handing buffers to one another those
 * arenas fragment, and the resident size of a long run creeps up (measured on 5M rows: 243-256 MB peak, 234-241 MB with
 * MALLOC_ARENA_MAX=2; bench/README.md). glibc reads the variable when a process starts, so on Linux `run` starts
 * itself once more with it set, unless it is set already. Signals are passed on; the exit code is the child's.
 */
function relaunchWithArenaLimit(argv: string[]): boolean {
  if (process.platform !== 'linux' || argv[0] !== 'run' || process.env.MALLOC_ARENA_MAX !== undefined) return false
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...argv], { stdio: 'inherit', env: { ...process.env, MALLOC_ARENA_MAX: '2' } })
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const forward = (signal: NodeJS.Signals): void => { child.kill(signal) }
  for (const s of signals) process.on(s, forward)
  child.on('error', (e) => {
    // could not start a second process: run in this one
    for (const s of signals) process.off(s, forward)
    process.stderr.write(`xdmap: note: running without MALLOC_ARENA_MAX (${e.message})\n`)
    void main(argv).then((code) => { process.exitCode = code })
  })
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward)
    if (signal) process.kill(process.pid, signal)
    else process.exitCode = code ?? 2
  })
  return true
}

const args = process.argv.slice(2)
if (!relaunchWithArenaLimit(args)) main(args).then((code) => { process.exitCode = code })
