import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { caseOptions, goldenCases, SAMPLES } from './helpers/samples.js'
import { tmpDir } from './helpers/tmp.js'

/**
 * One loop over every golden case: samples/<case>.csv (+ <case>.options.json, <case>.mapping.json) must give
 * exactly <case>.expected.ndjson, <case>.expected-rejects.csv and <case>.expected-errors.ndjson.
 * UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing).
 */
const cases = goldenCases()
const update = process.env.UPDATE_GOLDEN === '1'
const out = tmpDir('xdmap-golden-')

function readOrEmpty(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

describe('golden samples', () => {
  it('has the cases the engine promises', () => {
    for (const c of ['profile-plain', 'events-timestamps', 'bom', 'windows-1252', 'quoted-newlines', 'bad-dates', 'out-of-range', 'fractional-integer', 'missing-required', 'empty-cells', 'escaped-sources', 'identitymap-arrays']) {
      expect(cases).toContain(c)
    }
  })

  for (const name of cases) {
    it(name, async () => {
      const dir = join(out, name)
      // worker threads on purpose (small files would run in this thread): the Parquet loop covers the in-thread path
      const report = await run({ ...caseOptions(name), out: dir, threads: 2 })
      const records = report.files.map((f) => readFileSync(join(dir, f.name), 'utf8')).join('')
      const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8')
      const errors = readFileSync(join(dir, 'errors.json'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as {
        line: number; record: number; _errors: { code: string; field?: string; column?: string }[]
      })
      const errorSummary = errors.map((e) => JSON.stringify({
        line: e.line, record: e.record, codes: e._errors.map((x) => x.code), fields: e._errors.map((x) => x.field ?? null), columns: e._errors.map((x) => x.column ?? null),
      })).join('\n') + (errors.length ? '\n' : '')

      // accounting: every row in exactly one place
      const c = report.counts
      expect(c.read).toBe(c.written + c.rejected)
      expect(c.rejected).toBe(c.rejectedByClass.parsing + c.rejectedByClass.conversion + c.rejectedByClass.validation)
      expect(records.split('\n').filter(Boolean).length).toBe(c.written)
      expect(errors.length).toBe(c.rejected)
      expect(rejects.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(c.rejected + 1)
      for (const f of report.files) expect(readFileSync(join(dir, f.name)).length).toBe(f.bytes)
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: { read: number } }
      expect(manifest.counts.read).toBe(c.read)
      for (const line of records.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow()

      const files = {
        [`${name}.expected.ndjson`]: records,
        [`${name}.expected-rejects.csv`]: rejects,
        [`${name}.expected-errors.ndjson`]: errorSummary,
      }
      for (const [file, actual] of Object.entries(files)) {
        const path = join(SAMPLES, file)
        if (update) writeFileSync(path, actual)
        else expect(actual, file).toBe(readOrEmpty(path))
      }
    })
  }
})
