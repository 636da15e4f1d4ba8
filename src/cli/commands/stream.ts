import { stream, type StreamInputReport } from '../../aep/stream.js'
import { XdmapError } from '../../util/errors.js'
import type { CommandSpec } from '../spec.js'
import { interruptible, NETWORK_OPTIONS, parseWhole, reportError, retryOptions, str } from './aep-options.js'

export function formatStreamReport(r: StreamInputReport): string {
  const lines: string[] = []
  if (r.run) lines.push(`run: read ${r.run.counts.read} rows, wrote ${r.run.counts.written} records, rejected ${r.run.counts.rejected}${r.run.counts.rejected ? ` (${r.run.out}/rejects.csv)` : ''}${r.run.exitCode ? ` — over --max-errors, nothing streamed` : ''}`)
  if (!r.run || r.run.exitCode === 0) {
    lines.push(`stream to ${r.endpoint}: ${r.records} records, sent ${r.sent} in ${r.requests} requests, accepted ${r.accepted}, rejected ${r.rejected}${r.rejected ? ` (${r.rejectsFile})` : ''}${r.unconfirmed ? `, not confirmed ${r.unconfirmed}` : ''}`)
  }
  if (r.run && r.kept) lines.push(`run output kept in ${r.dir}`)
  return lines.join('\n') + '\n'
}

export const command: CommandSpec = {
  name: 'stream',
  summary: 'Send records to an AEP HTTP API streaming connection (from a run output, or a CSV mapped on the way)',
  usage: ['stream <out-dir> --connection <url-or-id> --dataset <id> [options]', 'stream <file.csv> --schema <schema> [--mapping <file>] --connection <url-or-id> --dataset <id> [options]'],
  options: [
    { name: 'connection', short: 'c', type: 'string', value: 'URL|ID', help: 'the streaming connection: its collection URL, or its id (with AEP_INLET_URL, default https://dcs.adobedc.net)' },
    { name: 'dataset', short: 'd', type: 'string', value: 'ID', help: 'the dataset each message names (header.datasetId)' },
    { name: 'source-name', type: 'string', value: 'NAME', help: 'header.source.name', default: 'xdmap' },
    { name: 'authenticated', type: 'boolean', help: 'send a bearer token (authenticated connections; needs AEP credentials)' },
    { name: 'sync-validation', type: 'boolean', help: 'synchronous validation (?syncValidation=true; single-message endpoint, one record per request)' },
    { name: 'batch-size', type: 'string', value: 'N', help: 'messages per request: 1 uses the single-message endpoint, more the batch endpoint (under 1 MB a request)', default: '100' },
    { name: 'concurrency', type: 'string', value: 'N', help: 'requests in flight at once', default: '4' },
    { name: 'rate', type: 'string', value: 'N', help: 'most requests started per second' },
    { name: 'rejects', type: 'string', value: 'FILE', help: 'where refused messages go (JSON Lines: file, line, status, the inlet\'s answer, the record)', default: '<dir>/stream-rejects.json' },
    { name: 'force', type: 'boolean', help: 'stream a run whose manifest says failed' },
    { name: 'schema', short: 's', type: 'string', value: 'REF', help: 'CSV input: the schema (as for xdmap run)' },
    { name: 'mapping', short: 'm', type: 'string', value: 'FILE', help: 'CSV input: the mapping set (default: suggested)' },
    { name: 'out', short: 'o', type: 'string', value: 'DIR', help: 'CSV input: keep the run output here (default: a temporary directory, kept only when rows were rejected)' },
    { name: 'max-errors', type: 'string', value: 'N|P%', help: 'CSV input: rejected rows tolerated before nothing is sent', default: '5%' },
    { name: 'on-conversion-error', type: 'string', value: 'MODE', help: 'CSV input: reject-row or null-field', default: 'reject-row' },
    { name: 'timezone', type: 'string', value: 'ZONE', help: 'CSV input: zone of date-times without an offset', default: 'UTC' },
    { name: 'encoding', type: 'string', value: 'NAME', help: 'CSV input: encoding', default: 'utf8' },
    { name: 'delimiter', type: 'string', value: 'CHAR', help: 'CSV input: delimiter', default: 'auto' },
    ...NETWORK_OPTIONS,
  ],
  examples: [
    'stream out/events --connection https://dcs.adobedc.net/collection/1a2b3c... --dataset 5f0c...',
    'stream events.csv -s schemas/order-event.schema.json -m events.mapping.json -c 1a2b3c... -d 5f0c... --rate 20',
  ],
  notes: [
    'Every record ends accepted, refused (in the rejects file, with the inlet\'s answer), or counted as not confirmed',
    '(interrupted, or the network gave up). Exit codes: 0 all accepted; 1 the inlet refused records, or the CSV run',
    'rejected rows; 2 usage, configuration or authorization; 3 gave up on the network; 130 interrupted.',
  ].join('\n'),
  async main(args, io) {
    const quiet = args.values.quiet === true
    const { signal, dispose } = interruptible(io)
    try {
      const input = args.positionals[0]
      if (!input || args.positionals.length > 1) throw new XdmapError('USAGE', 'stream takes one input: an output directory or a CSV file')
      const connection = str(args, 'connection')
      if (!connection) throw new XdmapError('USAGE', 'No streaming connection given (--connection URL|ID)')
      const dataset = str(args, 'dataset')
      if (!dataset) throw new XdmapError('USAGE', 'No dataset given (--dataset ID)')
      const bs = str(args, 'batch-size'), cc = str(args, 'concurrency'), rate = str(args, 'rate'), rejects = str(args, 'rejects'), cred = str(args, 'credentials'), schema = str(args, 'schema')
      const sync = args.values['sync-validation'] === true
      const ratePerSecond = rate !== undefined ? Number(rate) : undefined
      if (ratePerSecond !== undefined && !(ratePerSecond > 0)) throw new XdmapError('USAGE', `--rate must be a positive number of requests per second, not ${JSON.stringify(rate)}`)
      const mapping = str(args, 'mapping'), out = str(args, 'out'), maxErrors = str(args, 'max-errors'), onConv = str(args, 'on-conversion-error'), tz = str(args, 'timezone'), enc = str(args, 'encoding'), delim = str(args, 'delimiter'), source = str(args, 'source-name')
      const report = await stream(input, {
        connection, datasetId: dataset, env: io.env,
        ...(io.env.AEP_INLET_URL ? { inletUrl: io.env.AEP_INLET_URL } : {}),
        ...(source !== undefined ? { sourceName: source } : {}),
        ...(cred !== undefined ? { credentialsFile: cred } : {}),
        ...(!args.values.authenticated && io.env.AEP_ORG_ID ? { orgId: io.env.AEP_ORG_ID } : {}),
        authenticated: args.values.authenticated === true,
        syncValidation: sync,
        ...(bs !== undefined ? { batchSize: parseWhole(bs, '--batch-size', 1, 10_000) } : sync ? { batchSize: 1 } : {}),
        ...(cc !== undefined ? { concurrency: parseWhole(cc, '--concurrency', 1, 64) } : {}),
        ...(ratePerSecond !== undefined ? { ratePerSecond } : {}),
        ...(rejects !== undefined ? { rejectsPath: rejects } : {}),
        force: args.values.force === true,
        retry: retryOptions(args, io, quiet),
        signal,
        ...(schema !== undefined ? { run: {
          schema, ...(mapping !== undefined ? { mapping } : {}), ...(out !== undefined ? { out } : {}), ...(maxErrors !== undefined ? { maxErrors } : {}),
          ...(onConv !== undefined ? { onConversionError: onConv as 'reject-row' } : {}), ...(tz !== undefined ? { timezone: tz } : {}), ...(enc !== undefined ? { encoding: enc } : {}), ...(delim !== undefined ? { delimiter: delim } : {}),
        } } : {}),
      })
      io.stdout.write(args.values.json === true ? JSON.stringify(report) + '\n' : formatStreamReport(report))
      return report.exitCode
    } catch (e) {
      const r = (e as { report?: StreamInputReport }).report
      if (r && args.values.json !== true) io.stdout.write(formatStreamReport({ ...r, kept: true }))
      return reportError(e, io)
    } finally {
      dispose()
    }
  },
}
