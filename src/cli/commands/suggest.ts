import { DEFAULT_THRESHOLD } from '../../suggest/threshold.js'
import { XdmapError } from '../../util/errors.js'
import type { SuggestOptions } from '../../suggest/index.js'
import { count, decimal, delimiter, oneOf, required, str } from '../args.js'
import { writeOut } from '../render.js'
import { SCHEMA_SOURCE_OPTIONS, schemaSourceOptions } from '../schema-options.js'
import { ENCODING_OPTION, DELIMITER_OPTION, type CommandArgs, type CommandSpec } from '../spec.js'

/** `xdmap suggest`: propose a mapping set from a CSV's header and sampled values. */

export function normalize(args: CommandArgs): { csv: string; schema: string; out?: string; format: 'text' | 'json'; options: SuggestOptions } {
  const { values, positionals } = args
  if (positionals.length !== 1) throw new XdmapError('USAGE', 'suggest takes one CSV file')
  const schema = required(values, 'schema', 'suggest')
  const format = oneOf(values, 'format', ['text', 'json'] as const) ?? 'text'
  const sample = count(values, 'sample', 1)
  const threshold = decimal(values, 'threshold', 0, 1)
  const encoding = str(values, 'encoding')
  const delim = delimiter(values)
  const out = str(values, 'out')
  return {
    csv: positionals[0]!, schema, format, ...(out !== undefined ? { out } : {}),
    options: {
      ...(sample !== undefined ? { sample } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
      ...(delim !== undefined ? { delimiter: delim } : {}),
    },
  }
}

export const command: CommandSpec = {
  name: 'suggest',
  summary: 'propose a mapping set from a CSV\'s header and a sample of its values',
  usage: ['suggest <csv> --schema SCHEMA [--out FILE] [--format text|json] [--sample N] [--threshold T]'],
  options: [
    { name: 'schema', short: 's', type: 'string', value: 'SCHEMA', help: 'XDM schema (a file, a raw adobe/xdm source with --components, or registry:<id>)' },
    { name: 'out', short: 'o', type: 'string', value: 'FILE', help: 'write the suggested mapping set (a file run accepts unchanged)' },
    { name: 'format', type: 'string', value: 'text|json', help: 'what stdout shows: a table, or the suggestions with confidences, reasons and alternatives', default: 'text' },
    { name: 'sample', type: 'string', value: 'N', help: 'rows sampled (1 or more)', default: '1000' },
    { name: 'threshold', type: 'string', value: 'T', help: 'lowest confidence suggested, 0 to 1', default: String(DEFAULT_THRESHOLD) },
    ENCODING_OPTION,
    DELIMITER_OPTION,
    ...SCHEMA_SOURCE_OPTIONS,
  ],
  examples: [
    'suggest samples/profile-plain.csv -s schemas/profile.schema.json',
    'suggest export.tsv -s schemas/profile.schema.json --delimiter tab -o mappings/export.mapping.json',
  ],
  async main(args, io) {
    const o = normalize(args)
    const { loadSchema } = await import('../../schema/load.js')
    const { sampleCsv, suggestFrom, toMappingSet, formatSuggestions } = await import('../../suggest/index.js')
    const catalog = await loadSchema(o.schema, schemaSourceOptions(args.values))
    const { header, rows } = await sampleCsv(o.csv, o.options)
    const result = suggestFrom(header, rows, catalog, o.options)
    if (o.out) await writeOut(io, o.out, JSON.stringify(toMappingSet(result), null, 2) + '\n')
    if (o.format === 'json') io.stdout.write(JSON.stringify(result, null, 2) + '\n')
    else io.stdout.write(formatSuggestions(result, Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[i])?.[i]]))))
    return 0
  },
}
