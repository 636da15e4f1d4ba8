import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { run, type RunReport } from '../commands/run.js'
import type { RunOptions } from '../plan/options.js'
import { streamRun, type StreamOptions, type StreamReport } from './streaming.js'

/**
 * `stream(input, options)`: a finished run's output directory is streamed as it is; a CSV is first mapped and
 * validated by the library `run()` (same options as `xdmap run`, JSON output) into `options.out` or a temporary
 * directory, and its part files are streamed. Rows the run rejected stay in that directory's rejects.csv: the
 * temporary directory is kept (and named in the report) whenever anything was rejected, by the run or the inlet.
 */
export interface StreamInputOptions extends StreamOptions {
  /** For a CSV input: the run options (schema and mapping at least); `out` keeps the run output there. */
  run?: Omit<RunOptions, 'input' | 'out' | 'format'> & { out?: string }
}

export interface StreamInputReport extends StreamReport {
  /** The run made from a CSV input, and whether its output directory was kept. */
  run?: RunReport
  kept: boolean
}

export async function stream(input: string, options: StreamInputOptions): Promise<StreamInputReport> {
  const st = await stat(input).catch(() => undefined)
  if (st?.isDirectory()) return { ...(await streamRun(input, options)), kept: true }
  const runOptions = options.run
  if (!runOptions) throw new XdmapError('USAGE', `${input} is not an output directory; to stream a CSV give --schema (and --mapping) so it is mapped and validated first`, { file: input })
  const out = runOptions.out ?? await mkdtemp(join(tmpdir(), 'xdmap-stream-'))
  const { out: _o, ...rest } = runOptions
  const report = await run({ ...rest, input, out, format: 'json', multiline: false })
  if (report.exitCode !== 0) {
    // the run failed its --max-errors threshold: nothing is streamed (as `upload` refuses such a run)
    return { dir: out, connection: options.connection, endpoint: '', records: report.counts.written, requests: 0, sent: 0, accepted: 0, rejected: 0, unconfirmed: report.counts.written, rejectsFile: '', exitCode: 1, elapsedMs: report.elapsedMs, run: report, kept: true }
  }
  // on an error the run output stays where it is (it holds stream-rejects.json and the run's rejects)
  const streamed: StreamReport = await streamRun(out, options)
  const keep = !!runOptions.out || streamed.rejected > 0 || report.counts.rejected > 0
  if (!keep) await rm(out, { recursive: true, force: true })
  return { ...streamed, run: report, kept: keep, exitCode: streamed.rejected > 0 || report.counts.rejected > 0 ? 1 : 0 }
}
