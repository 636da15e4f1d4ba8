#!/usr/bin/env node
// `node dist/distributed/worker-main.js --queue redis://HOST:PORT ...`: the worker command on its own, until the CLI
// dispatcher wires `xdmap worker` (same options, same exit codes).
import { parseArgs } from 'node:util'
import { command } from '../cli/commands/worker.js'
import { reportError } from './cli.js'

async function main(): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(command.options.map((o) => [o.name, { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
    })
    return await command.main({ values, positionals }, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
  } catch (e) {
    return reportError(e, process.stderr)
  }
}
main().then((code) => { process.exitCode = code })
