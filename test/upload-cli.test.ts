import { execFile } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_SECRET, standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'
import { ROOT } from './helpers/fixtures.js'
import { makeRunOutput } from './helpers/run-output.js'
import { tmpDir } from './helpers/tmp.js'

/** `xdmap upload` as a process (the built binary, dist/cli.js): exit codes, summary, no secrets. */
const ENTRY = join(ROOT, 'dist', 'cli.js')
let aep: Standin
const base = tmpDir('xdmap-upload-cli-')
let template: string
let n = 0

beforeAll(async () => {
  aep = await startStandin()
  template = join(base, 'template')
  await makeRunOutput(template, { rows: 30, maxRows: 10 })
})
afterAll(async () => { await aep.close() })

function outDir(): string {
  const d = join(base, `run-${++n}`)
  cpSync(template, d, { recursive: true })
  return d
}

function xdmap(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTRY, 'upload', ...args], { env: { ...process.env, ...standinEnv(aep.url), ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })
}
const FAST = ['--backoff', '1ms', '--timeout', '2s', '--poll', '1ms']

describe('xdmap upload (CLI)', () => {
  it('exit 0 with a summary; --wait prints the record counts', async () => {
    aep.outcome = { status: 'success' }
    const r = await xdmap([outDir(), '--dataset', 'ds-profile', '--wait', ...FAST])
    expect(r.stderr).toMatch(/created batch \S+\nupload part-00001\.json \(1\/3, [\d.]+ KiB\)\n/)
    expect(r.stdout).toMatch(/^batch \S+ \(dataset ds-profile\): 3 files, [\d.]+ KiB; sent 3 now, 0 already confirmed; completed\nstatus success: inputRecordCount 30, outputRecordCount 30, failedRecordCount 0\n$/)
    expect(r.code).toBe(0)
  })

  it('--json prints the report as one object', async () => {
    const r = await xdmap([outDir(), '-d', 'ds-profile', '--json', '--quiet', ...FAST])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toMatchObject({ datasetId: 'ds-profile', files: 3, completed: true, exitCode: 0 })
  })

  it('exit 1 when the batch fails in AEP: its errors and the failed-row files', async () => {
    aep.outcome = { status: 'failed', failedRecordCount: 30, errors: [{ code: 'INGEST-1555-400', description: 'A required field is either missing or has a value of null', recordCount: 30 }], rowErrors: { 'parsing_errors_0.json': '{"_corrupt_record":"x"}\n' } }
    const d = outDir()
    const r = await xdmap([d, '--dataset', 'ds-profile', '--wait', ...FAST])
    aep.outcome = { status: 'success' }
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('status failed: inputRecordCount 30, outputRecordCount 0, failedRecordCount 30')
    expect(r.stdout).toContain('  INGEST-1555-400 (30 records): A required field is either missing or has a value of null')
    expect(r.stdout).toContain(`failed rows: ${join(d, 'aep-errors', 'parsing_errors_0.json')}`)
    expect(readFileSync(join(d, 'aep-errors', 'parsing_errors_0.json'), 'utf8')).toBe('{"_corrupt_record":"x"}\n')
  })

  it('exit 2: no dataset, a bad option, a failed run, a changed file, a dataset of another schema', async () => {
    const none = await xdmap([outDir(), ...FAST])
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/USAGE: No dataset given/) })
    expect((await xdmap([outDir(), '--dataset', 'ds-profile', '--chunk-size', 'lots'])).stderr).toMatch(/--chunk-size must be a size/)
    expect((await xdmap([outDir(), '--datset', 'ds-profile'])).code).toBe(2)
    const failed = outDir()
    const m = JSON.parse(readFileSync(join(failed, 'manifest.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(failed, 'manifest.json'), JSON.stringify({ ...m, status: 'failed' }))
    expect(await xdmap([failed, '--dataset', 'ds-profile', ...FAST])).toMatchObject({ code: 2, stderr: expect.stringMatching(/UPLOAD_RUN_FAILED/) })
    const changed = outDir()
    writeFileSync(join(changed, 'part-00002.json'), '{}\n')
    expect(await xdmap([changed, '--dataset', 'ds-profile', ...FAST])).toMatchObject({ code: 2, stderr: expect.stringMatching(/UPLOAD_FILE_CHANGED: part-00002\.json has 3 bytes/) })
    const other = await xdmap([outDir(), '--dataset', 'ds-other', ...FAST])
    expect(other).toMatchObject({ code: 2, stderr: expect.stringMatching(/UPLOAD_SCHEMA_MISMATCH: Dataset ds-other uses schema https:\/\/ns\.adobe\.com\/acme\/schemas\/other, but the run was mapped to https:\/\/ns\.adobe\.com\/acme\/schemas\/6b3a/) })
  })

  it('exit 3 when the network gives up, naming the step', async () => {
    // a port that refuses connections
    const srv = createServer()
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    const port = (srv.address() as { port: number }).port
    await new Promise<void>((r) => srv.close(() => r()))
    const r = await xdmap([outDir(), '--dataset', 'ds-profile', '--attempts', '2', ...FAST], { AEP_PLATFORM_URL: `http://127.0.0.1:${port}` })
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/AEP_UNAVAILABLE: Gave up on the network at step "check the dataset": .*connection failed \(ECONNREFUSED\) after 2 attempts/)
    expect(r.stderr).toMatch(/retry: check the dataset/)
  })

  it('prints no secret or token, also under NODE_DEBUG=http,fetch with a token expiry and retries', async () => {
    aep.faults.push({ method: 'PUT', path: /part-00002\.json$/, kind: '401' }, { method: 'PUT', path: /part-00003\.json$/, kind: '503' })
    const tokens = aep.tokensIssued
    const r = await xdmap([outDir(), '--dataset', 'ds-profile', '--wait', ...FAST], { NODE_DEBUG: 'http,fetch' })
    expect(r.code).toBe(0)
    expect(aep.tokensIssued).toBe(tokens + 2)
    // the debug output is really on
    expect(r.stderr).toMatch(/HTTP \d+: /)
    expect(r.stderr).toMatch(/FETCH \d+: /)
    const all = r.stdout + r.stderr
    expect(all).not.toContain(CLIENT_SECRET)
    expect(all).not.toContain(encodeURIComponent(CLIENT_SECRET))
    expect(all).not.toMatch(/standin-token-/)
  })
})
