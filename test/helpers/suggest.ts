import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { run } from '../../src/index.js'
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

/**
 * Rows (header first, written `;`-separated) through run() with a mapping set, in a new folder under `base` (a test
 * file's tmpDir): the report's written and rejected counts and the records written.
 */
export async function runMapping<T>(base: string, schema: string, table: string[][], mapping: object): Promise<{ written: number; rejected: number; records: T[] }> {
  const dir = mkdtempSync(join(base, 'case-'))
  writeFileSync(join(dir, 'in.csv'), table.map((x) => x.join(';')).join('\n') + '\n')
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping))
  const report = await run({ input: join(dir, 'in.csv'), schema: join(ROOT, schema), mapping: join(dir, 'mapping.json'), out: join(dir, 'out'), threads: 0 })
  const records = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('part-')).flatMap((f) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n')).filter(Boolean).map((l) => JSON.parse(l) as T)
  return { written: report.counts.written, rejected: report.counts.rejected, records }
}
