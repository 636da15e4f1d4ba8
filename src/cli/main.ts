import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { XdmapError } from '../util/errors.js'
import { parseCommandArgs } from './args.js'
import { commandHelp, overview } from './help.js'
import { nearest } from './nearest.js'
import { errorAnnotation, errorText } from './render.js'
import type { CommandIO, CommandSpec } from './spec.js'

/**
 * The dispatcher: finds the command, parses its arguments from its spec, prints help, and turns errors into exit
 * codes (0 ok, 1 data invalid, 2 usage/configuration/I/O, 3 network gave up). Bare `xdmap` is a usage error: the
 * overview on stderr, exit 2; `xdmap --help` and `xdmap help [command]` print to stdout and exit 0.
 */

/** Commands by name, loaded when used. A new command is one line here and a file in ./commands/. */
export const COMMANDS: Record<string, () => Promise<{ command: CommandSpec }>> = {
  run: () => import('./commands/run.js'),
  check: () => import('./commands/check.js'),
  suggest: () => import('./commands/suggest.js'),
  schema: () => import('./commands/schema.js'),
  preview: () => import('./commands/preview.js'),
  upload: () => import('./commands/upload.js'),
  stream: () => import('./commands/stream.js'),
  worker: () => import('./commands/worker.js'),
}

export async function loadCommand(name: string): Promise<CommandSpec | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  return load ? (await load()).command : undefined
}

async function allCommands(): Promise<CommandSpec[]> {
  return Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command))
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

function unknownCommand(name: string): XdmapError {
  const near = nearest(name, Object.keys(COMMANDS))
  return new XdmapError('USAGE', `Unknown command ${JSON.stringify(name)}${near ? ` (did you mean ${near}?)` : ''}`)
}

/** `--format github` on the command line: errors are printed as workflow annotations too. */
function githubMode(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=github' || (a === '--format' && argv[i + 1] === 'github'))
}

export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv
  try {
    switch (name) {
      case undefined:
        io.stderr.write(overview(await allCommands()))
        return 2
      case '-h': case '--help':
        io.stdout.write(overview(await allCommands()))
        return 0
      case 'help': {
        if (rest[0] === undefined) { io.stdout.write(overview(await allCommands())); return 0 }
        const spec = await loadCommand(rest[0])
        if (!spec) throw unknownCommand(rest[0])
        io.stdout.write(commandHelp(spec))
        return 0
      }
      case '-V': case '-v': case '--version':
        io.stdout.write(`${await version()}\n`)
        return 0
    }
    const spec = await loadCommand(name)
    if (!spec) throw unknownCommand(name)
    // --help wins over anything else on the line, also over unknown options
    if (rest.some((a) => a === '--help' || a === '-h')) { io.stdout.write(commandHelp(spec)); return 0 }
    const args = parseCommandArgs(spec.options, rest)
    return await spec.main(args, io)
  } catch (e) {
    if (e instanceof XdmapError) {
      if (githubMode(rest)) io.stdout.write(errorAnnotation(e))
      io.stderr.write(errorText(e))
      if (e.code === 'USAGE') io.stderr.write(`Run xdmap ${name && Object.hasOwn(COMMANDS, name) ? `${name} ` : ''}--help for usage.\n`)
      return e.exitCode
    }
    const missing = missingOptionalPackage(e)
    if (missing) {
      const wrapped = new XdmapError('DEPENDENCY_MISSING', `${name} needs the optional package ${missing}, which is not installed: npm install bullmq ioredis @aws-sdk/client-s3 (next to xdmap) to run distributed`)
      io.stderr.write(errorText(wrapped))
      return 2
    }
    const err = e as NodeJS.ErrnoException
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      const wrapped = new XdmapError('IO_ERROR', err.message)
      if (githubMode(rest)) io.stdout.write(errorAnnotation(wrapped))
      io.stderr.write(errorText(wrapped))
      return 2
    }
    io.stderr.write(`xdmap: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    return 2
  }
}

/** Distributed runs need packages xdmap leaves optional (peer dependencies): the one a failed import names, if any. */
export function missingOptionalPackage(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND') return undefined
  return ['bullmq', 'ioredis', '@aws-sdk/client-s3'].find((p) => String(err.message).includes(`'${p}'`))
}

export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }
}

/**
 * glibc gives each thread that allocates its own malloc arena; with worker threads handing buffers to one another those
 * arenas fragment, and the resident size of a long run creeps up (measured on 5M rows: 243-256 MB peak, 234-241 MB with
 * MALLOC_ARENA_MAX=2; bench/README.md). glibc reads the variable when a process starts, so on Linux `run` starts
 * itself once more with it set, unless it is set already. Signals are passed on; the exit code is the child's.
 *
 * That process also runs V8's garbage collector on the thread that allocates (`--single-threaded-gc`): a run keeps every
 * core busy with its workers, and the collector's helper threads (parallel scavenges, concurrent marking) only compete
 * with them (bench/README.md, round seven). A process-wide V8 flag: a worker refuses it and it cannot be set once V8
 * runs, so it too is only had by starting again.
 */
export const RUN_NODE_FLAGS: readonly string[] = ['--single-threaded-gc']

function relaunchForRun(script: string, argv: string[]): boolean {
  if (process.platform !== 'linux' || argv[0] !== 'run' || process.env.MALLOC_ARENA_MAX !== undefined || argv.some((a) => a === '-h' || a === '--help')) return false
  if (!needsThreads(argv)) return false
  // the IPC channel is how the child learns that this process is gone, even by SIGKILL: it closes, and the child
  // stops (src/cli/commands/run.ts), so no orphan goes on writing
  const flags = RUN_NODE_FLAGS.filter((f) => !process.execArgv.includes(f))
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...argv], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, MALLOC_ARENA_MAX: '2' } })
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const forward = (signal: NodeJS.Signals): void => { child.kill(signal) }
  for (const s of signals) process.on(s, forward)
  child.on('error', (e) => {
    // could not start a second process: run in this one
    for (const s of signals) process.off(s, forward)
    process.stderr.write(`xdmap: note: running without MALLOC_ARENA_MAX and ${RUN_NODE_FLAGS.join(' ')} (${e.message})\n`)
    void main(argv).then((code) => { process.exitCode = code })
  })
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward)
    if (signal) process.kill(process.pid, signal)
    else process.exitCode = code ?? 2
  })
  return true
}

/**
 * Whether a run will start worker threads (the case the arena limit is for): not with --queue or --threads 0, and not for
 * an input file under 4 MiB without --threads (such runs stay in one thread and gain nothing from a second process).
 */
function needsThreads(argv: readonly string[]): boolean {
  // a distributed run's coordinator maps nothing itself
  if (argv.some((a) => a === '--queue' || a.startsWith('--queue='))) return false
  const t = argv.findIndex((a) => a === '--threads' || a.startsWith('--threads='))
  if (t >= 0) return (argv[t]!.includes('=') ? argv[t]!.split('=')[1] : argv[t + 1]) !== '0'
  const input = argv[1]
  if (input === undefined || input === '-' || input.startsWith('-')) return true
  try {
    return statSync(input).size >= 4 * 1024 * 1024
  } catch {
    return false
  }
}

/** The binary's entry: `script` is the file node runs (dist/cli.js), started again for `run` on Linux. */
export function start(script: string): void {
  const args = process.argv.slice(2)
  if (!relaunchForRun(script, args)) void main(args).then((code) => { process.exitCode = code })
}
