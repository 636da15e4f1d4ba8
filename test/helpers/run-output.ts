import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../../src/commands/run.js'
import { PROFILE, ROOT } from './fixtures.js'

/** A real `run()` output directory: `rows` profile records in part files of `maxRows` each. */
export async function makeRunOutput(out: string, options: { rows: number; maxRows?: number; maxErrors?: string; multiline?: boolean; bad?: number }): Promise<void> {
  const lines = readFileSync(join(ROOT, 'samples', 'profile-plain.csv'), 'utf8').trimEnd().split('\n')
  const header = lines[0]!
  const body = lines.slice(1, 5)
  const csv = [header]
  for (let i = 0; i < options.rows; i++) csv.push(body[i % body.length]!.replace(/^C-\d+/, `C-${100000 + i}`))
  for (let i = 0; i < (options.bad ?? 0); i++) csv.push(body[0]!.replace(/^C-\d+/, `C-9${i}`).replace('2004-09-25', 'not-a-date'))
  const input = `${out}.csv`
  writeFileSync(input, csv.join('\n') + '\n')
  await run({
    input, schema: PROFILE, mapping: join(ROOT, 'mappings', 'profile.mapping.json'), out, threads: 0,
    ...(options.maxRows ? { maxRows: options.maxRows } : {}), ...(options.maxErrors ? { maxErrors: options.maxErrors } : {}), ...(options.multiline ? { multiline: true } : {}),
  })
}
