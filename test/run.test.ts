import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { XdmapError } from '../src/util/errors.js'
import { EVENTS, PROFILE } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'
import { csvRunner, SIMPLE_MAPPING } from './helpers/run-csv.js'


const base = tmpDir('xdmap-run-')
const runCsv = csvRunner('xdmap-run-cases-')

describe('run', () => {
  it('fails the threshold above --max-errors and says so in the manifest', async () => {
    const csv = 'id,name,pts\n' + Array.from({ length: 20 }, (_, i) => `${i},n${i},${i === 3 ? 'x' : i}`).join('\n')
    const ok = await runCsv(csv, { maxErrors: '5%' })
    expect(ok.report.exitCode).toBe(0)
    expect(ok.report.threshold).toEqual({ limit: '5%', rejected: 1, read: 20, passed: true })
    const failed = await runCsv(csv, { maxErrors: '4%' })
    expect(failed.report.exitCode).toBe(1)
    expect(JSON.parse(failed.read('manifest.json')).status).toBe('failed')
    expect((await runCsv(csv, { maxErrors: 0 })).report.threshold.passed).toBe(false)
    expect((await runCsv(csv, { maxErrors: '1' })).report.threshold.passed).toBe(true)
  })

  it('keeps a row with a failed conversion under null-field, and counts the nulled field', async () => {
    const { report, read } = await runCsv('id,name,pts\n1,a,1.5\n2,b,2\n', { onConversionError: 'null-field' })
    expect(report.counts).toMatchObject({ read: 2, written: 2, rejected: 0, nulledFields: 1, issuesByCode: { CONVERT_NOT_INTEGER: 1 } })
    expect(read('part-00001.json').split('\n')[0]).toBe('{"_id":"1","person":{"name":{"firstName":"a"}}}')
  })

  it('reads stdin when the input is -', async () => {
    const out = join(base, 'stdin-out')
    const report = await run({ input: '-', stdin: Readable.from([Buffer.from('id,name,pts\n1,a,'), Buffer.from('1\n')]), schema: PROFILE, mapping: SIMPLE_MAPPING, out })
    expect(report.counts.written).toBe(1)
    expect(report.input.path).toBe('-')
    expect(readFileSync(join(out, 'part-00001.json'), 'utf8')).toBe('{"_id":"1","person":{"name":{"firstName":"a"}},"_acme":{"loyalty":{"points":1}}}\n')
  })

  it('rejects rows holding bytes that are not valid UTF-8, pointing at windows-1252', async () => {
    const { report, read } = await runCsv(Buffer.from('id,name,pts\n1,Ren\xe9e,1\n2,ok,2\n', 'latin1'), { maxErrors: '100%' })
    expect(report.counts).toMatchObject({ read: 2, written: 1, rejected: 1 })
    const err = JSON.parse(read('errors.json'))
    expect(err).toMatchObject({ line: 2, record: 1, column: 'name', _errors: [{ code: 'CSV_INVALID_ENCODING' }] })
    expect(err._errors[0].message).toMatch(/--encoding windows-1252/)
  })

  it('rejects a row with a huge field without failing the run', async () => {
    const csv = `id,name,pts\n1,${'x'.repeat(3 * 1024 * 1024)},1\n2,b,2\n`
    const { report, read } = await runCsv(csv, { maxErrors: '100%' })
    expect(report.counts).toMatchObject({ read: 2, written: 1, rejected: 1, rejectedByClass: { parsing: 1 } })
    expect(JSON.parse(read('errors.json'))._errors[0].code).toBe('CSV_FIELD_TOO_LARGE')
    // the rejected row is cut just past the limit (so it is rejected again on a re-run), not the whole 3 MB field
    expect(read('rejects.csv').length).toBeLessThan(1024 * 1024 + 2000)
  })

  it('rejects records over the record size limit', async () => {
    const { report, read } = await runCsv(`id,name,pts\n1,${'x'.repeat(300)},1\n2,b,2\n`, { maxRecordBytes: 200, maxErrors: '100%' })
    expect(report.counts.rejected).toBe(1)
    expect(JSON.parse(read('errors.json'))._errors[0].code).toBe('XDM_RECORD_TOO_LARGE')
  })

  it('applies AEP record limits by class: 10 KB for ExperienceEvent', async () => {
    const dir = join(base, 'ee')
    mkdirSync(dir)
    writeFileSync(join(dir, 'in.csv'), `id,ts,name\n1,2020-01-01T00:00:00Z,${'x'.repeat(11000)}\n2,2020-01-01T00:00:00Z,ok\n`)
    const report = await run({ input: join(dir, 'in.csv'), schema: EVENTS, mapping: { mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' }, { sourceType: 'ATTRIBUTE', source: 'ts', destination: 'timestamp' },
      { sourceType: 'ATTRIBUTE', source: 'name', destination: 'web.webPageDetails.name' },
    ] }, out: join(dir, 'out'), maxErrors: '100%' })
    expect(report.options.maxRecordBytes).toBe(10240)
    expect(report.counts.issuesByCode).toEqual({ XDM_RECORD_TOO_LARGE: 1 })
  })

  it('splits output at --max-file-bytes with every row accounted for', async () => {
    const rows = 5000
    const csv = 'id,name,pts\n' + Array.from({ length: rows }, (_, i) => `${i},name-${i},${i % 17 === 0 ? 'bad' : i}`).join('\n') + '\n'
    const { report, out } = await runCsv(csv, { maxFileBytes: 20_000, maxErrors: '100%' })
    expect(report.files.length).toBeGreaterThan(5)
    expect(report.files.reduce((a, f) => a + f.rows, 0)).toBe(report.counts.written)
    expect(report.counts.read).toBe(rows)
    expect(report.counts.written + report.counts.rejected).toBe(rows)
    for (const f of report.files) expect(readFileSync(join(out, f.name)).length).toBeLessThanOrEqual(20_000)
    const ids = report.files.flatMap((f) => readFileSync(join(out, f.name), 'utf8').split('\n').filter(Boolean).map((l) => Number(JSON.parse(l)._id)))
    expect(ids).toEqual(Array.from({ length: rows }, (_, i) => i).filter((i) => i % 17 !== 0))
  })

  it('clears the outputs of an earlier run, so no stale batch file or manifest survives', async () => {
    const first = await runCsv('id,name,pts\n' + Array.from({ length: 300 }, (_, i) => `${i},a,1`).join('\n'), { maxFileBytes: 2000 })
    expect(first.report.files.length).toBeGreaterThan(2)
    writeFileSync(join(first.out, 'keep.txt'), 'mine')
    const again = await run({ input: join(first.out, '..', 'in.csv'), schema: PROFILE, mapping: SIMPLE_MAPPING, out: first.out })
    expect(again.files.length).toBe(1)
    expect(readdirSync(first.out).sort()).toEqual(['errors.json', 'keep.txt', 'manifest.json', 'part-00001.json', 'rejects.csv'])
  })

  it('writes no manifest when the run stops on a configuration error', async () => {
    const dir = join(base, 'cfg')
    mkdirSync(dir)
    writeFileSync(join(dir, 'in.csv'), 'id,other\n1,2\n')
    await expect(run({ input: join(dir, 'in.csv'), schema: PROFILE, mapping: SIMPLE_MAPPING, out: join(dir, 'out') })).rejects.toThrow(/column "name" is not in the CSV header/)
    expect(existsSync(join(dir, 'out', 'manifest.json'))).toBe(false)
  })

  it('gives clear errors for an empty file, a missing file and bad options', async () => {
    await expect(runCsv('')).rejects.toMatchObject({ code: 'CSV_EMPTY' })
    await expect(run({ input: join(base, 'none.csv'), schema: PROFILE, mapping: SIMPLE_MAPPING, out: join(base, 'x') })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' })
    await expect(runCsv('id,name,pts\n', { maxErrors: 'lots' })).rejects.toMatchObject({ code: 'OPTION_MAX_ERRORS' })
    await expect(runCsv('id,name,pts\n', { timezone: 'Nowhere/City' })).rejects.toMatchObject({ code: 'OPTION_TIMEZONE' })
    await expect(runCsv('id,name,pts\n', { encoding: 'klingon' })).rejects.toBeInstanceOf(XdmapError)
  })

  it('accepts a header-only file: nothing read, nothing written, run ok', async () => {
    const { report, read } = await runCsv('id,name,pts\n')
    expect(report.counts).toMatchObject({ read: 0, written: 0, rejected: 0 })
    expect(report.files).toEqual([])
    expect(read('rejects.csv')).toBe('id,name,pts\n')
  })

  it('reports the manifest the issue asks for', async () => {
    const { report, read } = await runCsv('id,name,pts\n1,a,1\n2,b,x\n', { maxErrors: '100%' })
    const m = JSON.parse(read('manifest.json'))
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['schema', 'mapping', 'input', 'format', 'files', 'counts', 'threshold', 'startedAt', 'finishedAt', 'status']))
    expect(m.schema.id).toBe('https://ns.adobe.com/acme/schemas/6b3a9f1c2d4e5f60718293a4b5c6d7e8')
    expect(m.input.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(m.input.bytes).toBe(Buffer.byteLength('id,name,pts\n1,a,1\n2,b,x\n'))
    expect(m.counts).toMatchObject({ read: 2, written: 1, rejected: 1, rejectedByClass: { conversion: 1 }, issuesByCode: { CONVERT_NOT_NUMBER: 1 } })
    expect(m.files[0]).toMatchObject({ name: 'part-00001.json', rows: 1 })
    expect(report.firstRejects[0]).toMatchObject({ line: 3, code: 'CONVERT_NOT_NUMBER' })
  })
})
