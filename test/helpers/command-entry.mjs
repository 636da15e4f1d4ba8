// A stand-in for the CLI dispatcher (src/cli/main.ts, wired by the lead at merge): runs one command module from
// dist/ with argv parsed by its CommandSpec, the way the dispatcher does. Usage: node command-entry.mjs <name> args...
import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [name, ...argv] = process.argv.slice(2)
const { command } = await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'cli', 'commands', `${name}.js`)).href)
const options = {}
for (const o of command.options) options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }
let args
try {
  args = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
} catch (e) {
  process.stderr.write(`xdmap: error USAGE: ${e.message}\n`)
  process.exit(2)
}
const code = await command.main(args, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
process.exitCode = code
