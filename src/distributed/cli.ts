import type { CommandIO } from '../cli/spec.js'
import { parseCount as count, parseSize } from '../cli/args.js'
import { formatLocation, XdmapError } from '../util/errors.js'
import { runDistributed, type DistributedRunOptions } from './coordinator.js'

export { RUN_QUEUE_OPTIONS } from './options.js'

type Values = Record<string, string | boolean | string[] | undefined>

/** `run` options (as parsed for the run command) → a distributed run's options. */
export function distributedOptions(input: string, values: Values): DistributedRunOptions {
  const s = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined)
  for (const o of ['schema', 'mapping', 'out', 'queue']) if (!s(o)) throw new XdmapError('USAGE', `run --queue needs --${o}`)
  let delimiter = s('delimiter')
  if (delimiter === '\\t' || delimiter === 'tab') delimiter = '\t'
  const format = s('format') ?? 'json'
  if (format !== 'json' && format !== 'parquet') throw new XdmapError('USAGE', `--format ${format} is not supported: use json or parquet`)
  return {
    input,
    schema: s('schema')!,
    mapping: s('mapping')!,
    out: s('out')!,
    queue: s('queue')!,
    format,
    ...(s('chunk-bytes') !== undefined ? { chunkBytes: parseSize(s('chunk-bytes')!, '--chunk-bytes') } : {}),
    ...(values.multiline === true ? { multiline: true } : {}),
    ...(s('max-file-bytes') !== undefined ? { maxFileBytes: parseSize(s('max-file-bytes')!, '--max-file-bytes') } : {}),
    ...(s('max-rows') !== undefined ? { maxRows: count(s('max-rows')!, '--max-rows') } : {}),
    ...(s('max-errors') !== undefined ? { maxErrors: s('max-errors')! } : {}),
    ...(s('on-conversion-error') !== undefined ? { onConversionError: s('on-conversion-error') as 'reject-row' } : {}),
    ...(s('timezone') !== undefined ? { timezone: s('timezone')! } : {}),
    ...(s('encoding') !== undefined ? { encoding: s('encoding')! } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(s('max-field-bytes') !== undefined ? { maxFieldBytes: parseSize(s('max-field-bytes')!, '--max-field-bytes') } : {}),
    ...(s('max-record-bytes') !== undefined ? { maxRecordBytes: parseSize(s('max-record-bytes')!, '--max-record-bytes') } : {}),
    ...(s('compression') !== undefined ? { compression: s('compression') as 'snappy' } : {}),
    ...(s('row-group-rows') !== undefined ? { rowGroupRows: count(s('row-group-rows')!, '--row-group-rows') } : {}),
    ...(s('serializer') !== undefined ? { serializer: s('serializer') as 'auto' } : {}),
    ...(values.force === true ? { force: true } : {}),
  }
}

/** `xdmap run ... --queue URL`: the coordinator, with the same summary on stderr as a local run. Returns the exit code. */
export async function runQueued(input: string, values: Values, io: Pick<CommandIO, 'stderr' | 'stdout'>): Promise<number> {
  const quiet = values.quiet === true
  const say = (m: string): void => { if (!quiet) io.stderr.write(`xdmap: ${m}\n`) }
  const report = await runDistributed({
    ...distributedOptions(input, values),
    onLog: say,
    onProgress: (p) => say(`${p.rows.toLocaleString('en-US')} rows committed (${Math.round((100 * p.bytes) / (p.totalBytes || 1))}%)`),
  })
  if (!quiet) {
    for (const w of report.warnings) say(`warning: ${w}`)
    for (const r of report.firstRejects) say(`rejected line ${r.line}: ${r.code}: ${r.message}`)
    const c = report.counts
    say(`${c.read.toLocaleString('en-US')} rows read, ${c.written.toLocaleString('en-US')} written, ${c.rejected.toLocaleString('en-US')} rejected in ${report.chunks.length} chunk(s) (${report.queued} mapped now) ` +
      `in ${(report.elapsedMs / 1000).toFixed(1)} s; errors ${report.threshold.passed ? 'within' : 'ABOVE'} --max-errors ${report.threshold.limit}${report.threshold.passed ? '' : ': run FAILED, manifest status "failed"'}`)
    say(`wrote ${report.files.length} file(s) and manifest.json to ${report.out}`)
  }
  if (values.report === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n')
  return report.exitCode
}

/** Prints an error the way the CLI does and returns its exit code (for the standalone entries). */
export function reportError(e: unknown, stderr: NodeJS.WritableStream): number {
  if (e instanceof XdmapError) {
    stderr.write(`xdmap: error ${e.code}: ${e.message}${formatLocation(e.location)}\n`)
    return e.exitCode
  }
  if (e instanceof TypeError && (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    stderr.write(`xdmap: error USAGE: ${e.message}\n`)
    return 2
  }
  stderr.write(`xdmap: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
  return 2
}
