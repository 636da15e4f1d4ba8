import type { SchemaSourceOptions } from '../schema/sources.js'
import { flag, str } from './args.js'
import type { CommandArgs, OptionSpec } from './spec.js'

/** The options that say where a schema comes from (run, check, suggest, schema). */
export const SCHEMA_SOURCE_OPTIONS: OptionSpec[] = [
  { name: 'components', type: 'string', value: 'DIR', help: 'adobe/xdm components directory, to resolve raw adobe/xdm schema sources' },
  { name: 'credentials', type: 'string', value: 'FILE', help: '.env file with the AEP_* variables (variables already set in the environment win)' },
  { name: 'offline', type: 'boolean', help: 'use cached registry schemas only, never the network' },
  { name: 'refresh', type: 'boolean', help: 'revalidate a cached registry schema (ETag)' },
]

export function schemaSourceOptions(values: CommandArgs['values']): SchemaSourceOptions {
  const components = str(values, 'components')
  const credentials = str(values, 'credentials')
  return {
    ...(components !== undefined ? { components } : {}),
    ...(credentials !== undefined ? { credentials } : {}),
    ...(flag(values, 'offline') ? { offline: true } : {}),
    ...(flag(values, 'refresh') ? { refresh: true } : {}),
  }
}
