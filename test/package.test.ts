import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

describe('package', () => {
  it('is ESM with an exports map a CommonJS require can use, a bin in dist and Node >= 20.19', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' })
    expect(pkg.bin.xdmap).toBe('dist/cli.js')
    expect(pkg.engines.node).toBe('>=20.19')
    expect(pkg.devDependencies.typescript).toBe('~6.0')
    expect(pkg.devDependencies.vitest).toMatch(/^\^4/)
  })

  it('has a LICENSE with the full Apache-2.0 text its "license" names, and repository, homepage, bugs and keywords', () => {
    expect(pkg.license).toBe('Apache-2.0')
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8')
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/)
    expect(license).toMatch(/END OF TERMS AND CONDITIONS/)
    expect(license.length).toBeGreaterThan(11_000)
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//)
    expect(pkg.homepage).toMatch(/^https:\/\//)
    expect(pkg.bugs.url).toMatch(/^https:\/\//)
    expect(pkg.keywords).toEqual(expect.arrayContaining(['aep', 'xdm', 'csv']))
    expect(pkg.scripts.prepack).toMatch(/npm run build/)
  })

  it('builds without source maps (they would point at sources the package does not ship)', () => {
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'))
    expect(build.compilerOptions.sourceMap).toBe(false)
    expect(build.compilerOptions.declarationMap).toBe(false)
  })

  it('keeps src/index.ts a list of re-exports', () => {
    const lines = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8').split('\n').filter((l) => l.trim())
    for (const l of lines) expect(l).toMatch(/^export (\{[^}]*\}|\*) from '\.\/[\w/-]+\.js'$/)
  })

  it('exposes the library API from the built entry point', async () => {
    const api = await import(join(ROOT, 'dist', 'index.js'))
    // exactly the documented API (README "Library"): internals are imported from their modules, not through the entry
    expect(Object.keys(api).sort()).toEqual(['XdmapError', 'check', 'compileMapping', 'createValidator', 'loadMapping', 'loadSchema', 'recoverOutDir', 'run', 'stream', 'suggest', 'toMappingSet', 'upload'])
    for (const name of Object.keys(api)) expect(typeof api[name]).toBe('function')
  })

  it('ships the mapping-set schema it validates against', () => {
    expect(pkg.files).toContain('mappings')
    const schema = JSON.parse(readFileSync(join(ROOT, 'mappings', 'mapping-set.schema.json'), 'utf8'))
    expect(schema.definitions.mapping.properties.sourceType.enum).toEqual(['ATTRIBUTE', 'STATIC', 'EXPRESSION'])
  })
})

/**
 * The package as a user gets it: the repository's files (as a fresh clone has them, no dist/) are packed with
 * `npm pack` (its prepack builds), and the tarball is installed into an empty project offline, from the npm cache
 * `npm ci` filled. npm needs the dependencies' registry documents to resolve ranges, which `npm ci` does not cache,
 * so the project gets a lockfile made from ours (same versions and integrity hashes, so the cached tarballs serve).
 */
describe('the packed tarball, installed into a fresh project', () => {
  const base = tmpDir('xdmap-pack-')
  const clone = join(base, 'clone')
  const proj = join(base, 'proj')
  const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', CI: 'true' }
  let packed: { filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] }

  beforeAll(() => {
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)
    for (const f of tracked) {
      if (!existsSync(join(ROOT, f))) continue
      mkdirSync(dirname(join(clone, f)), { recursive: true })
      copyFileSync(join(ROOT, f), join(clone, f))
    }
    expect(existsSync(join(clone, 'dist'))).toBe(false)
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir')
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', base], { cwd: clone, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] })
    packed = JSON.parse(out.slice(out.indexOf('[')))[0]
    // a lockfile for the project: the tarball, and our lockfile's entries for the runtime dependencies
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))
    const tgz = `file:../${packed.filename}`
    const packages: Record<string, unknown> = {
      '': { name: 'consumer', version: '1.0.0', dependencies: { xdmap: tgz } },
      'node_modules/xdmap': { version: pkg.version, resolved: tgz, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
    }
    for (const [k, v] of Object.entries(lock.packages as Record<string, { dev?: boolean; link?: boolean }>)) if (k && !v.dev && !v.link) packages[k] = v
    mkdirSync(proj)
    writeFileSync(join(proj, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { xdmap: tgz } }))
    writeFileSync(join(proj, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }))
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: proj, env, stdio: ['ignore', 'pipe', 'pipe'] })
  }, 180_000)

  it('ships the build, the LICENSE, the README, schemas, mappings and the samples the README uses; no tests, sources or maps', () => {
    const files = packed.files.map((f) => f.path)
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'schemas/profile.schema.json', 'mappings/profile.mapping.json', 'samples/profile-plain.csv', 'samples/github-workflow.yml']) expect(files).toContain(f)
    expect(files.filter((f) => /^(src|test|bench)\/|\.map$|\.tmp$/.test(f))).toEqual([])
    expect(readFileSync(join(proj, 'node_modules', 'xdmap', 'LICENSE'), 'utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'))
  })

  it('runs `npx xdmap --version` and a run on a shipped sample', () => {
    const version = spawnSync('npx', ['--offline', 'xdmap', '--version'], { cwd: proj, env, encoding: 'utf8' })
    expect(version.status, version.stderr).toBe(0)
    expect(version.stdout.trim()).toBe(pkg.version)
    const x = 'node_modules/xdmap'
    const r = spawnSync('npx', ['--offline', 'xdmap', 'run', `${x}/samples/profile-plain.csv`, '-s', `${x}/schemas/profile.schema.json`, '-m', `${x}/mappings/profile.mapping.json`, '-o', 'out'], { cwd: proj, env, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/read 5 rows, wrote 5 to 1 file/)
    expect(readFileSync(join(proj, 'out', 'part-00001.json'), 'utf8').trim().split('\n')).toHaveLength(5)
  })

  it('imports from ESM and requires from CommonJS', () => {
    writeFileSync(join(proj, 'esm.mjs'), "import { run, XdmapError } from 'xdmap'\nconsole.log(typeof run, typeof XdmapError)\n")
    writeFileSync(join(proj, 'cjs.cjs'), "const { run, loadSchema } = require('xdmap')\nconsole.log(typeof run, typeof loadSchema, require('xdmap/package.json').name)\n")
    const esm = spawnSync(process.execPath, ['esm.mjs'], { cwd: proj, encoding: 'utf8' })
    expect(esm.stdout + esm.stderr).toBe('function function\n')
    const cjs = spawnSync(process.execPath, ['cjs.cjs'], { cwd: proj, encoding: 'utf8' })
    expect(cjs.stdout + cjs.stderr).toBe('function function xdmap\n')
  })

  it('typechecks its .d.ts in TypeScript projects with moduleResolution nodenext and bundler (skipLibCheck off)', async () => {
    const check = (resolution: 'nodenext' | 'bundler'): Promise<{ code: number | null; output: string }> => {
      const dir = join(proj, `ts-${resolution}`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'index.ts'), [
        "import { run, loadSchema, XdmapError, type RunReport } from 'xdmap'",
        "const report: Promise<RunReport> = run({ input: 'in.csv', schema: 'schema.json', mapping: 'mapping.json', out: 'out' })",
        'void report; void loadSchema; void XdmapError',
        '',
      ].join('\n'))
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: resolution === 'nodenext' ? 'nodenext' : 'esnext', moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: false,
          // @types/node from this repository: the .d.ts name Node's Buffer (JsonWriter)
          types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['index.ts'],
      }))
      if (resolution === 'nodenext') writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir })
        let output = ''
        child.stdout.on('data', (d) => { output += d })
        child.stderr.on('data', (d) => { output += d })
        child.on('close', (code) => resolve({ code, output }))
      })
    }
    // both at once: each tsc spends most of its time on @types/node
    for (const r of await Promise.all([check('nodenext'), check('bundler')])) expect(r.code, r.output).toBe(0)
  }, 150_000)
})
