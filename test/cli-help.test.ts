import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../src/cli/main.js'
import type { CommandSpec } from '../src/cli/spec.js'
import { ROOT } from './helpers/fixtures.js'

/** Help per command, the overview and its exit convention, and the README's option tables against the specs. */
const CLI = join(ROOT, 'dist', 'cli.js')
const xdmap = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CI: 'true' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const specs: CommandSpec[] = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command))
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The options of the first `| option |` table under the heading that names `xdmap <name>`: name -> short. */
function readmeOptions(name: string): Map<string, string | undefined> {
  const lines = README.split('\n')
  const heading = lines.findIndex((l) => /^#{2,3} /.test(l) && l.includes(`\`xdmap ${name}\``))
  expect(heading, `a README heading naming \`xdmap ${name}\``).toBeGreaterThan(-1)
  const start = lines.findIndex((l, i) => i > heading && l.startsWith('| option |'))
  const next = lines.findIndex((l, i) => i > heading && /^#{1,3} /.test(l))
  expect(start, `an option table under \`xdmap ${name}\``).toBeGreaterThan(heading)
  if (next !== -1) expect(start).toBeLessThan(next)
  const out = new Map<string, string | undefined>()
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break
    const cell = l.split(/(?<!\\)\|/)[1]!
    const long = /`--([a-z][a-z-]*)/.exec(cell)
    expect(long, l).not.toBeNull()
    out.set(long![1]!, /`-([a-zA-Z])`/.exec(cell)?.[1])
  }
  return out
}

describe('help', () => {
  it.each(specs.map((s) => s.name))('`xdmap %s --help` and `xdmap help <command>` print its usage, every option and examples on stdout, exit 0', (name) => {
    const spec = specs.find((s) => s.name === name)!
    const a = xdmap([name, '--help'])
    expect(a.code).toBe(0)
    expect(a.stderr).toBe('')
    expect(xdmap(['help', name])).toEqual(a)
    expect(xdmap([name, '-h']).stdout).toBe(a.stdout)
    expect(a.stdout).toMatch(new RegExp(`^xdmap ${name}: `))
    for (const u of spec.usage) expect(a.stdout).toContain(`xdmap ${u}`)
    for (const o of spec.options) {
      expect(a.stdout).toMatch(new RegExp(`${o.short ? `-${o.short}, ` : ''}--${o.name}\\b`))
      if (o.default !== undefined) expect(a.stdout).toContain(`(default ${o.default})`)
    }
    expect(a.stdout).toMatch(/\n {2}-h, --help\b/)
    expect(spec.examples.length).toBeGreaterThan(0)
    for (const e of spec.examples) expect(a.stdout).toContain(`  xdmap ${e}`)
    // --help wins over anything else given
    expect(xdmap([name, '--bogus', '--help']).stdout).toBe(a.stdout)
  })

  it('prints the overview on stdout with exit 0 for --help and help, and on stderr with exit 2 for a bare xdmap', () => {
    const help = xdmap(['--help'])
    expect(help.code).toBe(0)
    for (const s of specs) expect(help.stdout).toMatch(new RegExp(`^ {2}${s.name} +${s.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
    expect(xdmap(['help'])).toEqual(help)
    expect(xdmap(['-h'])).toEqual(help)
    const bare = xdmap([])
    expect(bare.code).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toBe(help.stdout)
    expect(README).toMatch(/a bare `xdmap` is a\s+usage error: the overview on \*\*stderr\*\*, exit \*\*2\*\*/)
  })

  it('prints the version for -V, --version and -v', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
    for (const f of ['-V', '--version', '-v']) expect(xdmap([f])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('names an unknown command and option, with the nearest known one', () => {
    expect(xdmap(['help', 'rnu'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command "rnu" \(did you mean run\?\)/) })
    expect(xdmap(['chek'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command "chek" \(did you mean check\?\)/) })
    const cases: [string[], RegExp][] = [
      [['run', 'x.csv', '--maping', 'm.json'], /Unknown option '--maping'; did you mean --mapping\?/],
      [['run', 'x.csv', '--mapp', 'm.json'], /Unknown option '--mapp'; did you mean --mapping\?/],
      [['check', '--max-error', '3'], /Unknown option '--max-error'; did you mean --max-errors\?/],
      [['suggest', 'x.csv', '--delimeter', ';'], /Unknown option '--delimeter'; did you mean --delimiter\?/],
      [['schema', 'show', 'x', '--identity'], /Unknown option '--identity'; did you mean --identities\?/],
      [['run', 'x.csv', '--zzzzzzzz'], /Unknown option '--zzzzzzzz'\n/],
      [['run', 'x.csv', '-x'], /Unknown option '-x'\n/],
    ]
    for (const [args, message] of cases) {
      const r = xdmap(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(message)
      expect(r.stderr).toMatch(new RegExp(`Run xdmap ${args[0]} --help for usage`))
    }
  })
})

describe('the README documents every option of every command', () => {
  it.each(specs.map((s) => s.name))('`xdmap %s`: the README table lists exactly its options, with their short flags', (name) => {
    const spec = specs.find((s) => s.name === name)!
    const documented = readmeOptions(name)
    expect([...documented.keys()].sort()).toEqual(spec.options.map((o) => o.name).sort())
    for (const o of spec.options) expect(documented.get(o.name), `--${o.name}`).toBe(o.short)
  })

  it('has a short flag for the common options, and no letter twice in a command', () => {
    const shorts = Object.fromEntries(specs.map((s) => [s.name, Object.fromEntries(s.options.filter((o) => o.short).map((o) => [o.name, o.short]))]))
    expect(shorts.run).toMatchObject({ schema: 's', mapping: 'm', out: 'o', quiet: 'q' })
    expect(shorts.check).toMatchObject({ schema: 's', mapping: 'm' })
    expect(shorts.suggest).toMatchObject({ schema: 's', out: 'o' })
    for (const s of specs) {
      const letters = s.options.filter((o) => o.short).map((o) => o.short)
      expect(new Set(letters).size, s.name).toBe(letters.length)
      expect(letters, s.name).not.toContain('h')
    }
  })
})
