import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunOptions } from '../../src/plan/options.js'
import { ROOT } from './fixtures.js'

export const SAMPLES = join(ROOT, 'samples')

/** The golden cases: every samples/<case>.csv that is not an expected output. */
export function goldenCases(): string[] {
  return readdirSync(SAMPLES).filter((f) => f.endsWith('.csv') && !f.includes('.expected')).map((f) => f.slice(0, -4)).sort()
}

/** Run options of a case: <case>.options.json (schema, mapping, options), defaults filled in, paths absolute. */
export function caseOptions(name: string): Omit<RunOptions, 'out'> {
  const file = join(SAMPLES, `${name}.options.json`)
  const extra = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<RunOptions> & { schema?: string; mapping?: string }) : {}
  return {
    ...extra,
    input: join(SAMPLES, `${name}.csv`),
    schema: join(ROOT, extra.schema ?? 'schemas/profile.schema.json'),
    mapping: join(ROOT, extra.mapping ?? `samples/${name}.mapping.json`),
  }
}
