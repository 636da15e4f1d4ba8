import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { WorkerPool, withoutRefused } from '../src/pipeline/pool.js'
import type { BatchResult } from '../src/pipeline/processor.js'
import type { Plan } from '../src/plan/plan.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-pool-')
const ECHO = new URL('./fixtures/workers/echo-worker.mjs', import.meta.url)
const plan = (extra: object): Plan => ({ ...extra } as unknown as Plan)

function batch(seq: number): { text: string; starts: Int32Array; ends: Int32Array; size: number; checkEncoding: boolean } {
  const rows = Array.from({ length: 5 }, (_, i) => `r${seq * 5 + i}`)
  const text = rows.join('\n')
  const starts = new Int32Array(rows.length)
  const ends = new Int32Array(rows.length)
  let off = 0
  rows.forEach((r, i) => { starts[i] = off; ends[i] = off + r.length; off += r.length + 1 })
  return { text, starts, ends, size: text.length, checkEncoding: false }
}

describe('worker pool', () => {
  it('hands results back in submission order although workers finish out of order', async () => {
    const pool = await WorkerPool.start(3, plan({}), ECHO)
    const seen: string[] = []
    for (let s = 0; s < 200; s++) await pool.submit(batch(s), async (r: BatchResult) => { seen.push(...new TextDecoder().decode(r.buffer).split('\n').filter(Boolean)) })
    await pool.drain()
    await pool.close()
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => `${Math.floor(i / 5)}:r${i}`))
  })

  it('a worker that throws fails the run with its error instead of hanging or losing batches silently', async () => {
    const pool = await WorkerPool.start(2, plan({ throwAt: 37 }), ECHO)
    const handled: number[] = []
    const err = await (async () => {
      for (let s = 0; s < 100; s++) await pool.submit(batch(s), async () => { handled.push(s) })
      await pool.drain()
    })().catch((e: unknown) => e)
    await pool.close()
    expect(String(err)).toMatch(/boom at batch 37/)
    // nothing after the failed batch was handed on
    expect(Math.max(...handled)).toBeLessThan(37)
    expect(handled).toEqual(Array.from({ length: handled.length }, (_, i) => i))
  })

  it('a run that fails while it is planned stops the workers started for it: the process exits by itself', () => {
    const dir = join(base, 'early')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.csv'), 'id,name\n1,a\n')
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ mappings: [{ sourceType: 'ATTRIBUTE', source: 'nope', destination: '_id' }] }))
    // the library, not the CLI (which exits on its own): a worker left running would keep this process alive
    const script = `import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)}).then(({ run }) => run({ input: ${JSON.stringify(join(dir, 'in.csv'))}, schema: ${JSON.stringify(PROFILE)}, mapping: ${JSON.stringify(join(dir, 'm.json'))}, out: ${JSON.stringify(join(dir, 'out'))}, threads: 2 })).catch((e) => console.log(e.code))`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 })
    expect(r.signal).toBeNull()
    expect(r.stdout.trim()).toBe('MAPPING_SOURCE_NOT_IN_HEADER')
    // and from such a process (node -e, whose options a worker refuses) a run with workers works
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ mappings: [{ sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' }] }))
    const ok = spawnSync(process.execPath, ['--input-type=module', '-e', script.replace('.catch(', '.then((r) => console.log(r.counts.written, r.options.threads)).catch(')], { encoding: 'utf8', timeout: 20_000 })
    expect(ok.stdout.trim()).toBe('1 2')
    // and from a process started with options Node refuses in a worker (process-wide V8 and Node options), a flag's
    // value given apart included
    for (const flags of [['--single-threaded-gc'], ['--v8-pool-size', '2'], ['--v8-pool-size=1', '--max-old-space-size=1024', '--no-concurrent-recompilation']]) {
      const r2 = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script.replace('.catch(', '.then((r) => console.log(r.counts.written, r.options.threads)).catch(')], { encoding: 'utf8', timeout: 20_000 })
      expect(r2.stderr).toBe('')
      expect(r2.stdout.trim()).toBe('1 2')
    }
  })

  it('the options a worker refuses are left out with their values; nothing named, nothing changed', () => {
    const msg = 'Initiated Worker with invalid execArgv flags: --v8-pool-size, --single-threaded-gc'
    expect(withoutRefused(msg, ['--v8-pool-size', '2', '--max-old-space-size=900', '--single-threaded-gc', '--conditions', 'x'])).toEqual(['--max-old-space-size=900', '--conditions', 'x'])
    expect(withoutRefused(msg, ['--v8-pool-size=4', '--enable-source-maps'])).toEqual(['--enable-source-maps'])
    expect(withoutRefused(msg, ['--enable-source-maps'])).toBeUndefined()
    expect(withoutRefused('something else', ['--v8-pool-size=4'])).toBeUndefined()
  })

  it('a worker that cannot start fails start()', async () => {
    await expect(WorkerPool.start(2, plan({ failStart: true }), ECHO)).rejects.toThrow(/cannot start/)
  })

  it('the real workers give the same output as one thread on an input large enough for many batches', { timeout: 60_000 }, async () => {
    const dir = join(base, 'real')
    mkdirSync(dir, { recursive: true })
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},"name ${i}${i % 97 === 0 ? '\nsecond line' : ''}",${i % 113 === 0 ? 'x' : i}`)
    writeFileSync(join(dir, 'in.csv'), 'id,name,pts\n' + rows.join('\n') + '\n')
    const mapping = { mappings: [
      { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
      { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
      { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
    ] }
    const outs = []
    for (const threads of [0, 1, 3]) {
      const r = await run({ input: join(dir, 'in.csv'), schema: PROFILE, mapping, out: join(dir, `t${threads}`), threads, maxErrors: '100%' })
      outs.push({ counts: r.counts, part: readFileSync(join(dir, `t${threads}`, 'part-00001.json'), 'utf8'), rejects: readFileSync(join(dir, `t${threads}`, 'rejects.csv'), 'utf8'), errors: readFileSync(join(dir, `t${threads}`, 'errors.json'), 'utf8') })
    }
    expect(outs[0]!.counts.rejected).toBe(Math.ceil(60_000 / 113))
    expect(outs[1]).toEqual(outs[0])
    expect(outs[2]).toEqual(outs[0])
  })
})
