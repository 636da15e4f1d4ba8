import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check, formatCheckGithub, formatCheckSummary } from '../src/commands/check.js'
import { loadSchema } from '../src/schema/load.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const BROKEN = join(ROOT, 'test', 'fixtures', 'broken.mapping.json')
const base = tmpDir('xdmap-check-')

describe('check', () => {
  it('finds every problem of a broken mapping set, each at its line', async () => {
    const report = await check(BROKEN, await loadSchema(EVENTS), { csv: join(ROOT, 'samples', 'events-timestamps.csv') })
    expect(report.ok).toBe(false)
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.mapping ?? null, f.line ?? null])
    expect(errors).toEqual([
      ['MAPPING_REQUIRED_UNFILLED', null, null],
      ['MAPPING_UNKNOWN_DESTINATION', 1, 5],
      ['MAPPING_EXPRESSION_SYNTAX', 2, 6],
      ['MAPPING_EXPRESSION_SYNTAX', 3, 7],
      ['MAPPING_DUPLICATE_DESTINATION', 5, 9],
      ['MAPPING_TYPE_MISMATCH', 6, 10],
      ['MAPPING_EXPRESSION_SYNTAX', 7, 11],
    ])
    expect(report.findings.filter((f) => f.code === 'CSV_COLUMN_UNMAPPED').map((f) => f.column)).toEqual(['email', 'currency', 'qty', 'price', 'sku2', 'qty2'])
    expect(report.dryRun).toBeUndefined() // not every mapping is usable, so no dry run
  })

  it('dry-runs a clean mapping and counts rejects by code with examples', async () => {
    const r = await check(join(ROOT, 'samples', 'order-events.mapping.json'), await loadSchema(EVENTS), { csv: join(ROOT, 'samples', 'events-timestamps.csv') })
    expect(r.dryRun).toMatchObject({ rows: 10, written: 9, rejected: 1, byCode: { CONVERT_DATETIME_INVALID: 1 } })
    expect(r.dryRun!.examples.CONVERT_DATETIME_INVALID![0]!.line).toBe(11)
    expect(r.findings.map((f) => f.code)).toEqual(['DATA_INVALID', 'MAPPING_TYPE_PARTIAL'])
    const limited = await check(join(ROOT, 'samples', 'order-events.mapping.json'), await loadSchema(EVENTS), { csv: join(ROOT, 'samples', 'events-timestamps.csv'), rows: 5 })
    expect(limited.ok).toBe(true)
    expect(limited.dryRun!.rows).toBe(5)
  })

  it('asks for the primary identity and required fields', async () => {
    const file = join(base, 'm.json')
    writeFileSync(file, JSON.stringify({ mappings: [{ sourceType: 'ATTRIBUTE', source: 'e', destination: 'personalEmail.address' }, { sourceType: 'ATTRIBUTE', source: 'c', destination: 'homeAddress.city' }] }))
    const r = await check(file, await loadSchema(PROFILE))
    expect(r.findings.map((f) => [f.severity, f.code])).toContainEqual(['error', 'MAPPING_PRIMARY_IDENTITY_UNFILLED'])
    expect(r.findings.find((f) => f.code === 'MAPPING_PRIMARY_IDENTITY_UNFILLED')!.message).toMatch(/_acme\.loyalty\.memberId is the schema's primary identity \(LOYALTYID\)/)
  })

  it('passes a clean mapping with warnings only', async () => {
    const r = await check(join(ROOT, 'mappings', 'profile.mapping.json'), await loadSchema(PROFILE), { csv: join(ROOT, 'samples', 'profile-plain.csv') })
    expect(r.errors).toBe(0)
    expect(r.ok).toBe(true)
  })

  it('writes at most 10 GitHub annotations, escaped, then a summary line; the step summary has them all', async () => {
    const report = await check(BROKEN, await loadSchema(EVENTS), { csv: join(ROOT, 'samples', 'events-timestamps.csv') })
    const extra = { severity: 'error' as const, code: 'X', message: '100% broken\nsecond line, with: colon', line: 3 }
    const all = { ...report, errors: report.errors + 1, findings: [...report.findings, extra] }
    const out = formatCheckGithub(all, 10).trim().split('\n')
    expect(out).toHaveLength(11)
    expect(out.slice(0, 10).every((l) => /^::(error|warning) file=.*title=xdmap [A-Z_]+::/.test(l))).toBe(true)
    expect(out[1]).toMatch(/^::error file=.*broken\.mapping\.json,line=5,title=xdmap MAPPING_UNKNOWN_DESTINATION::mappings\[1\]/)
    expect(out[10]).toMatch(/^xdmap check: failed: 8 errors, 6 warnings in .* \(4 more not annotated; see the job summary\)$/)
    const escaped = formatCheckGithub({ ...report, findings: [extra] })
    expect(escaped).toContain('::100%25 broken%0Asecond line, with: colon')
    expect(formatCheckSummary(all).split('\n').filter((l) => l.startsWith('| error') || l.startsWith('| warning'))).toHaveLength(14)
  })
})

describe('xdmap check (CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } })

  it('exits 0 when clean, 1 when invalid, 2 on usage errors', () => {
    expect(cli(['--schema', 'schemas/profile.schema.json', '--mapping', 'mappings/profile.mapping.json']).status).toBe(0)
    const bad = cli(['--schema', 'schemas/order-event.schema.json', '--mapping', 'test/fixtures/broken.mapping.json'])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/^error: MAPPING_REQUIRED_UNFILLED/)
    expect(bad.stdout).toMatch(/FAILED: 6 errors, 0 warnings/)
    expect(cli(['--mapping', 'x.json']).status).toBe(2)
    expect(cli(['--schema', 'schemas/profile.schema.json', '--mapping', 'x.json', '--format', 'xml']).status).toBe(2)
  })

  it('prints one JSON report, and GitHub annotations plus $GITHUB_STEP_SUMMARY', () => {
    const json = cli(['--schema', 'schemas/order-event.schema.json', '--mapping', 'samples/order-events.mapping.json', '--csv', 'samples/events-timestamps.csv', '--format', 'json'])
    expect(json.status).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errors: 1, dryRun: { rows: 10, rejected: 1 } })
    const summary = join(base, 'summary.md')
    const gh = cli(['--schema', 'schemas/order-event.schema.json', '--mapping', 'test/fixtures/broken.mapping.json', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary })
    expect(gh.status).toBe(1)
    expect(gh.stdout.split('\n')[0]).toMatch(/^::error file=test\/fixtures\/broken\.mapping\.json,title=xdmap MAPPING_REQUIRED_UNFILLED::/)
    expect(readFileSync(summary, 'utf8')).toMatch(/^### xdmap check: test\/fixtures\/broken\.mapping\.json: failed \(6 errors, 0 warnings\)/)
  })
})
