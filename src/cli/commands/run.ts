import type { RunOptions } from '../../plan/options.js'
import { DEFAULT_THRESHOLD } from '../../suggest/threshold.js'
import { XdmapError } from '../../util/errors.js'
import { count, decimal, delimiter, flag, maxErrors, oneOf, required, size, str } from '../args.js'
import { fmt, progressBar, progressMode } from '../render.js'
import { SCHEMA_SOURCE_OPTIONS, schemaSourceOptions } from '../schema-options.js'
import { RUN_QUEUE_OPTIONS } from '../../distributed/options.js'
import { ENCODING_OPTION, type CommandArgs, type CommandSpec } from '../spec.js'

/** `xdmap run`: map, convert and validate a CSV into batch files with a manifest. */

type RunCliOptions = Omit<RunOptions, 'schema' | 'onProgress' | 'stdin'> & { report: boolean; quiet: boolean }

/** Every option read and checked once, into the options `run()` takes. */
export function normalize(args: CommandArgs): RunCliOptions {
  const { values, positionals } = args
  if (positionals.length !== 1) throw new XdmapError('USAGE', positionals.length ? `run takes one input CSV, got ${positionals.length}: ${positionals.join(' ')}` : 'run needs an input CSV (a path, or - for stdin)')
  required(values, 'schema', 'run')
  const out = required(values, 'out', 'run')
  if (str(values, 'report') !== undefined && str(values, 'report') !== 'json') throw new XdmapError('OPTION_REPORT', `--report takes json, not ${JSON.stringify(str(values, 'report'))}`)
  const format = str(values, 'format')
  if (format !== undefined && format !== 'json' && format !== 'parquet') throw new XdmapError('OPTION_FORMAT', `--format ${format} is not supported: use json or parquet`)
  const mapping = str(values, 'mapping')
  const compression = oneOf(values, 'compression', ['snappy', 'gzip', 'zstd', 'none'] as const)
  const rowGroupRows = count(values, 'row-group-rows', 1)
  const threads = count(values, 'threads', 0, 64)
  const serializer = str(values, 'serializer') === 'fjs' ? 'fjs' as never : oneOf(values, 'serializer', ['auto', 'json'] as const)
  const threshold = decimal(values, 'threshold', 0, 1)
  const maxFileBytes = size(values, 'max-file-bytes', 1024)
  const maxRows = count(values, 'max-rows', 1)
  const errors = maxErrors(values)
  const onConversionError = oneOf(values, 'on-conversion-error', ['reject-row', 'null-field'] as const)
  const timezone = str(values, 'timezone')
  const encoding = str(values, 'encoding')
  const delim = delimiter(values)
  const maxFieldBytes = size(values, 'max-field-bytes', 1)
  const maxRecordBytes = size(values, 'max-record-bytes', 1)
  const limit = count(values, 'limit', 1)
  const errorDetails = count(values, 'error-details', 1)
  const rejectsDir = str(values, 'rejects-dir')
  if (str(values, 'report') === 'json' && out === '-') throw new XdmapError('USAGE', '--report json and --out - both write to stdout: choose one')
  if (rejectsDir !== undefined && out !== '-') throw new XdmapError('USAGE', '--rejects-dir applies to --out - only (otherwise the rejects go to --out)')
  if (flag(values, 'multiline') && format === 'parquet') throw new XdmapError('OPTION_MULTILINE', '--multiline applies to --format json only')
  return {
    input: positionals[0]!,
    out,
    format: format ?? 'json',
    ...(mapping !== undefined ? { mapping } : {}),
    ...(compression !== undefined ? { compression } : {}),
    ...(rowGroupRows !== undefined ? { rowGroupRows } : {}),
    ...(threads !== undefined ? { threads } : {}),
    ...(serializer !== undefined ? { serializer } : {}),
    ...(threshold !== undefined ? { suggestThreshold: threshold } : {}),
    ...(flag(values, 'multiline') ? { multiline: true } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    ...(maxRows !== undefined ? { maxRows } : {}),
    ...(errors !== undefined ? { maxErrors: errors } : {}),
    ...(onConversionError !== undefined ? { onConversionError } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delim !== undefined ? { delimiter: delim } : {}),
    ...(maxFieldBytes !== undefined ? { maxFieldBytes } : {}),
    ...(maxRecordBytes !== undefined ? { maxRecordBytes } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(errorDetails !== undefined ? { errorDetails } : {}),
    ...(rejectsDir !== undefined ? { rejectsDir } : {}),
    ...(flag(values, 'relax-quotes') ? { relaxQuotes: true } : {}),
    ...(flag(values, 'force') ? { force: true } : {}),
    report: str(values, 'report') === 'json',
    quiet: flag(values, 'quiet'),
  }
}

export const command: CommandSpec = {
  name: 'run',
  summary: 'map, convert and validate a CSV into XDM batch files (JSON Lines or Parquet) with a manifest',
  usage: ['run <csv|-> --schema SCHEMA --mapping FILE --out DIR [options]'],
  options: [
    { name: 'schema', short: 's', type: 'string', value: 'SCHEMA', help: 'XDM schema: a file in the Schema Registry\'s resolved shape, a raw adobe/xdm source (with --components), or registry:<$id|meta:altId>' },
    { name: 'mapping', short: 'm', type: 'string', value: 'FILE', help: 'AEP Data Prep mapping set (JSON); without it the suggestions above --threshold are used and saved as DIR/mapping.json' },
    { name: 'out', short: 'o', type: 'string', value: 'DIR|-', help: 'output directory (batch files, rejects.csv, errors.json, manifest.json), or - for JSON Lines on stdout' },
    { name: 'rejects-dir', type: 'string', value: 'DIR', help: 'with --out -: directory for the rejects and manifest', default: 'none' },
    { name: 'force', type: 'boolean', help: 'replace files in --out that no xdmap manifest there lists (otherwise the run refuses them)' },
    { name: 'limit', type: 'string', value: 'N', help: 'stop after N data rows', default: 'all' },
    { name: 'relax-quotes', type: 'boolean', help: 'a quote inside an unquoted field is literal (5\'10"), spaces around a quoted field are dropped' },
    { name: 'error-details', type: 'string', value: 'N', help: 'rows per error code kept in full in errors.json', default: '1000' },
    { name: 'format', type: 'string', value: 'json|parquet', help: 'output format', default: 'json' },
    { name: 'compression', type: 'string', value: 'C', help: 'parquet: snappy, gzip, zstd (Node >= 22.15) or none', default: 'snappy' },
    { name: 'row-group-rows', type: 'string', value: 'N', help: 'parquet: rows per row group (1 or more)', default: '10000' },
    { name: 'threads', type: 'string', value: 'N', help: 'worker threads (0 = none; inputs under 4 MiB run in one thread unless given)', default: 'one per core, at most 4' },
    { name: 'serializer', type: 'string', value: 'auto|json', help: 'JSON serializer: auto (the row function writes the bytes) or json (JSON.stringify); identical output', default: 'auto' },
    { name: 'threshold', type: 'string', value: 'T', help: 'without --mapping: lowest confidence (0 to 1) of the suggestions used', default: String(DEFAULT_THRESHOLD) },
    { name: 'multiline', type: 'boolean', help: 'write JSON arrays (isMultiLineJson) instead of JSON Lines' },
    { name: 'max-file-bytes', type: 'string', value: 'SIZE', help: 'largest output file, at least 1024 B (units B, KB, MB, GB, KiB, MiB, GiB)', default: '256MB' },
    { name: 'max-rows', type: 'string', value: 'N', help: 'most records per output file (1 or more)', default: 'no limit' },
    { name: 'max-errors', type: 'string', value: 'N|P%', help: 'rejected rows tolerated before the run fails (exit 1)', default: '5%' },
    { name: 'on-conversion-error', type: 'string', value: 'M', help: 'reject-row, or null-field (drop the field, keep the row if it is still valid)', default: 'reject-row' },
    { name: 'timezone', type: 'string', value: 'ZONE', help: 'IANA zone for date-times without an offset', default: 'UTC' },
    ENCODING_OPTION,
    { name: 'delimiter', type: 'string', value: 'C', help: 'field delimiter: one character, tab (or \\t), or auto (detects , ; tab |)', default: 'auto' },
    { name: 'max-field-bytes', type: 'string', value: 'SIZE', help: 'largest CSV field; a larger one rejects its row', default: '1MiB' },
    { name: 'max-record-bytes', type: 'string', value: 'SIZE', help: 'largest record', default: "AEP's: 10KB for ExperienceEvent, 100KB otherwise" },
    { name: 'report', type: 'string', value: 'json', help: 'print the run report as JSON on stdout' },
    { name: 'quiet', short: 'q', type: 'boolean', help: 'no progress bar and no summary on stderr' },
    { name: 'upload', type: 'boolean', help: 'after a run within --max-errors, upload its files to --dataset (see xdmap upload)' },
    { name: 'dataset', short: 'd', type: 'string', value: 'ID', help: 'with --upload: the target dataset' },
    { name: 'wait', short: 'w', type: 'boolean', help: 'with --upload: wait for AEP to process the batch' },
    { name: 'wait-timeout', type: 'string', value: 'DURATION', help: 'with --upload --wait: longest wait', default: '1h' },
    { name: 'partial-ingestion', type: 'string', value: 'P', help: 'with --upload: partialIngestionPercent', default: 'the --max-errors share' },
    ...RUN_QUEUE_OPTIONS,
    ...SCHEMA_SOURCE_OPTIONS,
  ],
  examples: [
    'run samples/profile-plain.csv -s schemas/profile.schema.json -m mappings/profile.mapping.json -o out/demo',
    'run - --schema registry:_acme.schemas.profile --mapping m.json --out out/ --max-errors 1% < in.csv',
    'run big.csv -s s.json -m m.json -o out/ --format parquet --compression zstd --max-file-bytes 128MB',
    'run export.csv -s s.json -m m.json -o out/ --upload --dataset 5f0c... --wait',
    'run s3://bucket/export.csv -s s.json -m m.json -o s3://bucket/out --queue redis://10.0.0.5:6379',
  ],
  notes: 'Input - reads stdin. Diagnostics, the progress bar (a TTY on stderr, CI unset; no escape codes with NO_COLOR or TERM=dumb) and the summary go to stderr; stdout carries only --report json, or the records with --out -.',
  async main(args, io) {
    // a distributed run: the coordinator plans, queues chunk jobs for `xdmap worker`s and merges (src/distributed/)
    if (typeof args.values.queue === 'string') return (await import('../../distributed/cli.js')).runQueued(args.positionals[0]!, args.values, io)
    const { report: printReport, quiet, ...options } = normalize(args)
    const upload = flag(args.values, 'upload')
    const dataset = str(args.values, 'dataset')
    if (upload && !dataset) throw new XdmapError('USAGE', '--upload needs --dataset ID')
    if (!upload && (dataset !== undefined || flag(args.values, 'wait'))) throw new XdmapError('USAGE', '--dataset and --wait go with --upload')
    if (upload && options.out === '-') throw new XdmapError('USAGE', '--upload needs an output directory, not --out -')
    if (upload && options.limit !== undefined) throw new XdmapError('USAGE', '--upload sends the whole run: it cannot be combined with --limit')
    const { run } = await import('../../commands/run.js')
    const { loadSchema } = await import('../../schema/load.js')
    const catalog = await loadSchema(str(args.values, 'schema')!, schemaSourceOptions(args.values))
    const mode = progressMode(io, quiet)
    const bar = mode === 'off' ? undefined : progressBar(io, mode)
    // Ctrl-C / SIGTERM: stop after the current batch, remove the staged output, keep the previous one (exit 130 / 143);
    // a second signal ends the process at once
    const ac = new AbortController()
    const onSignal = (signal: NodeJS.Signals): void => {
      if (ac.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143)
      ac.abort(signal)
    }
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
    for (const sig of signals) process.on(sig, onSignal)
    // started by the relaunch below with an IPC channel: when the parent dies (even by SIGKILL) the channel closes
    const orphaned = (): void => ac.abort('SIGTERM')
    if (process.send) process.once('disconnect', orphaned)
    let report
    try {
      report = await run({ ...options, schema: catalog, stdin: io.stdin as unknown as AsyncIterable<Uint8Array>, signal: ac.signal, ...(options.out === '-' ? { stdout: io.stdout } : {}), ...(bar ? { onProgress: bar.update } : {}) })
    } finally {
      bar?.done()
      for (const sig of signals) process.off(sig, onSignal)
      process.off('disconnect', orphaned)
    }
    if (!quiet) {
      for (const w of report.warnings) io.stderr.write(`xdmap: warning: ${w}\n`)
      for (const r of report.firstRejects) io.stderr.write(`xdmap: rejected line ${r.line}: ${r.code}: ${r.message}\n`)
      if (report.counts.rejected > report.firstRejects.length) io.stderr.write(`xdmap: ... ${fmt(report.counts.rejected - report.firstRejects.length)} more rejected rows ${report.errors ? `in ${options.out === '-' ? options.rejectsDir : report.out}/errors.json` : '(give --rejects-dir to keep them)'}\n`)
      const c = report.counts
      const secs = report.elapsedMs / 1000
      const byClass = Object.entries(c.rejectedByClass).filter(([, n]) => n).map(([k, n]) => `${k} ${fmt(n)}`).join(', ')
      io.stderr.write(
        `xdmap: read ${fmt(c.read)} rows, wrote ${fmt(c.written)} to ${report.files.length} file${report.files.length === 1 ? '' : 's'} in ${report.out}, rejected ${fmt(c.rejected)}${byClass ? ` (${byClass})` : ''}` +
        `${c.nulledFields ? `, nulled ${fmt(c.nulledFields)} fields` : ''}; ${secs.toFixed(2)} s, ${fmt(Math.round(c.read / Math.max(secs, 1e-9)))} rows/s; ` +
        `errors ${report.threshold.passed ? 'within' : 'ABOVE'} --max-errors ${report.threshold.limit}${report.threshold.passed ? '' : ': run FAILED, manifest status "failed"'}\n`)
    }
    if (printReport) io.stdout.write(JSON.stringify(report, null, 2) + '\n')
    if (!upload) return report.exitCode
    if (report.exitCode !== 0) {
      io.stderr.write(`xdmap: not uploading: the run rejected more rows than --max-errors allows (fix the input, or upload later with xdmap upload ${report.out} --force)\n`)
      return report.exitCode
    }
    const { command: uploadCommand } = await import('./upload.js')
    const pass = (k: string): Record<string, string | boolean> => (args.values[k] !== undefined ? { [k]: args.values[k] as string | boolean } : {})
    return uploadCommand.main({ positionals: [report.out], values: { dataset: dataset!, ...pass('wait'), ...pass('wait-timeout'), ...pass('partial-ingestion'), ...pass('credentials'), ...pass('quiet') } }, io)
  },
}
