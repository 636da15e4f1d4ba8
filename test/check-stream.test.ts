import { spawnSync } from 'node:child_process'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check } from '../src/commands/check.js'
import { run } from '../src/commands/run.js'
import { loadSchema } from '../src/schema/load.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-check-stream-')
const mapping = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
  { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
  { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.loyalty.memberId' },
] }

describe('check: one pass', () => {
  it('lists a shape problem, an unknown destination, a bad STATIC and an overlap together, each at its own index and line, messages unrewritten', async () => {
    const dir = join(base, 'onepass')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'm.json')
    writeFileSync(file, JSON.stringify({ mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id' },
      { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.frstName' },
      { sourceType: 'STATIC', source: 'lots', destination: '_acme.loyalty.points' },
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'BOGUS', source: 'x', destination: '_id' },
    ] }, null, 2))
    const r = await check(file, await loadSchema(PROFILE))
    const errors = r.findings.filter((f) => f.severity === 'error' && f.mapping !== undefined).map((f) => [f.code, f.mapping, f.line])
    expect(errors).toEqual([
      ['MAPPING_INVALID', 0, 3],
      ['MAPPING_UNKNOWN_DESTINATION', 1, 7],
      ['MAPPING_STATIC_TYPE', 2, 12],
      ['MAPPING_INVALID', 4, 22],
    ])
    for (const f of r.findings.filter((x) => x.mapping !== undefined && x.mapping > 0)) expect(f.message).not.toMatch(/mappings\[0\]|\/mappings\/0/)
  })
})

describe('check --csv', () => {
  it('agrees with run on --max-errors: a file run accepts is not a failed check', async () => {
    const dir = join(base, 'agree')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'm.json'), JSON.stringify(mapping))
    // 3 bad rows of 100: 3% passes the default 5%, fails 2%
    writeFileSync(join(dir, 'in.csv'), 'id,name,pts\n' + Array.from({ length: 100 }, (_, i) => `${i},n${i},${i % 40 === 1 ? 'x' : i}`).join('\n') + '\n')
    const catalog = await loadSchema(PROFILE)
    for (const maxErrors of [undefined, '5%', '2%', 3, 2] as const) {
      const r = await run({ input: join(dir, 'in.csv'), schema: catalog, mapping: join(dir, 'm.json'), out: join(dir, 'out'), ...(maxErrors !== undefined ? { maxErrors } : {}) })
      const c = await check(join(dir, 'm.json'), catalog, { csv: join(dir, 'in.csv'), rows: 'all', ...(maxErrors !== undefined ? { maxErrors } : {}) })
      expect(c.dryRun).toMatchObject({ rows: 100, rejected: 3, threshold: { passed: r.threshold.passed } })
      expect(c.ok).toBe(r.exitCode === 0)
      expect(c.findings.map((f) => f.code)).toContain(r.exitCode === 0 ? 'DATA_REJECTS' : 'DATA_INVALID')
    }
  })

  it('--rows all streams: 400k rows in a process capped at 96 MB of heap', { timeout: 120_000 }, async () => {
    const dir = join(base, 'big')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'm.json'), JSON.stringify(mapping))
    const file = join(dir, 'in.csv')
    const out = createWriteStream(file)
    out.write('id,name,pts\n')
    for (let i = 0; i < 400_000; i++) out.write(`${i},a fairly long name to make rows larger ${i},${i % 1000 === 7 ? 'x' : i}\n`)
    await new Promise((r) => out.end(r))
    const res = spawnSync(process.execPath, ['--max-old-space-size=96', join(ROOT, 'dist/cli.js'), 'check', '--schema', PROFILE, '--mapping', join(dir, 'm.json'), '--csv', file, '--rows', 'all', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, MALLOC_ARENA_MAX: '2' } })
    expect(res.stderr).toBe('')
    const report = JSON.parse(res.stdout)
    expect(report.dryRun).toMatchObject({ rows: 400_000, rejected: 400, written: 399_600 })
    expect(res.status).toBe(0)
  })
})
