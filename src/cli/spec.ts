/**
 * The contract every CLI command module follows (src/cli/commands/<name>.ts exports `command: CommandSpec`).
 * The dispatcher (src/cli/main.ts) parses argv with the spec's options, prints the spec's help for `--help`
 * and `xdmap help <name>`, suggests the nearest option for an unknown one, and maps thrown XdmapErrors to exit 2.
 * A command's `main` returns its exit code: 0 ok, 1 data invalid, 2 usage/configuration/I/O, 3 network gave up.
 */
export interface OptionSpec {
  /** Long name without dashes: 'dataset' for --dataset. */
  name: string
  /** One letter without the dash: 'o' for -o. */
  short?: string
  type: 'string' | 'boolean'
  /** May be given more than once (values collected in order). */
  multiple?: boolean
  /** Placeholder shown in help: 'ID', 'SIZE', 'N|P%'. */
  value?: string
  /** One line of help. */
  help: string
  /** Default as shown in help (the command applies it itself). */
  default?: string
}

export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export interface CommandIO {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
}

export interface CommandSpec {
  name: string
  /** One line for the overview. */
  summary: string
  /** Usage line(s) without the leading 'xdmap '. */
  usage: string[]
  options: OptionSpec[]
  /** Example command lines (without the leading 'xdmap '). */
  examples: string[]
  /** Extra help text after the options (exit codes, notes). */
  notes?: string
  main(args: CommandArgs, io: CommandIO): Promise<number>
}

/** The CSV input options `run`, `check`, `suggest` and `preview` share (checked once by plan/options.ts). */
export const ENCODING_OPTION: OptionSpec = { name: 'encoding', type: 'string', value: 'ENC', help: 'utf8, utf16le, utf16be, latin1 or windows-1252 (a BOM wins)', default: 'utf8' }
export const DELIMITER_OPTION: OptionSpec = { name: 'delimiter', type: 'string', value: 'C', help: 'field delimiter: one character, tab (or \\t), or auto', default: 'auto' }
