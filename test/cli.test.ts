import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

/** Spawns the built binary (npm test builds first). */
const CLI = join(ROOT, 'dist', 'cli.js')
const base = tmpDir('xdmap-cli-')

function xdmap(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, env: { ...process.env, CI: 'true', ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('xdmap CLI', () => {
  it('is built', () => {
    expect(existsSync(CLI)).toBe(true)
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })

  it('runs the demo exactly as `npm run demo` does: exit 0, summary on stderr, nothing on stdout', () => {
    const demo = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.demo as string
    const m = /^npm run build && node dist\/cli\.js (.*) --out out\/demo$/.exec(demo)
    expect(m, demo).not.toBeNull()
    const out = join(base, 'demo')
    const r = xdmap([...m![1]!.split(' '), '--out', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/read 5 rows, wrote 5 to 1 file in .*demo, rejected 0/)
    expect(readFileSync(join(out, 'part-00001.json'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5)
  })

  it('prints the report as JSON on stdout with --report json, diagnostics stay on stderr', () => {
    const out = join(base, 'report')
    const r = xdmap(['run', 'samples/bad-dates.csv', '--schema', 'schemas/profile.schema.json', '--mapping', 'samples/bad-dates.mapping.json', '--out', out, '--report', 'json', '--max-errors', '100%'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.counts).toMatchObject({ read: 15, written: 8, rejected: 7 })
    expect(r.stderr).toMatch(/rejected line 10: CONVERT_DATE_INVALID/)
  })

  it('exits 1 when rejected rows pass --max-errors', () => {
    const r = xdmap(['run', 'samples/bad-dates.csv', '--schema', 'schemas/profile.schema.json', '--mapping', 'samples/bad-dates.mapping.json', '--out', join(base, 'fail')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/ABOVE --max-errors 5%: run FAILED/)
    expect(JSON.parse(readFileSync(join(base, 'fail', 'manifest.json'), 'utf8')).status).toBe('failed')
  })

  it('reads stdin with -', () => {
    const r = xdmap(['run', '-', '--schema', 'schemas/profile.schema.json', '--mapping', 'samples/simple.mapping.json', '--out', join(base, 'stdin'), '--quiet'], 'id,first,last,street,city,note\n1,A,B,C,D,E\n')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(readFileSync(join(base, 'stdin', 'part-00001.json'), 'utf8')).toBe('{"_id":"1","person":{"name":{"firstName":"A","lastName":"B"}},"homeAddress":{"street1":"C","city":"D"},"_acme":{"crmSegment":"E"}}\n')
  })

  it.each([
    [['run'], /run needs an input CSV/],
    [['run', 'x.csv'], /run needs --schema/],
    [['run', 'x.csv', '--schema', 'a', '--mapping', 'b', '--out', 'c', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['run', 'samples/profile-plain.csv', '--schema', 'schemas/profile.schema.json', '--mapping', 'mappings/profile.mapping.json', '--out', '/tmp/x', '--max-file-bytes', 'huge'], /--max-file-bytes "huge"/],
    [['run', 'samples/profile-plain.csv', '--schema', 'schemas/profile.schema.json', '--mapping', 'mappings/profile.mapping.json', '--out', '/tmp/x', '--format', 'xml'], /--format xml is not supported: use json or parquet/],
  ])('exits 2 on usage errors: %j', (args, message) => {
    const r = xdmap(args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })

  it('exits 2 with code, file and location for a broken mapping or schema', () => {
    const dir = join(base, 'broken')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'm.json'), '{\n  "mappings": [\n    { "sourceType": "ATTRIBUTE", "source": "customer_id", "destination": "person.nope" }\n  ]\n}\n')
    let r = xdmap(['run', 'samples/profile-plain.csv', '--schema', PROFILE, '--mapping', join(dir, 'm.json'), '--out', join(dir, 'o')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/error MAPPING_UNKNOWN_DESTINATION: mappings\[0\]: Destination "person\.nope".*\(.*m\.json:3, mappings\[0\], field person\.nope\)/)
    writeFileSync(join(dir, 's.json'), '{ "type": "object", "properties": { "a": { "type": "strin" } } }')
    r = xdmap(['run', 'samples/profile-plain.csv', '--schema', join(dir, 's.json'), '--mapping', join(dir, 'm.json'), '--out', join(dir, 'o')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/error SCHEMA_INVALID/)
    r = xdmap(['run', 'samples/nope.csv', '--schema', PROFILE, '--mapping', 'mappings/profile.mapping.json', '--out', join(dir, 'o')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/FILE_NOT_FOUND: Cannot read samples\/nope\.csv: no such file/)
  })

  it('prints help and version', () => {
    expect(xdmap(['--help']).stdout).toMatch(/xdmap run <csv\|->/)
    expect(xdmap(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('honours --timezone, --encoding and --delimiter', () => {
    const dir = join(base, 'opts')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'in.csv'), Buffer.from('id;first;last;street;city;note\n1;Ren\xe9e;B;C;D;E\n', 'latin1'))
    const r = xdmap(['run', join(dir, 'in.csv'), '--schema', PROFILE, '--mapping', 'samples/simple.mapping.json', '--out', join(dir, 'o'), '--encoding', 'windows-1252', '--delimiter', ';'])
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'o', 'part-00001.json'), 'utf8')).toMatch(/"firstName":"Renée"/)
  })
})

describe('options', () => {
  const RUN = ['run', 'samples/profile-plain.csv', '-s', 'schemas/profile.schema.json', '-m', 'mappings/profile.mapping.json']

  it('takes the short flags -s -m -o -q', () => {
    const r = xdmap([...RUN, '-o', join(base, 'short'), '-q'])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(readFileSync(join(base, 'short', 'part-00001.json'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5)
  })

  it.each([
    [[...RUN, '-o', '/tmp/x', '--max-rows', '0'], 'OPTION_MAX_ROWS', /--max-rows 0: must be 1 or more/],
    [[...RUN, '-o', '/tmp/x', '--max-rows', '-1'], 'OPTION_MAX_ROWS', /--max-rows -1: must be 1 or more/],
    [[...RUN, '-o', '/tmp/x', '--max-rows=-5'], 'OPTION_MAX_ROWS', /--max-rows -5: must be 1 or more/],
    [[...RUN, '-o', '/tmp/x', '--max-rows', '2.5'], 'OPTION_MAX_ROWS', /--max-rows "2\.5": give a whole number/],
    [[...RUN, '-o', '/tmp/x', '--row-group-rows', '0'], 'OPTION_ROW_GROUP_ROWS', /--row-group-rows 0: must be 1 or more/],
    [[...RUN, '-o', '/tmp/x', '--max-record-bytes', '0'], 'OPTION_MAX_RECORD_BYTES', /--max-record-bytes 0: must be at least 1 byte/],
    [[...RUN, '-o', '/tmp/x', '--max-field-bytes', '0KB'], 'OPTION_MAX_FIELD_BYTES', /--max-field-bytes 0KB: must be at least 1 byte/],
    [[...RUN, '-o', '/tmp/x', '--max-file-bytes', '1000'], 'OPTION_MAX_FILE_BYTES', /--max-file-bytes 1000: must be at least 1024 bytes/],
    [[...RUN, '-o', '/tmp/x', '--threads', '-1'], 'OPTION_THREADS', /--threads -1: must be from 0 to 64/],
    [[...RUN, '-o', '/tmp/x', '--threads', '65'], 'OPTION_THREADS', /--threads 65: must be from 0 to 64/],
    [[...RUN, '-o', '/tmp/x', '--max-errors', '-3'], 'OPTION_MAX_ERRORS', /--max-errors "-3": give a number of rows/],
    [[...RUN, '-o', '/tmp/x', '--max-errors', '101%'], 'OPTION_MAX_ERRORS', /--max-errors 101%: a share must be between 0% and 100%/],
    [[...RUN, '-o', '/tmp/x', '--threshold', '1.5'], 'OPTION_THRESHOLD', /--threshold "1\.5": must be a number from 0 to 1/],
    [[...RUN, '-o', '/tmp/x', '--serializer', 'fast'], 'OPTION_SERIALIZER', /--serializer "fast": use auto or json/],
    [[...RUN, '-o', '/tmp/x', '--on-conversion-error', 'skip'], 'OPTION_ON_CONVERSION_ERROR', /use reject-row or null-field/],
    [[...RUN, '-o', '/tmp/x', '--delimiter', 'ab'], 'OPTION_DELIMITER', /--delimiter "ab": give one character, tab, or auto/],
    [[...RUN, '-o', '/tmp/x', '--compression', 'lz4'], 'OPTION_COMPRESSION', /use snappy, gzip, zstd or none/],
    [['suggest', 'samples/profile-plain.csv', '-s', 'schemas/profile.schema.json', '--sample', '0'], 'OPTION_SAMPLE', /--sample 0: must be 1 or more/],
    [['check', '-s', 'schemas/profile.schema.json', '-m', 'mappings/profile.mapping.json', '--rows', '0'], 'OPTION_ROWS', /--rows 0: must be 1 or more/],
    [['check', '-s', 'schemas/profile.schema.json', '-m', 'mappings/profile.mapping.json', '--max-errors', 'many'], 'OPTION_MAX_ERRORS', /--max-errors "many"/],
    [['schema', 'pull', 'x', '--container', 'local'], 'OPTION_CONTAINER', /--container "local": use tenant or global/],
    [[...RUN, '--out'], 'USAGE', /--out needs a value \(DIR\|-\)/],
    [[...RUN, '-o', '/tmp/x', '--quiet=yes'], 'USAGE', /--quiet takes no value/],
  ])('checks every option value before any work: %j', (args, code, message) => {
    const r = xdmap(args as string[])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^xdmap: error ${code}: `))
    expect(r.stderr).toMatch(message as RegExp)
    expect(r.stdout).toBe('')
  })

  it('check takes --max-errors as run does (N or P%)', () => {
    const args = ['check', '-s', 'schemas/profile.schema.json', '-m', 'mappings/profile.mapping.json', '--csv', 'samples/profile-plain.csv', '--rows', 'all']
    for (const v of ['0', '10', '5%', '100%']) expect(xdmap([...args, '--max-errors', v]).code, v).toBe(0)
    const config = join(base, 'max-errors.config.json')
    writeFileSync(config, JSON.stringify({ check: [{ mapping: join(ROOT, 'mappings/profile.mapping.json'), schema: PROFILE, maxErrors: '150%' }] }))
    const r = xdmap(['check', '--config', config])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/OPTION_MAX_ERRORS: --max-errors 150%/)
  })

  it('suggest honours --delimiter tab (and --encoding)', () => {
    const tsv = join(base, 'profile.tsv')
    writeFileSync(tsv, Buffer.from(readFileSync(join(ROOT, 'samples', 'profile-plain.csv'), 'utf8').replace(/,/g, '\t').replace('Ewart', 'Ew\u00e4rt'), 'latin1'))
    const tab = xdmap(['suggest', tsv, '-s', 'schemas/profile.schema.json', '--delimiter', 'tab', '--encoding', 'latin1', '--format', 'json'])
    expect(tab.code, tab.stderr).toBe(0)
    const mapped = JSON.parse(tab.stdout).mappings as { source: string; destination: string }[]
    expect(mapped.length).toBeGreaterThan(15)
    expect(mapped).toContainEqual(expect.objectContaining({ source: 'customer_id', destination: '_id' }))
    expect(mapped).toContainEqual(expect.objectContaining({ source: 'first_name', destination: 'person.name.firstName' }))
    // the option is used: split on ';' the same file is one column
    const semi = xdmap(['suggest', tsv, '-s', 'schemas/profile.schema.json', '--delimiter', ';', '--format', 'json'])
    expect(semi.code, semi.stderr).toBe(0)
    expect(JSON.parse(semi.stdout).mappings.length).toBeLessThanOrEqual(1)
  })

  it('prints configuration errors as annotations with --format github', () => {
    const missing = xdmap(['check', '-s', 'schemas/nope.schema.json', '-m', 'mappings/profile.mapping.json', '--format', 'github'])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toMatch(/^::error file=schemas\/nope\.schema\.json,title=xdmap FILE_NOT_FOUND::Cannot read schemas\/nope\.schema\.json: no such file$/m)
    expect(missing.stderr).toMatch(/^xdmap: error FILE_NOT_FOUND/)
    const usage = xdmap(['check', '-s', 'schemas/profile.schema.json', '-m', 'mappings/profile.mapping.json', '--rows', 'none', '--format', 'github'])
    expect(usage.code).toBe(2)
    expect(usage.stdout).toMatch(/^::error title=xdmap OPTION_ROWS::--rows "none": give a whole number$/m)
    // text mode: the error on stderr only
    expect(xdmap(['check', '-s', 'schemas/nope.schema.json', '-m', 'mappings/profile.mapping.json']).stdout).toBe('')
  })
})

describe('.env credentials', () => {
  it('are read with util.parseEnv, and a variable set in the environment wins over the file', async () => {
    const { loadCredentials, parseEnvFile } = await import('../src/aep/credentials.js')
    const file = join(base, 'aep.env')
    writeFileSync(file, '# AEP\nexport AEP_CLIENT_ID=file-id\nAEP_CLIENT_SECRET="file secret"\nAEP_ORG_ID=ORG@AdobeOrg # org\nAEP_SANDBOX=\'dev\'\nAEP_SCOPES="a,\nb"\n')
    expect(parseEnvFile(readFileSync(file, 'utf8'))).toEqual({ AEP_CLIENT_ID: 'file-id', AEP_CLIENT_SECRET: 'file secret', AEP_ORG_ID: 'ORG@AdobeOrg', AEP_SANDBOX: 'dev', AEP_SCOPES: 'a,\nb' })
    const fromFile = await loadCredentials({ file, env: {} })
    expect(fromFile).toMatchObject({ clientId: 'file-id', clientSecret: 'file secret', orgId: 'ORG@AdobeOrg', sandbox: 'dev' })
    const env = await loadCredentials({ file, env: { AEP_CLIENT_ID: 'env-id', AEP_SANDBOX: 'prod-eu', UNRELATED: 'x' } })
    expect(env).toMatchObject({ clientId: 'env-id', clientSecret: 'file secret', orgId: 'ORG@AdobeOrg', sandbox: 'prod-eu' })
  })
})

describe('progress on a terminal', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

  it.runIf(hasScript)('draws a progress bar with rows, MB/s and ETA on a TTY without CI, none with CI set, and no escape codes with NO_COLOR or TERM=dumb', () => {
    const dir = join(base, 'tty')
    mkdirSync(dir, { recursive: true })
    const lines = ['id,first,last,street,city,note']
    for (let i = 0; i < 140_000; i++) lines.push(`${i},A,B,C,D,E`)
    writeFileSync(join(dir, 'in.csv'), lines.join('\n') + '\n')
    const cmd = `${process.execPath} ${CLI} run ${join(dir, 'in.csv')} --schema ${PROFILE} --mapping samples/simple.mapping.json --out ${join(dir, 'o')} --threads 0`
    const env = { ...process.env } as Record<string, string>
    delete env.CI
    const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: ROOT, env })
    expect(tty.status, tty.stdout).toBe(0)
    expect(tty.stdout).toMatch(/\[#*\.*\] \d+% [\d,]+ rows, [\d.]+ MB\/s, ETA \d+ s/)
    expect(tty.stdout).toContain('\x1b[K')
    for (const plain of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: ROOT, env: { ...env, ...plain } })
      expect(r.status, r.stdout).toBe(0)
      expect(r.stdout, JSON.stringify(plain)).toMatch(/\r\[#*\.*\] \d+% [\d,]+ rows, [\d.]+ MB\/s, ETA \d+ s/)
      expect(r.stdout, JSON.stringify(plain)).not.toContain('\x1b')
      expect(r.stdout).toMatch(/read 140,000 rows/)
    }
    const ci = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', cwd: ROOT, env: { ...env, CI: 'true' } })
    expect(ci.stdout).not.toMatch(/ETA/)
    expect(ci.stdout).toMatch(/read 140,000 rows/)
  })

  it.runIf(process.platform === 'linux')('runs `run` in a child with MALLOC_ARENA_MAX=2 and --single-threaded-gc and passes a SIGTERM on to it (exit 143, nothing left behind)', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' }
    delete env.MALLOC_ARENA_MAX
    // stdin stays open, so the run waits for input until it is stopped
    const parent = spawn(process.execPath, [CLI, 'run', '-', '--schema', 'schemas/profile.schema.json', '--mapping', 'mappings/profile.mapping.json', '--out', join(base, 'arena')], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const childOf = (ppid: number): number | undefined => {
      for (const d of readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue
        try { if (Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === ppid) return Number(d) } catch { /* gone */ }
      }
      return undefined
    }
    let child: number | undefined
    for (let i = 0; i < 100 && child === undefined; i++) { await new Promise((r) => setTimeout(r, 50)); child = childOf(parent.pid!) }
    expect(child).toBeDefined()
    // read until the child has exec'd node (between fork and exec it still shows the parent's environment)
    let environ: string[] = []
    for (let i = 0; i < 100 && !environ.includes('MALLOC_ARENA_MAX=2'); i++) {
      environ = readFileSync(`/proc/${child}/environ`, 'utf8').split('\0')
      if (!environ.includes('MALLOC_ARENA_MAX=2')) await new Promise((r) => setTimeout(r, 20))
    }
    expect(environ).toContain('MALLOC_ARENA_MAX=2')
    // and node runs it with the garbage collector on the allocating thread (a flag only a new process can have)
    expect(readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')).toContain('--single-threaded-gc')
    // once the run has read the header and staged its output, it waits for rows on stdin
    // the sniffer reads 64 Ki characters (or to the end) before the header is settled
    const [header, ...rows] = readFileSync(join(ROOT, 'samples', 'profile-plain.csv'), 'utf8').trim().split('\n')
    parent.stdin!.write([header, ...Array.from({ length: 600 }, (_, i) => rows[i % rows.length])].join('\n') + '\n')
    const staged = (): boolean => existsSync(join(base, 'arena')) && readdirSync(join(base, 'arena')).some((f) => f.startsWith('.xdmap-staging-'))
    for (let i = 0; i < 200 && !staged(); i++) await new Promise((r) => setTimeout(r, 25))
    expect(staged()).toBe(true)
    const exited = new Promise<[number | null, string | null]>((r) => parent.on('exit', (code, signal) => r([code, signal])))
    parent.kill('SIGTERM')
    expect(await exited).toEqual([143, null])
    expect(readdirSync(join(base, 'arena'))).toEqual([])
    for (let i = 0; i < 50 && existsSync(`/proc/${child}`); i++) await new Promise((r) => setTimeout(r, 100))
    expect(existsSync(`/proc/${child}`)).toBe(false)
  })
})
