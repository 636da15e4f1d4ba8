import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { XdmapError } from '../../util/errors.js'
import { count, delimiter, flag, required, str } from '../args.js'
import { SCHEMA_SOURCE_OPTIONS, schemaSourceOptions } from '../schema-options.js'
import { ENCODING_OPTION, DELIMITER_OPTION, type CommandSpec } from '../spec.js'

/**
 * `xdmap preview`: the first N rows of a CSV as XDM records, and the rejects among them with their reasons. Pretty
 * (indented, colour-free) when stdout is a terminal, one JSON record per line otherwise. Writes nothing to disk but a
 * temporary directory it removes.
 */
export const command: CommandSpec = {
  name: 'preview',
  summary: 'show the first rows of a CSV as XDM records, and the rejects among them with their reasons',
  usage: ['preview <csv|-> --schema SCHEMA --mapping FILE [-n N]'],
  options: [
    { name: 'schema', short: 's', type: 'string', value: 'SCHEMA', help: 'XDM schema (a file, a raw adobe/xdm source with --components, or registry:<id>)' },
    { name: 'mapping', short: 'm', type: 'string', value: 'FILE', help: 'AEP Data Prep mapping set (JSON); without it, the suggestions are used' },
    { name: 'rows', short: 'n', type: 'string', value: 'N', help: 'rows to show (1 or more)', default: '20' },
    { name: 'timezone', type: 'string', value: 'ZONE', help: 'IANA zone for date-times without an offset', default: 'UTC' },
    ENCODING_OPTION,
    DELIMITER_OPTION,
    { name: 'relax-quotes', type: 'boolean', help: 'a quote inside an unquoted field is literal, spaces around a quoted field are dropped' },
    { name: 'json', type: 'boolean', help: 'one JSON record per line even on a terminal' },
    ...SCHEMA_SOURCE_OPTIONS,
  ],
  examples: [
    'preview samples/profile-plain.csv -s schemas/profile.schema.json -m mappings/profile.mapping.json -n 5',
    'preview export.csv.gz -s schema.json -m mapping.json --json | jq .person',
  ],
  notes: 'Exit 0 when every previewed row maps, 1 when some are rejected, 2 for usage or configuration errors.',
  async main(args, io) {
    const { values, positionals } = args
    if (positionals.length !== 1) throw new XdmapError('USAGE', 'preview takes one input CSV (a path, or - for stdin)')
    const schema = required(values, 'schema', 'preview')
    const mapping = str(values, 'mapping')
    const limit = count(values, 'rows', 1) ?? 20
    const timezone = str(values, 'timezone')
    const encoding = str(values, 'encoding')
    const delim = delimiter(values)
    const { run } = await import('../../commands/run.js')
    const { loadSchema } = await import('../../schema/load.js')
    const catalog = await loadSchema(schema, schemaSourceOptions(values))
    const records = new PassThrough()
    const chunks: Buffer[] = []
    records.on('data', (c: Buffer) => chunks.push(c))
    const rejectsDir = await mkdtemp(join(tmpdir(), 'xdmap-preview-'))
    try {
      const report = await run({
        input: positionals[0]!, schema: catalog, out: '-', stdout: records, rejectsDir, limit, threads: 0, maxErrors: '100%',
        stdin: io.stdin as unknown as AsyncIterable<Uint8Array>,
        ...(mapping !== undefined ? { mapping } : {}), ...(timezone !== undefined ? { timezone } : {}),
        ...(encoding !== undefined ? { encoding } : {}), ...(delim !== undefined ? { delimiter: delim } : {}),
        ...(flag(values, 'relax-quotes') ? { relaxQuotes: true } : {}),
      })
      const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean)
      const pretty = !flag(values, 'json') && (io.stdout as NodeJS.WriteStream).isTTY === true
      for (const l of lines) io.stdout.write(pretty ? JSON.stringify(JSON.parse(l), null, 2) + '\n' : l + '\n')
      const errors = (await readFile(join(rejectsDir, 'errors.json'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; _errors: { code: string; message: string }[] })
      for (const e of errors) for (const i of e._errors) io.stderr.write(`xdmap: rejected line ${e.line}: ${i.code}: ${i.message}\n`)
      const c = report.counts
      io.stderr.write(`xdmap preview: ${c.read} row${c.read === 1 ? '' : 's'}: ${c.written} mapped, ${c.rejected} rejected${report.limited ? ` (first ${limit})` : ''}\n`)
      return c.rejected ? 1 : 0
    } finally {
      await rm(rejectsDir, { recursive: true, force: true })
    }
  },
}
