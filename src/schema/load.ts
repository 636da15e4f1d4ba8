import { XdmapError } from '../errors.js'
import { readJsonFile } from '../json-file.js'
import { buildCatalog, type FieldCatalog } from './catalog.js'

export interface LoadSchemaOptions {
  /** Base directory for relative paths. */
  cwd?: string
}

/** A schema source turns a reference into the registry's resolved shape. More sources plug in here. */
export interface SchemaSource {
  /** True if this source handles the reference. */
  accepts(ref: string): boolean
  load(ref: string, options: LoadSchemaOptions): Promise<{ schema: Record<string, unknown>; source: string }>
}

const fileSource: SchemaSource = {
  accepts: () => true,
  async load(ref) {
    const { value } = await readJsonFile(ref, 'SCHEMA_INVALID')
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new XdmapError('SCHEMA_INVALID', `${ref} does not hold a JSON Schema object`, { file: ref })
    }
    return { schema: value as Record<string, unknown>, source: ref }
  },
}

const sources: SchemaSource[] = []

/** Adds a schema source (registry, adobe/xdm sources) ahead of the plain file source. */
export function registerSchemaSource(source: SchemaSource): void {
  sources.unshift(source)
}

/** Loads a schema (a file path, or anything a registered source accepts) into its field catalog. */
export async function loadSchema(ref: string, options: LoadSchemaOptions = {}): Promise<FieldCatalog> {
  const source = [...sources, fileSource].find((s) => s.accepts(ref))!
  const { schema, source: where } = await source.load(ref, options)
  return buildCatalog(schema, where)
}
