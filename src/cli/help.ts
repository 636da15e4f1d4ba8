import { HELP_OPTION } from './args.js'
import type { CommandSpec, OptionSpec } from './spec.js'

/** Help texts: one per command from its spec, and the overview. */

export const EXIT_CODES = 'Exit codes: 0 ok, 1 data invalid (rejected rows above --max-errors, a failed check), 2 usage, configuration or I/O error, 3 network gave up (upload).'

function optionLabel(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`
}

/** Wraps at spaces; a `(default ...)` stays on one line (no-break spaces inside it until the end). */
function wrap(text: string, width: number, indent: number): string {
  const words = text.split(/[ \t\n]+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`).replace(/\u00a0/g, ' ')
}

/** The options as aligned lines (label, help, default). */
export function formatOptions(options: readonly OptionSpec[]): string {
  const labels = options.map(optionLabel)
  const col = Math.min(36, Math.max(...labels.map((l) => l.length)) + 4)
  return options.map((o, i) => {
    const help = `${o.help}${o.default !== undefined ? ` (default\u00a0${o.default.replace(/ /g, '\u00a0')})` : ''}`
    const label = labels[i]!
    const pad = label.length <= col - 4 ? label.padEnd(col - 2) : `${label}\n${' '.repeat(col)}`
    return `  ${pad}${wrap(help, 110 - col, col)}`
  }).join('\n')
}

/** `xdmap <command> --help` and `xdmap help <command>`. */
export function commandHelp(spec: CommandSpec): string {
  return [
    `xdmap ${spec.name}: ${spec.summary}`,
    '',
    'Usage:',
    ...spec.usage.map((u) => `  xdmap ${u}`),
    '',
    'Options:',
    formatOptions([...spec.options, HELP_OPTION]),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  xdmap ${e}`),
    '',
    ...(spec.notes ? [wrap(spec.notes, 110, 0), ''] : []),
    wrap(EXIT_CODES, 110, 0),
    '',
  ].join('\n')
}

/** Bare `xdmap`, `xdmap --help`, `xdmap help`. */
export function overview(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length)) + 2
  return [
    'xdmap: CSV → Adobe Experience Platform XDM batches',
    '',
    'Usage:',
    ...specs.flatMap((s) => s.usage.map((u) => `  xdmap ${u}`)),
    '',
    'Commands:',
    ...specs.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
    '',
    "Run 'xdmap <command> --help' or 'xdmap help <command>' for a command's options and examples.",
    '',
    'Options:',
    '  -h, --help       this overview',
    '  -V, --version    the version (also -v)',
    '',
    wrap(EXIT_CODES, 110, 0),
    '',
  ].join('\n')
}
