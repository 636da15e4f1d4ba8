import { XdmapError } from '../../util/errors.js'
import { flag, list, oneOf, str } from '../args.js'
import { writeOut } from '../render.js'
import { SCHEMA_SOURCE_OPTIONS, schemaSourceOptions } from '../schema-options.js'
import type { CommandArgs, CommandSpec } from '../spec.js'

/** `xdmap schema pull|compose|show`: fetch, compose from adobe/xdm sources, and list a schema's fields. */

type Sub = 'pull' | 'compose' | 'show'

export function normalize(args: CommandArgs): { sub: Sub; target?: string; format: 'text' | 'json'; container?: 'tenant' | 'global' } {
  const [sub, ...rest] = args.positionals
  if (sub !== 'pull' && sub !== 'compose' && sub !== 'show') throw new XdmapError('USAGE', sub ? `Unknown schema command ${JSON.stringify(sub)}: use pull, compose or show` : 'schema needs a command: pull, compose or show')
  const container = oneOf(args.values, 'container', ['tenant', 'global'] as const)
  const format = oneOf(args.values, 'format', ['text', 'json'] as const) ?? 'text'
  if (sub === 'pull' && rest.length !== 1) throw new XdmapError('USAGE', 'schema pull takes one schema $id or meta:altId')
  if (sub === 'show' && rest.length !== 1) throw new XdmapError('USAGE', 'schema show takes one schema')
  if (sub === 'compose') {
    if (rest.length) throw new XdmapError('USAGE', `schema compose takes no positional arguments (got ${rest.join(' ')})`)
    if (!str(args.values, 'class')) throw new XdmapError('USAGE', 'schema compose needs --class ID')
    if (!str(args.values, 'components')) throw new XdmapError('USAGE', 'schema compose needs --components DIR')
  }
  return { sub, format, ...(rest[0] !== undefined ? { target: rest[0] } : {}), ...(container ? { container } : {}) }
}

export const command: CommandSpec = {
  name: 'schema',
  summary: 'pull a schema from the Schema Registry, compose one from adobe/xdm sources, or list its fields',
  usage: [
    'schema pull <$id|meta:altId> [--out FILE] [--descriptors] [--container tenant|global]',
    'schema compose --class ID [--field-group ID ...] --components DIR [--id ID] [--title T] [--out FILE]',
    'schema show <SCHEMA> [--format text|json] [--filter TEXT] [--required] [--identities]',
  ],
  options: [
    { name: 'out', short: 'o', type: 'string', value: 'FILE', help: 'pull, compose: write the schema to FILE (default stdout)' },
    { name: 'descriptors', type: 'boolean', help: 'pull: keep the identity descriptors (xed-full-desc)' },
    { name: 'container', type: 'string', value: 'tenant|global', help: 'pull: the registry container', default: 'from the id' },
    { name: 'class', type: 'string', value: 'ID', help: 'compose: the class $id' },
    { name: 'field-group', type: 'string', multiple: true, value: 'ID', help: 'compose: a field group $id (repeat for more)' },
    { name: 'id', type: 'string', value: 'ID', help: "compose: the composed schema's $id" },
    { name: 'title', type: 'string', value: 'T', help: "compose: the composed schema's title" },
    { name: 'format', type: 'string', value: 'text|json', help: 'show: a table or JSON', default: 'text' },
    { name: 'filter', type: 'string', value: 'TEXT', help: 'show: only fields whose path or title contains TEXT' },
    { name: 'required', type: 'boolean', help: 'show: only required fields' },
    { name: 'identities', type: 'boolean', help: 'show: only identity fields' },
    ...SCHEMA_SOURCE_OPTIONS,
  ],
  examples: [
    'schema pull _acme.schemas.profile -o schemas/profile.schema.json --descriptors',
    'schema compose --class https://ns.adobe.com/xdm/context/profile --field-group https://ns.adobe.com/xdm/context/profile-person-details --components xdm/components',
    'schema show schemas/profile.schema.json --filter address',
  ],
  notes: 'Registry access reads AEP_CLIENT_ID, AEP_CLIENT_SECRET, AEP_SCOPES, AEP_ORG_ID, AEP_SANDBOX (and AEP_PLATFORM_URL, AEP_IMS_URL) from the environment or from --credentials FILE; a variable set in the environment wins over the file.',
  async main(args, io) {
    const o = normalize(args)
    const { values } = args
    const out = str(values, 'out')
    switch (o.sub) {
      case 'pull': {
        const { pullSchema } = await import('../../schema/sources.js')
        const got = await pullSchema(o.target!, { ...schemaSourceOptions(values), refresh: !flag(values, 'offline'), descriptors: flag(values, 'descriptors'), ...(o.container ? { container: o.container } : {}) })
        await writeOut(io, out, JSON.stringify(got.schema, null, 2) + '\n')
        return 0
      }
      case 'compose': {
        const { ComponentIndex, composeSchema } = await import('../../schema/xdm-sources.js')
        const { buildCatalog } = await import('../../schema/catalog.js')
        const index = await ComponentIndex.load(str(values, 'components')!)
        const id = str(values, 'id')
        const title = str(values, 'title')
        const schema = composeSchema(index, { classId: str(values, 'class')!, fieldGroups: list(values, 'field-group'), ...(id ? { id } : {}), ...(title ? { title } : {}) })
        buildCatalog(schema, 'composed')
        await writeOut(io, out, JSON.stringify(schema, null, 2) + '\n')
        return 0
      }
      case 'show': {
        const { loadSchema } = await import('../../schema/load.js')
        const { fieldRows, formatFieldTable } = await import('../../schema/show.js')
        const catalog = await loadSchema(o.target!, schemaSourceOptions(values))
        const filter = str(values, 'filter')
        const rows = fieldRows(catalog, { ...(filter ? { filter } : {}), ...(flag(values, 'required') ? { required: true } : {}), ...(flag(values, 'identities') ? { identities: true } : {}) })
        io.stdout.write(o.format === 'json' ? JSON.stringify({ schema: catalog.id, title: catalog.title ?? null, fields: rows }, null, 2) + '\n' : formatFieldTable(rows, (io.stdout as NodeJS.WriteStream).columns ?? 200))
        return 0
      }
    }
  },
}
