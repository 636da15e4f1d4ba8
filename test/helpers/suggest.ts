import { join } from 'node:path'
import { expect } from 'vitest'
import type { FieldCatalog } from '../../src/schema/catalog.js'
import { loadSchema } from '../../src/schema/load.js'
import { suggestFrom } from '../../src/suggest/index.js'
import { ROOT } from './fixtures.js'

/** The schemas of the suggestion corpus (bench/suggest/schemas), relative to the repository root. */
export const PROFILE_RICH = join('bench', 'suggest', 'schemas', 'profile-rich.schema.json')
export const EVENT_RICH = join('bench', 'suggest', 'schemas', 'event-rich.schema.json')
export const B2B_PERSON = join('bench', 'suggest', 'schemas', 'b2b-person.schema.json')

const catalogs = new Map<string, Promise<FieldCatalog>>()
/** A schema (path relative to the repository root) loaded once per test file. */
export const catalogOf = (p: string): Promise<FieldCatalog> => { if (!catalogs.has(p)) catalogs.set(p, loadSchema(join(ROOT, p))); return catalogs.get(p)! }

/**
 * Suggestions for columns given as name → values (cycled over 6 rows): the result, each column's destination and
 * the reason given for it (the unmapped reason, else the mapping's).
 */
export const suggestOnColumns = async (schema: string, cols: Record<string, string[]>) => {
  const header = Object.keys(cols)
  const rows = Array.from({ length: 6 }, (_, i) => header.map((h) => cols[h]![i % cols[h]!.length]!))
  const r = suggestFrom(header, rows, await catalogOf(schema))
  return { r, to: (c: string) => r.mappings.find((m) => m.source === c)?.destination, why: (c: string) => r.unmapped.find((u) => u.source === c)?.reason ?? r.mappings.find((m) => m.source === c)?.reason }
}

/** Asserts where each named column of a made-up header goes (its suggested destination). */
export async function expectDestinations(schema: string, cols: Record<string, string[]>, want: Record<string, string>): Promise<void> {
  const { to } = await suggestOnColumns(schema, cols)
  for (const [c, d] of Object.entries(want)) expect(to(c), c).toBe(d)
}
