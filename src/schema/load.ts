import { buildCatalog, type FieldCatalog } from './catalog.js'
import { readSchemaSource, type SchemaSourceOptions } from './sources.js'

export interface LoadSchemaOptions extends SchemaSourceOptions {}

/**
 * Loads a schema into its field catalog. The reference is a file in the registry's resolved shape, a raw
 * adobe/xdm source (with `components`), or `registry:<$id | meta:altId>` (pulled once, then cached).
 */
export async function loadSchema(ref: string, options: LoadSchemaOptions = {}): Promise<FieldCatalog> {
  const { schema, source } = await readSchemaSource(ref, options)
  return buildCatalog(schema, source)
}
