import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/commands/run.js'
import { type RunOptions } from '../../src/plan/options.js'
import { PROFILE } from './fixtures.js'
import { tmpDir } from './tmp.js'

/** id, name, pts → _id, person.name.firstName, _acme.loyalty.points (schemas/profile.schema.json). */
export const SIMPLE_MAPPING = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
  { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
  { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
] }

/**
 * A runner of small CSV texts through run(): each call writes `csv` to a fresh case directory under one temporary
 * base and runs it with the profile schema and SIMPLE_MAPPING, `defaults` then `options` on top.
 */
export function csvRunner(prefix: string, defaults: Partial<RunOptions> = {}) {
  const base = tmpDir(prefix)
  let n = 0
  return async (csv: string | Buffer, options: Partial<RunOptions> = {}) => {
    const dir = join(base, `case-${++n}`)
    mkdirSync(dir, { recursive: true })
    const input = join(dir, 'in.csv')
    writeFileSync(input, csv)
    const out = join(dir, 'out')
    const report = await run({ input, schema: PROFILE, mapping: SIMPLE_MAPPING, out, ...defaults, ...options })
    const read = (f: string): string => readFileSync(join(out, f), 'utf8')
    const parts = (): { _id: string }[] => read('part-00001.json').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { _id: string })
    return { report, out, dir, read, parts, bytes: (f: string) => readFileSync(join(out, f)) }
  }
}
