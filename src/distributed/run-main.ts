#!/usr/bin/env node
// `node dist/distributed/run-main.js INPUT -s SCHEMA -m MAPPING --out OUT --queue redis://HOST:PORT [...]`: the
// coordinator on its own, until the CLI dispatcher routes `xdmap run --queue` to runQueued() (same options).
import { parseArgs } from 'node:util'
import { XdmapError } from '../errors.js'
import { reportError, runQueued } from './cli.js'

async function main(): Promise<number> {
  try {
    const str = { type: 'string' } as const
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: {
        schema: { ...str, short: 's' }, mapping: { ...str, short: 'm' }, out: { ...str, short: 'o' }, queue: str, 'chunk-bytes': str,
        format: str, multiline: { type: 'boolean' }, 'max-file-bytes': str, 'max-rows': str, 'max-errors': str, 'on-conversion-error': str,
        timezone: str, encoding: str, delimiter: str, 'max-field-bytes': str, 'max-record-bytes': str, compression: str,
        'row-group-rows': str, serializer: str, report: str, quiet: { type: 'boolean' },
      },
    })
    if (positionals.length !== 1) throw new XdmapError('USAGE', 'run needs one input CSV (a path or s3://bucket/key)')
    return await runQueued(positionals[0]!, values, { stdout: process.stdout, stderr: process.stderr })
  } catch (e) {
    return reportError(e, process.stderr)
  }
}
main().then((code) => { process.exitCode = code })
