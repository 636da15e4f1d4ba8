import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const base = tmpDir('xdmap-cli-pipe-')
const SCHEMA = join(ROOT, 'schemas', 'profile.schema.json')
const MAPPING = join(ROOT, 'mappings', 'profile.mapping.json')
const SAMPLE = join(ROOT, 'samples', 'profile-plain.csv')

function cli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { input, cwd: ROOT, env: { ...process.env, CI: 'true', ...env }, maxBuffer: 1 << 26 })
}

/** The sample's header and enough rows (over 64 Ki characters) for the sniffer to settle the dialect; stdin then stays open. */
function sniffable(): string {
  const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n')
  return [header, ...Array.from({ length: 600 }, (_, i) => rows[i % rows.length])].join('\n') + '\n'
}

const childOf = (ppid: number): number | undefined => {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try { if (Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === ppid) return Number(d) } catch { /* gone */ }
  }
  return undefined
}

describe('pipes and preview', () => {
  it('run -o - writes the same JSON Lines as a directory run, gzip on stdin included; --rejects-dir keeps the rejects', () => {
    const dir = join(base, 'dir')
    expect(cli(['run', SAMPLE, '-s', SCHEMA, '-m', MAPPING, '-o', dir, '-q']).status).toBe(0)
    const expected = readFileSync(join(dir, 'part-00001.json'), 'utf8')
    const piped = cli(['run', '-', '-s', SCHEMA, '-m', MAPPING, '-o', '-', '-q', '--rejects-dir', join(base, 'rej')], gzipSync(readFileSync(SAMPLE)))
    expect(piped.status).toBe(0)
    expect(piped.stdout.toString('utf8')).toBe(expected)
    expect(readFileSync(join(base, 'rej', 'rejects.csv'), 'utf8')).toBe(readFileSync(join(dir, 'rejects.csv'), 'utf8'))
    expect(JSON.parse(readFileSync(join(base, 'rej', 'manifest.json'), 'utf8')).input.gzip.compressedBytes).toBeGreaterThan(0)
    // diagnostics stay on stderr; a report would mix with the records
    const both = cli(['run', SAMPLE, '-s', SCHEMA, '-m', MAPPING, '-o', '-', '--report', 'json'])
    expect(both.status).toBe(2)
    expect(both.stderr.toString()).toMatch(/choose one/)
  })

  it('preview prints the first N records (JSON lines off a terminal) and the rejects among them; exit 1 when some are rejected', () => {
    const ok = cli(['preview', SAMPLE, '-s', SCHEMA, '-m', MAPPING, '-n', '3'])
    expect(ok.status).toBe(0)
    const lines = ok.stdout.toString('utf8').trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(JSON.parse(lines[0]!)._id).toBeDefined()
    expect(ok.stderr.toString()).toMatch(/3 rows: 3 mapped, 0 rejected/)
    const bad = cli(['preview', join(ROOT, 'samples', 'bad-dates.csv'), '-s', SCHEMA, '-m', join(ROOT, 'samples', 'bad-dates.mapping.json'), '-n', '12'])
    expect(bad.status).toBe(1)
    expect(bad.stderr.toString()).toMatch(/rejected line 10: CONVERT_DATE_INVALID/)
    expect(readdirSync(base).some((f) => f.startsWith('xdmap-preview-'))).toBe(false)
  })

  it.runIf(process.platform === 'linux')('SIGINT stops a run with exit 130 and leaves the previous output as it was', async () => {
    const out = join(base, 'sigint')
    expect(cli(['run', SAMPLE, '-s', SCHEMA, '-m', MAPPING, '-o', out, '-q']).status).toBe(0)
    const before = readFileSync(join(out, 'manifest.json'), 'utf8')
    const p = spawn(process.execPath, [CLI, 'run', '-', '-s', SCHEMA, '-m', MAPPING, '-o', out, '-q', '--threads', '0'], { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['pipe', 'ignore', 'pipe'] })
    // the sniffer reads 64 Ki characters (or to the end) before the header is settled
    p.stdin!.write(sniffable())
    const staged = (): boolean => readdirSync(out).some((f) => f.startsWith('.xdmap-staging-'))
    for (let i = 0; i < 200 && !staged(); i++) await new Promise((r) => setTimeout(r, 25))
    expect(staged()).toBe(true)
    const exited = new Promise<number | null>((r) => p.on('exit', (code) => r(code)))
    p.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before)
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([])
  })

  it.runIf(process.platform === 'linux')('the relaunched run dies with its parent: SIGKILL to the parent stops the child, which removes its staging', async () => {
    const out = join(base, 'orphan')
    mkdirSync(out, { recursive: true })
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' }
    delete env.MALLOC_ARENA_MAX
    // input from stdin: the relaunch happens (threads), and the run waits for rows
    const parent = spawn(process.execPath, [CLI, 'run', '-', '-s', SCHEMA, '-m', MAPPING, '-o', out, '-q'], { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'ignore'] })
    parent.stdin!.write(sniffable())
    let child: number | undefined
    for (let i = 0; i < 100 && child === undefined; i++) { await new Promise((r) => setTimeout(r, 50)); child = childOf(parent.pid!) }
    expect(child).toBeDefined()
    const staged = (): boolean => readdirSync(out).some((f) => f.startsWith('.xdmap-staging-'))
    for (let i = 0; i < 200 && !staged(); i++) await new Promise((r) => setTimeout(r, 25))
    expect(staged()).toBe(true)
    parent.kill('SIGKILL')
    for (let i = 0; i < 100 && existsSync(`/proc/${child}`); i++) await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(`/proc/${child}`)).toBe(false)
    expect(readdirSync(out)).toEqual([])
  })
})

describe('optional packages of distributed runs', () => {
  it('a missing bullmq, ioredis or @aws-sdk/client-s3 is named with the install command, not an internal error', async () => {
    const { missingOptionalPackage } = await import('../src/cli/main.js')
    const err = Object.assign(new Error("Cannot find package 'bullmq' imported from /x/dist/distributed/queue.js"), { code: 'ERR_MODULE_NOT_FOUND' })
    expect(missingOptionalPackage(err)).toBe('bullmq')
    expect(missingOptionalPackage(Object.assign(new Error("Cannot find package 'left-pad'"), { code: 'ERR_MODULE_NOT_FOUND' }))).toBeUndefined()
    expect(missingOptionalPackage(new Error('other'))).toBeUndefined()
  })
})
