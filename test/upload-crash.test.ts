import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { UploadJournal } from '../src/aep/journal.js'
import type { Manifest } from '../src/output/manifest.js'
import { standinEnv, startStandin, type Recorded, type Standin } from './helpers/aep-standin.js'
import { ROOT } from './helpers/fixtures.js'
import { makeRunOutput } from './helpers/run-output.js'
import { tmpDir } from './helpers/tmp.js'

/**
 * The uploader process killed with SIGKILL at several points (the stand-in kills it when the chosen request
 * arrives, or half-way through a PUT body), then the same command run again: the server must end with one batch
 * holding each file once, completed once. Runs the built command (dist/) through test/helpers/command-entry.mjs.
 */
const ENTRY = join(ROOT, 'dist', 'cli.js')
let aep: Standin
const base = tmpDir('xdmap-upload-crash-')
let template: string
let n = 0

beforeAll(async () => {
  aep = await startStandin()
  template = join(base, 'template')
  await makeRunOutput(template, { rows: 2100, maxRows: 1000 })
})
afterAll(async () => { await aep.close() })

function start(dir: string, extra: string[] = []): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [ENTRY, 'upload', dir, '--dataset', 'ds-profile', '--backoff', '1ms', '--timeout', '3s', '--large-file', '100KB', '--chunk-size', '64KiB', ...extra], { env: { ...process.env, ...standinEnv(aep.url) }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = '', stderr = ''
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString() })
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString() })
  const done = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, stdout, stderr }))
  return { child, done }
}

type Point = { name: string; at: (r: Recorded) => boolean; drop: boolean; midBody?: boolean }
const POINTS: Point[] = [
  { name: 'before create', at: (r) => r.method === 'POST' && r.path.endsWith('/import/batches'), drop: true },
  { name: 'between files', at: (r) => r.path.endsWith('/part-00002.json'), drop: true },
  { name: 'mid-PUT', at: (r) => r.method === 'PUT' && r.path.endsWith('/part-00003.json'), drop: false, midBody: true },
  { name: 'mid large file', at: (r) => r.method === 'PATCH', drop: false, midBody: true },
  { name: 'before COMPLETE', at: (r) => r.query === 'action=COMPLETE' && /batches\/[^/]+$/.test(r.path), drop: true },
  { name: 'after COMPLETE, before the journal knows', at: (r) => r.query === 'action=COMPLETE' && /batches\/[^/]+$/.test(r.path), drop: false },
]

describe('upload survives SIGKILL', () => {
  for (const point of POINTS) {
    it(`killed ${point.name}, then resumed: one batch, each file once, completed once`, async () => {
      const dir = join(base, `run-${++n}`)
      cpSync(template, dir, { recursive: true })
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
      // parts 1 and 2 are above --large-file (INITIALIZE / PATCH / COMPLETE), part 3 is a plain PUT
      expect(manifest.files.map((f) => f.bytes > 100_000)).toEqual([true, true, false])
      const batchesBefore = new Set(aep.batches.keys())
      const first = start(dir)
      let killed = false
      const kill = async (): Promise<void> => {
        if (killed) return
        killed = true
        first.child.kill('SIGKILL')
        await first.done
      }
      aep.onRequest = async (r) => {
        if (killed || !point.at(r)) return
        if (point.midBody) return
        await kill()
        return point.drop ? 'drop' : undefined
      }
      aep.onBodyBytes = async (r, received, total) => {
        if (!killed && point.midBody && point.at(r) && received >= total / 2) await kill()
      }
      const r1 = await first.done
      aep.onRequest = undefined
      aep.onBodyBytes = undefined
      expect(killed).toBe(true)
      expect(r1.signal).toBe('SIGKILL')

      const second = await start(dir).done
      expect(second.stderr).not.toMatch(/internal error/)
      expect(second.code).toBe(0)
      const created = [...aep.batches.keys()].filter((id) => !batchesBefore.has(id))
      expect(created).toHaveLength(1)
      const b = aep.batches.get(created[0]!)!
      expect(second.stdout).toContain(`batch ${b.id} (dataset ds-profile)`)
      expect([...b.files.keys()].sort()).toEqual(manifest.files.map((f) => f.name))
      for (const f of manifest.files) expect(b.files.get(f.name)).toMatchObject({ bytes: f.bytes, sha256: f.sha256, stores: 1 })
      expect(b.completions).toBe(1)
      expect(b.status).toBe('processing')
      const j = JSON.parse(readFileSync(join(dir, 'upload.json'), 'utf8')) as UploadJournal
      expect(j).toMatchObject({ batch: { id: b.id, state: 'confirmed' }, complete: { state: 'confirmed' } })
      expect(j.files.every((f) => f.state === 'confirmed')).toBe(true)
    })
  }

  it('Ctrl-C stops after the current request with exit 130; the re-run finishes the batch', async () => {
    const dir = join(base, `run-${++n}`)
    cpSync(template, dir, { recursive: true })
    const first = start(dir)
    let sent = false
    aep.onRequest = (r) => {
      if (!sent && r.path.endsWith('/part-00002.json')) { sent = true; first.child.kill('SIGINT') }
    }
    const r1 = await first.done
    aep.onRequest = undefined
    expect(r1.code).toBe(130)
    expect(r1.stderr).toMatch(/UPLOAD_INTERRUPTED.*run the same command again to resume/)
    const j = JSON.parse(readFileSync(join(dir, 'upload.json'), 'utf8')) as UploadJournal
    expect(j.files.map((f) => f.state)).toEqual(['confirmed', 'sent', 'pending'])
    const r2 = await start(dir).done
    expect(r2.code).toBe(0)
    expect(r2.stdout).toMatch(/resumed: 3 files, .*; sent 2 now, 1 already confirmed; completed/)
    const b = aep.batches.get(j.batch.id!)!
    expect(b.completions).toBe(1)
    expect([...b.files.values()].map((f) => f.stores)).toEqual([1, 1, 1])
  })
})
