import { XdmapError, formatLocation } from '../util/errors.js'
import type { CommandIO } from './spec.js'

/** Output helpers shared by the commands: numbers, files or stdout, errors as text or GitHub annotations, progress. */

export function fmt(n: number): string {
  return n.toLocaleString('en-US')
}

/** Writes `text` to FILE (atomically, creating its directory), or to stdout for no file or `-`. */
export async function writeOut(io: CommandIO, file: string | undefined, text: string): Promise<void> {
  if (!file || file === '-') { io.stdout.write(text); return }
  const { writeFileAtomic } = await import('../util/atomic-file.js')
  const { mkdir } = await import('node:fs/promises')
  const { dirname } = await import('node:path')
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, text)
  io.stderr.write(`xdmap: wrote ${file}\n`)
}

/** GitHub workflow command escaping (message data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** GitHub workflow command escaping (property values). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::error file=F,line=L,title=xdmap CODE::message (location)`: a configuration error as a workflow annotation. */
export function errorAnnotation(e: XdmapError, fallbackFile?: string): string {
  const file = e.location.file ?? fallbackFile
  const props = [...(file !== undefined ? [`file=${escapeProperty(file)}`] : []), ...(e.location.line !== undefined ? [`line=${e.location.line}`] : []), `title=${escapeProperty(`xdmap ${e.code}`)}`]
  return `::error ${props.join(',')}::${escapeData(`${e.message}${formatLocation({ ...e.location, file: undefined, line: undefined })}`)}\n`
}

/** An error on stderr as `xdmap: error CODE: message (location)`. */
export function errorText(e: XdmapError): string {
  return `xdmap: error ${e.code}: ${e.message}${formatLocation(e.location)}\n`
}

export interface ProgressEvent { rows: number; bytes: number; totalBytes?: number; elapsedMs: number }

/**
 * Whether to draw a progress bar: stderr is a terminal, `CI` is unset and `--quiet` was not given.
 * `plain` (no escape codes: `\r` and spaces only) when `NO_COLOR` is set (any value but empty) or `TERM=dumb`.
 */
export function progressMode(io: CommandIO, quiet: boolean): 'off' | 'ansi' | 'plain' {
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true
  if (quiet || !tty || io.env.CI) return 'off'
  return (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || io.env.TERM === 'dumb' ? 'plain' : 'ansi'
}

export interface ProgressBar {
  update(p: ProgressEvent): void
  /** Clears the line. */
  done(): void
}

export function progressBar(io: CommandIO, mode: 'ansi' | 'plain'): ProgressBar {
  let last = 0
  const clear = (): string => mode === 'ansi' ? '\r\x1b[K' : `\r${' '.repeat(last)}\r`
  return {
    update(p) {
      const secs = p.elapsedMs / 1000
      const mbs = p.bytes / 1e6 / Math.max(secs, 1e-9)
      let line = `${fmt(p.rows)} rows, ${mbs.toFixed(1)} MB/s`
      if (p.totalBytes) {
        const frac = Math.min(1, p.bytes / p.totalBytes)
        const width = 24
        const fill = Math.round(frac * width)
        const eta = frac > 0 ? secs * (1 - frac) / frac : 0
        line = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0)}% ${line}, ETA ${eta.toFixed(0)} s`
      } else line = `xdmap: ${line}`
      io.stderr.write(mode === 'ansi' ? `${clear()}${line}` : `\r${line.padEnd(last)}`)
      last = Math.max(last, line.length)
    },
    done() {
      if (last) io.stderr.write(clear())
    },
  }
}
