import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/commands/run.js'
import { recoverOutDir } from '../src/output/outdir.js'
import { XdmapError } from '../src/util/errors.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-outdir-')
let n = 0
const mapping = { mappings: [
  { sourceType: 'ATTRIBUTE', source: 'id', destination: '_id' },
  { sourceType: 'ATTRIBUTE', source: 'name', destination: 'person.name.firstName' },
  { sourceType: 'ATTRIBUTE', source: 'pts', destination: '_acme.loyalty.points' },
] }

function csv(rows: number, tag = 'n'): string {
  return 'id,name,pts\n' + Array.from({ length: rows }, (_, i) => `${i},${tag}${i},${i % 97 === 5 ? 'x' : i}`).join('\n') + '\n'
}

function caseDir(): string {
  const d = join(base, `c${++n}`)
  mkdirSync(d, { recursive: true })
  return d
}

const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex')

/** The directory holds a complete output: a manifest whose every file is there with its size and sha256. */
function complete(out: string): { tag: string } | undefined {
  if (!existsSync(join(out, 'manifest.json'))) return undefined
  const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
  for (const f of [...m.files, m.rejects, m.errors]) {
    expect(existsSync(join(out, f.name)), f.name).toBe(true)
    expect(sha(join(out, f.name)), f.name).toBe(f.sha256)
  }
  const first = readFileSync(join(out, m.files[0].name), 'utf8').split('\n')[0]!
  return { tag: JSON.parse(first).person.name.firstName.replace(/\d+$/, '') }
}

describe('output directory', () => {
  it('writes through a staging directory and leaves no temporary files', async () => {
    const d = caseDir()
    writeFileSync(join(d, 'in.csv'), csv(100))
    const r = await run({ input: join(d, 'in.csv'), schema: PROFILE, mapping, out: join(d, 'out') })
    expect(r.counts.read).toBe(r.counts.written + r.counts.rejected)
    expect(readdirSync(join(d, 'out')).sort()).toEqual(['errors.json', 'manifest.json', 'part-00001.json', 'rejects.csv'])
    expect(complete(join(d, 'out'))?.tag).toBe('n')
  })

  it("refuses files it did not write, and an input stored among the outputs; --force overrides", async () => {
    const d = caseDir()
    writeFileSync(join(d, 'in.csv'), csv(10))
    const out = join(d, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'part-00001.json'), 'my own file\n')
    writeFileSync(join(out, 'notes.txt'), 'keep me\n')
    const err = await run({ input: join(d, 'in.csv'), schema: PROFILE, mapping, out }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(XdmapError)
    expect((err as XdmapError).code).toBe('OUT_DIR_NOT_OURS')
    expect(readFileSync(join(out, 'part-00001.json'), 'utf8')).toBe('my own file\n')
    // the input itself under an output name
    writeFileSync(join(out, 'part-00002.json'), csv(10))
    const err2 = await run({ input: join(out, 'part-00002.json'), schema: PROFILE, mapping, out, force: false }).catch((e: unknown) => e)
    expect((err2 as XdmapError).code).toMatch(/^OUT_DIR_(NOT_OURS|HOLDS_INPUT)$/)
    await run({ input: join(d, 'in.csv'), schema: PROFILE, mapping, out, force: true })
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me\n')
    expect(complete(out)?.tag).toBe('n')
  })

  it('keeps a mapping.json the run reads, and replaces only what its previous manifest lists', async () => {
    const d = caseDir()
    writeFileSync(join(d, 'in.csv'), csv(10))
    const out = join(d, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'mapping.json'), JSON.stringify(mapping))
    // a run without --mapping suggests and writes mapping.json: it collides with the user's file
    const err = await run({ input: join(d, 'in.csv'), schema: PROFILE, out }).catch((e: unknown) => e)
    expect((err as XdmapError).code).toMatch(/^OUT_DIR_/)
    await run({ input: join(d, 'in.csv'), schema: PROFILE, mapping: join(out, 'mapping.json'), out })
    expect(existsSync(join(out, 'mapping.json'))).toBe(true)
    // a second run with fewer files removes the old extra part files
    writeFileSync(join(d, 'big.csv'), csv(3000))
    await run({ input: join(d, 'big.csv'), schema: PROFILE, mapping: join(out, 'mapping.json'), out, maxRows: 1000 })
    expect(readdirSync(out).filter((f) => f.startsWith('part-')).length).toBe(3)
    await run({ input: join(d, 'in.csv'), schema: PROFILE, mapping: join(out, 'mapping.json'), out })
    expect(readdirSync(out).filter((f) => f.startsWith('part-'))).toEqual(['part-00001.json'])
    expect(existsSync(join(out, 'mapping.json'))).toBe(true)
    expect(complete(out)?.tag).toBe('n')
  })

  it('an aborted run leaves the previous output as it was', async () => {
    const d = caseDir()
    writeFileSync(join(d, 'old.csv'), csv(50, 'old'))
    writeFileSync(join(d, 'new.csv'), csv(200_000, 'new'))
    const out = join(d, 'out')
    await run({ input: join(d, 'old.csv'), schema: PROFILE, mapping, out })
    const before = readFileSync(join(out, 'manifest.json'), 'utf8')
    const ac = new AbortController()
    const err = await run({ input: join(d, 'new.csv'), schema: PROFILE, mapping, out, signal: ac.signal, threads: 0, onProgress: () => ac.abort('SIGINT') }).catch((e: unknown) => e)
    expect((err as XdmapError).code).toBe('INTERRUPTED')
    expect((err as XdmapError).exitCode).toBe(130)
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before)
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([])
    expect(complete(out)?.tag).toBe('old')
  })

  it('SIGKILL at any point leaves the old complete output or the new one, never a manifest that lies', { timeout: 120_000 }, async () => {
    const d = caseDir()
    writeFileSync(join(d, 'old.csv'), csv(3000, 'old'))
    writeFileSync(join(d, 'new.csv'), csv(60_000, 'new'))
    const kill = async (out: string, opts: { afterMs?: number; at?: string }): Promise<void> => {
      await run({ input: join(d, 'old.csv'), schema: PROFILE, mapping, out, maxRows: 1000 })
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'run', join(d, 'new.csv'), '--schema', PROFILE, '--mapping', join(d, 'mapping.json'), '--out', out, '--max-rows', '7000', '--threads', '0', '--quiet'], {
        stdio: 'ignore', env: { ...process.env, MALLOC_ARENA_MAX: '2', ...(opts.at ? { XDMAP_CRASH_AT: opts.at } : {}) },
      })
      const exited = new Promise<void>((r) => child.on('exit', () => r()))
      if (opts.afterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), opts.afterMs)
      await exited
      // what a reader sees right after the crash: a manifest, when there is one, tells the truth
      const seen = complete(out)
      if (seen) expect(['old', 'new']).toContain(seen.tag)
      // and once recovered (what the next run does first), a complete output
      await recoverOutDir(out)
      const after = complete(out)
      expect(after && ['old', 'new'].includes(after.tag)).toBe(true)
      expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([])
    }
    writeFileSync(join(d, 'mapping.json'), JSON.stringify(mapping))
    let i = 0
    for (const afterMs of [50, 150, 300, 500, 800]) await kill(join(d, `t${i++}`), { afterMs })
    // the commit's crash points leave the new output once recovered (after-manifest: the new manifest is in, the
    // staging directory and the marker are not yet removed; recovering used to remove the new manifest again)
    for (const at of ['after-marker', 'after-unlink-manifest', 'after-manifest']) {
      await kill(join(d, `t${i}`), { at })
      expect(complete(join(d, `t${i++}`))?.tag, at).toBe('new')
    }
  })
})
