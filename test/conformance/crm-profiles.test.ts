import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/commands/run.js'
import { ROOT } from '../helpers/fixtures.js'
import { tmpDir } from '../helpers/tmp.js'

/**
 * Adobe's reference ETL pair (experience-platform-etl-reference, Apache-2.0): CRM_profiles.csv must map to the
 * records of CRM_profiles.json. Where xdmap deliberately differs, the difference is listed below with its reason
 * and applied to Adobe's record before the comparison; everything else must be equal as JSON values.
 */
const SHARED = join(ROOT, '..', 'shared', 'fixtures', 'etl-reference')

type Json = Record<string, unknown>
interface Difference { record: number; path: string; adobe: unknown; xdmap: unknown; reason: string }

const EMAIL_REASON = "Adobe's expected file omits the Email identity in its first five records although their EMAIL2 column holds the address (records 6-16 have it); xdmap maps every row the same way"
const LONGITUDE_REASON = "Adobe's expected longitude differs from the LONG value in its own CSV (in the last digit); xdmap keeps the value of the CSV"
const REJECT_REASON = 'DOB has a one-digit day (not ISO 8601, and no Data Prep date() pattern matches it); xdmap rejects the row as CONVERT_DATE_INVALID instead of passing an invalid XDM date, which AEP would fail'

describe.runIf(existsSync(SHARED))('Adobe ETL reference: CRM_profiles.csv → CRM_profiles.json', () => {
  it('matches every expected record, except the listed deliberate differences', async () => {
    const out = join(tmpDir('xdmap-crm-'), 'out')
    const report = await run({ input: join(SHARED, 'CRM_profiles.csv'), schema: join(ROOT, 'schemas', 'profile.schema.json'), mapping: join(ROOT, 'mappings', 'crm-profiles.mapping.json'), out, maxErrors: '100%' })
    expect(report.counts.read).toBe(259)
    expect(report.counts.read).toBe(report.counts.written + report.counts.rejected)

    const csvRows = readFileSync(join(SHARED, 'CRM_profiles.csv'), 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(`[${l}]`) as string[])
    const written = report.files.flatMap((f) => readFileSync(join(out, f.name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json))
    const byCrmId = new Map(written.map((r) => [((r.identityMap as Json).CRMID as Json[])[0]!.id as string, r]))
    const errors = readFileSync(join(out, 'errors.json'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { record: number; _errors: { code: string; field: string }[] })

    // every reject is a one-digit day or month in DOB
    for (const e of errors) {
      expect(e._errors.map((x) => [x.code, x.field])).toEqual([['CONVERT_DATE_INVALID', 'person.birthDate']])
      expect(csvRows[e.record - 1]![5]).toMatch(/^\d{4}-(\d-\d{1,2}|\d{2}-\d)$/)
    }
    expect(errors.length).toBe(csvRows.filter((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r[5]!)).length)

    const expected = JSON.parse(readFileSync(join(SHARED, 'CRM_profiles.json'), 'utf8')) as Json[]
    const differences: Difference[] = []
    const rejected: { record: number; dob: string; reason: string }[] = []
    expected.forEach((adobe, i) => {
      const crmId = ((adobe.identityMap as Json).CRMID as Json[])[0]!.id as string
      const mine = byCrmId.get(crmId)
      if (!mine) {
        expect(errors.some((e) => e.record === i + 1)).toBe(true)
        rejected.push({ record: i + 1, dob: (adobe.person as Json).birthDate as string, reason: REJECT_REASON })
        return
      }
      const patched = structuredClone(adobe) as Json
      const ids = patched.identityMap as Json
      if (!ids.Email && csvRows[i]![13]) {
        ids.Email = [{ id: csvRows[i]![13], primary: false }]
        differences.push({ record: i + 1, path: 'identityMap.Email', adobe: undefined, xdmap: ids.Email, reason: EMAIL_REASON })
      }
      const geo = (patched.homeAddress as Json)._schema as Json
      const csvLong = Number(csvRows[i]![20])
      if (geo.longitude !== csvLong) {
        differences.push({ record: i + 1, path: 'homeAddress._schema.longitude', adobe: geo.longitude, xdmap: csvLong, reason: LONGITUDE_REASON })
        geo.longitude = csvLong
      }
      expect(mine, `record ${i + 1}`).toEqual(patched)
    })

    // the list of deliberate differences, pinned so that a change in either side shows up here
    expect(rejected.map((r) => `${r.record}: ${r.dob}`)).toEqual(['4: 1979-01-3', '10: 1997-10-5', '13: 1963-10-7', '16: 2003-11-6'])
    expect(differences.filter((d) => d.reason === EMAIL_REASON).map((d) => d.record)).toEqual([1, 2, 3, 5])
    expect(differences.filter((d) => d.reason === LONGITUDE_REASON).map((d) => d.record)).toEqual([2, 5, 6, 7, 8, 9, 11, 12, 14, 15])
    console.log(`CRM_profiles: ${expected.length} expected records: ${expected.length - rejected.length} equal after ${differences.length} listed differences, ${rejected.length} rejected on purpose`)
    for (const d of [...rejected, ...differences]) console.log(`  record ${d.record}: ${'path' in d ? `${d.path}: Adobe ${JSON.stringify(d.adobe)}, xdmap ${JSON.stringify(d.xdmap)}` : `rejected (DOB ${d.dob})`} (${d.reason})`)
  })
})
