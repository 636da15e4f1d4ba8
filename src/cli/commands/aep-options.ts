import { XdmapError } from '../../util/errors.js'
import type { RetryOptions } from '../../aep/http.js'
import type { CommandArgs, CommandIO, OptionSpec } from '../spec.js'

/** Options and helpers shared by `xdmap upload` and `xdmap stream`. */
export const NETWORK_OPTIONS: OptionSpec[] = [
  { name: 'credentials', type: 'string', value: 'FILE', help: 'a .env-style file with AEP_CLIENT_ID, AEP_CLIENT_SECRET, AEP_ORG_ID, ... (over the environment)' },
  { name: 'timeout', type: 'string', value: 'DURATION', help: 'longest wait for an answer, or silence during a file upload, per attempt', default: '30s' },
  { name: 'attempts', type: 'string', value: 'N', help: 'attempts per request on 429, 5xx, resets and timeouts (first try included)', default: '5' },
  { name: 'backoff', type: 'string', value: 'DURATION', help: 'first retry delay (doubles per retry, with jitter; Retry-After wins)', default: '500ms' },
  { name: 'quiet', short: 'q', type: 'boolean', help: 'no progress or retry lines on stderr' },
  { name: 'json', type: 'boolean', help: 'print the report as one JSON object on stdout' },
]

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 }

/** "256MB", "64MiB", "1000" → bytes. */
export function parseBytes(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined
  if (!m || unit === undefined) throw new XdmapError('USAGE', `${option} must be a size such as 1000, 64MiB or 256MB, not ${JSON.stringify(text)}`)
  const n = Math.round(Number(m[1]) * unit)
  if (!(n >= 1)) throw new XdmapError('USAGE', `${option} must be at least 1 byte`)
  return n
}

/** "500ms", "30s", "10m", "1h", "2" (seconds) → ms. */
export function parseDuration(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text)
  if (!m) throw new XdmapError('USAGE', `${option} must be a duration such as 500ms, 30s, 10m or 1h, not ${JSON.stringify(text)}`)
  const f = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's').toLowerCase() as 'ms']
  return Math.round(Number(m[1]) * f)
}

export function parseWhole(text: string, option: string, min: number, max: number): number {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < min || Number(text) > max) throw new XdmapError('USAGE', `${option} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`)
  return Number(text)
}

export function str(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name]
  return typeof v === 'string' ? v : undefined
}

export function retryOptions(args: CommandArgs, io: CommandIO, quiet: boolean): RetryOptions {
  const t = str(args, 'timeout'), a = str(args, 'attempts'), b = str(args, 'backoff')
  // AEP_HTTP_TIMEOUT_MS / AEP_HTTP_ATTEMPTS (as for schema pull) when the options are not given
  const envTimeout = io.env.AEP_HTTP_TIMEOUT_MS, envAttempts = io.env.AEP_HTTP_ATTEMPTS
  return {
    ...(t !== undefined ? { timeoutMs: parseDuration(t, '--timeout') } : envTimeout ? { timeoutMs: parseWhole(envTimeout, 'AEP_HTTP_TIMEOUT_MS', 1, 3_600_000) } : {}),
    attempts: a !== undefined ? parseWhole(a, '--attempts', 1, 100) : envAttempts ? parseWhole(envAttempts, 'AEP_HTTP_ATTEMPTS', 1, 100) : 5,
    ...(b !== undefined ? { baseDelayMs: parseDuration(b, '--backoff') } : {}),
    ...(quiet ? {} : { onRetry: (r) => io.stderr.write(`retry: ${r.what}: ${r.reason}; again in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt + 1})\n`) }),
  }
}

/** Ctrl-C: the first stops after the current request, the second exits at once. Returns the signal and a disposer. */
export function interruptible(io: CommandIO): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  let count = 0
  const onSignal = (name: NodeJS.Signals): void => {
    count++
    if (count > 1) process.exit(name === 'SIGINT' ? 130 : 143)
    io.stderr.write(`\n${name}: stopping after the current request (again to quit at once)\n`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return { signal: controller.signal, dispose: () => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal) } }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n / 1024, i = 0
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++ }
  return `${v.toFixed(1)} ${units[i]}`
}

/** Prints an XdmapError the way the CLI does and returns its exit code. */
export function reportError(e: unknown, io: CommandIO): number {
  const err = e as { name?: string; code?: string; message?: string; exitCode?: number }
  if (err && err.name === 'XdmapError') {
    io.stderr.write(`xdmap: error ${err.code}: ${err.message}\n`)
    return err.exitCode ?? 2
  }
  throw e
}
