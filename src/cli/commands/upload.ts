import { upload, type UploadEvent, type UploadReport } from '../../aep/upload.js'
import { XdmapError } from '../../util/errors.js'
import type { CommandSpec } from '../spec.js'
import { formatBytes, interruptible, NETWORK_OPTIONS, parseBytes, parseDuration, reportError, retryOptions, str } from './aep-options.js'

export function formatUploadReport(r: UploadReport): string {
  const lines: string[] = []
  if (r.aborted) {
    lines.push(`batch ${r.batchId} (dataset ${r.datasetId}): aborted`)
    return lines.join('\n') + '\n'
  }
  lines.push(`batch ${r.batchId} (dataset ${r.datasetId})${r.resumed ? ', resumed' : ''}: ${r.files} file${r.files === 1 ? '' : 's'}, ${formatBytes(r.bytes)}; sent ${r.sent.length} now, ${r.alreadyConfirmed.length} already confirmed; ${r.completed ? 'completed' : 'not completed'}`)
  if (r.status) {
    const m = r.status.metrics
    lines.push(`status ${r.status.status}: inputRecordCount ${m.inputRecordCount ?? '?'}, outputRecordCount ${m.outputRecordCount ?? '?'}, failedRecordCount ${m.failedRecordCount ?? '?'}`)
    for (const e of r.status.errors) lines.push(`  ${e.code ?? 'error'}${e.recordCount !== undefined ? ` (${e.recordCount} records)` : ''}: ${e.description ?? ''}`)
    if (r.errorFiles?.length) lines.push(`failed rows: ${r.errorFiles.join(', ')}`)
  }
  return lines.join('\n') + '\n'
}

export const command: CommandSpec = {
  name: 'upload',
  summary: 'Send a finished run to an AEP dataset as one batch (resumable, exactly once)',
  usage: ['upload <out-dir> --dataset <id> [options]', 'upload <out-dir> --abort'],
  options: [
    { name: 'dataset', short: 'd', type: 'string', value: 'ID', help: 'the target dataset (its schema must be the run\'s schema)' },
    { name: 'wait', short: 'w', type: 'boolean', help: 'wait for AEP to process the batch; print its record counts; fetch failed rows into <out-dir>/aep-errors/' },
    { name: 'wait-timeout', type: 'string', value: 'DURATION', help: 'longest --wait', default: '1h' },
    { name: 'poll', type: 'string', value: 'DURATION', help: 'first interval between status checks (grows to 30s)', default: '2s' },
    { name: 'partial-ingestion', type: 'string', value: 'P', help: 'partialIngestionPercent: the share of bad rows AEP tolerates (default: the run\'s --max-errors when a percentage)' },
    { name: 'large-file', type: 'string', value: 'SIZE', help: 'files above this use the large-file protocol (INITIALIZE, PATCH chunks, COMPLETE)', default: '256MiB' },
    { name: 'chunk-size', type: 'string', value: 'SIZE', help: 'chunk size of the large-file protocol', default: '64MiB' },
    { name: 'force', type: 'boolean', help: 'upload a run whose manifest says failed or is incomplete' },
    { name: 'abort', type: 'boolean', help: 'abort the batch named in <out-dir>/upload.json (?action=ABORT)' },
    ...NETWORK_OPTIONS,
  ],
  examples: [
    'upload out/customers --dataset 5f0c2a... --wait',
    'upload out/customers            # after an interruption: resumes the same batch',
    'upload out/customers --abort',
  ],
  notes: [
    'Every part file is checked against its manifest size and sha256 before anything is sent. Progress is kept in',
    '<out-dir>/upload.json: running the command again resumes the same batch (confirmed files are not sent again).',
    'Ctrl-C stops after the current request. Credentials: AEP_CLIENT_ID, AEP_CLIENT_SECRET, AEP_ORG_ID, AEP_SANDBOX.',
    'Exit codes: 0 uploaded (and, with --wait, ingested); 1 the batch failed in AEP; 2 usage, configuration or',
    'authorization; 3 gave up on the network (the message names the step); 130 interrupted (resumable).',
  ].join('\n'),
  async main(args, io) {
    const quiet = args.values.quiet === true
    const { signal, dispose } = interruptible(io)
    try {
      const dir = args.positionals[0]
      if (!dir || args.positionals.length > 1) throw new XdmapError('USAGE', 'upload takes one output directory: xdmap upload <out-dir> --dataset <id>')
      const pi = str(args, 'partial-ingestion')
      const percent = pi !== undefined ? Number(pi.replace(/%$/, '')) : undefined
      if (pi !== undefined && !(Number.isFinite(percent) && percent! >= 0 && percent! <= 100)) throw new XdmapError('USAGE', `--partial-ingestion must be a percentage from 0 to 100, not ${JSON.stringify(pi)}`)
      const tty = (io.stderr as NodeJS.WriteStream).isTTY === true && !io.env.CI
      const onEvent = (e: UploadEvent): void => {
        if (e.type === 'warning') { io.stderr.write(`warning: ${e.message}\n`); return }
        if (quiet) return
        if (e.type === 'batch') io.stderr.write(`${e.resumed ? 'resuming' : 'created'} batch ${e.id}\n`)
        else if (e.type === 'file' && e.state === 'sending') io.stderr.write(`upload ${e.name} (${e.index + 1}/${e.count}, ${formatBytes(e.bytes)})\n`)
        else if (e.type === 'bytes' && tty) io.stderr.write(`\r  ${e.name}: ${formatBytes(e.sent)} of ${formatBytes(e.total)}${e.sent === e.total ? '\n' : ''}`)
        else if (e.type === 'complete') io.stderr.write(`completed batch ${e.id}\n`)
        else if (e.type === 'status' && tty) io.stderr.write(`\r  batch status: ${e.status} (${Math.round(e.elapsedMs / 1000)} s)   `)
      }
      const wt = str(args, 'wait-timeout'), poll = str(args, 'poll'), large = str(args, 'large-file'), chunk = str(args, 'chunk-size'), ds = str(args, 'dataset'), cred = str(args, 'credentials')
      const report = await upload(dir, {
        ...(ds !== undefined ? { datasetId: ds } : {}),
        ...(cred !== undefined ? { credentialsFile: cred } : {}),
        env: io.env,
        force: args.values.force === true,
        abort: args.values.abort === true,
        wait: args.values.wait === true,
        ...(percent !== undefined ? { partialIngestion: percent } : {}),
        ...(wt !== undefined ? { waitTimeoutMs: parseDuration(wt, '--wait-timeout') } : {}),
        ...(poll !== undefined ? { pollMs: parseDuration(poll, '--poll') } : {}),
        ...(large !== undefined ? { largeFileBytes: parseBytes(large, '--large-file') } : {}),
        ...(chunk !== undefined ? { chunkBytes: parseBytes(chunk, '--chunk-size') } : {}),
        retry: retryOptions(args, io, quiet),
        signal,
        onEvent,
      })
      if (tty && report.status && !quiet) io.stderr.write('\n')
      io.stdout.write(args.values.json === true ? JSON.stringify(report) + '\n' : formatUploadReport(report))
      return report.exitCode
    } catch (e) {
      return reportError(e, io)
    } finally {
      dispose()
    }
  },
}
