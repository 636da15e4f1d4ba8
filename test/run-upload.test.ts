import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

/** `xdmap run ... --upload --dataset ID --wait`: one command from CSV to an ingested batch, against the AEP stand-in. */
const CLI = join(ROOT, 'dist', 'cli.js')
const MAPPING = join(ROOT, 'mappings', 'profile.mapping.json')
const base = tmpDir('xdmap-run-upload-')
let aep: Standin
beforeAll(async () => { aep = await startStandin() })
afterAll(async () => { await aep.close() })

function xdmap(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, CI: 'true', ...standinEnv(aep.url) } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })
}

const FAST = ['--wait-timeout', '30s']

describe('run --upload', () => {
  it('maps, then uploads the files it wrote as one batch and waits for it: exit 0, every file received once with its bytes', async () => {
    aep.outcome = { status: 'success' }
    const out = join(base, 'ok')
    const before = aep.requests.length
    const r = await xdmap(['run', join(ROOT, 'samples', 'profile-plain.csv'), '-s', PROFILE, '-m', MAPPING, '-o', out, '--max-rows', '5', '--upload', '--dataset', 'ds-profile', '--wait', ...FAST])
    expect(r.code, r.stderr).toBe(0)
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    const puts = aep.requests.slice(before).filter((q) => q.method === 'PUT')
    expect(puts.map((q) => q.path.split('/').pop()).sort()).toEqual(manifest.files.map((f: { name: string }) => f.name).sort())
    for (const f of manifest.files) expect(puts.find((q) => q.path.endsWith(`/${f.name}`))!.sha256).toBe(f.sha256)
    expect(aep.requests.slice(before).filter((q) => q.method === 'POST' && q.query.includes('action=COMPLETE') && !q.path.includes('/files/')).length).toBe(1)
    expect(r.stdout).toMatch(/status success/)
    expect(JSON.parse(readFileSync(join(out, 'upload.json'), 'utf8')).files.every((f: { state: string }) => f.state === 'confirmed')).toBe(true)
  })

  it('uploads nothing when the run fails its threshold (exit 1), and refuses --upload without --dataset (exit 2)', async () => {
    const csv = join(base, 'bad.csv')
    const [header, ...rows] = readFileSync(join(ROOT, 'samples', 'profile-plain.csv'), 'utf8').trim().split('\n')
    writeFileSync(csv, [header, ...rows.map((r) => r.replace(/,\d{4}-\d\d-\d\d,/, ',not-a-date,'))].join('\n') + '\n')
    const before = aep.requests.length
    const r = await xdmap(['run', csv, '-s', PROFILE, '-m', MAPPING, '-o', join(base, 'bad'), '--max-errors', '0', '--upload', '--dataset', 'ds-profile'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/not uploading/)
    expect(aep.requests.length).toBe(before)
    const u = await xdmap(['run', csv, '-s', PROFILE, '-m', MAPPING, '-o', join(base, 'bad2'), '--upload'])
    expect(u.code).toBe(2)
    expect(u.stderr).toMatch(/--upload needs --dataset/)
  })
})
