import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

/**
 * The README's "Use in CI" recipe, run as GitHub Actions would run it: the `run:` script of the "xdmap check" step in
 * samples/github-workflow.yml (the README shows that file verbatim), with `bash -eo pipefail`, with `xdmap` on the
 * PATH as `npm install --global xdmap` would put it, over the repository's own files and over a broken copy.
 */
const WORKFLOW = readFileSync(join(ROOT, 'samples', 'github-workflow.yml'), 'utf8')
const base = tmpDir('xdmap-ci-')

/** The `run:` of the step named "xdmap check" (inline or a `|` block). */
function recipeScript(yaml: string): string {
  const lines = yaml.split('\n')
  const at = lines.findIndex((l) => /^\s*- name: xdmap check\s*$/.test(l))
  expect(at, 'a step named "xdmap check"').toBeGreaterThan(-1)
  const run = /^(\s*)run:\s*(.*)$/.exec(lines[at + 1] ?? '')
  expect(run, 'its run: line').not.toBeNull()
  if (run![2] !== '|') return run![2]!
  const body: string[] = []
  for (const l of lines.slice(at + 2)) {
    if (l.trim() && l.length - l.trimStart().length <= run![1]!.length) break
    body.push(l)
  }
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length))
  return body.map((l) => l.slice(indent)).join('\n')
}

function runRecipe(cwd: string, env: Record<string, string> = {}) {
  const bin = join(base, 'bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(join(bin, 'xdmap'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" "$@"\n`)
  chmodSync(join(bin, 'xdmap'), 0o755)
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', recipeScript(WORKFLOW)], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', GITHUB_ACTIONS: 'true', PATH: `${bin}:${process.env.PATH}`, ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A copy of the files the recipe reads. */
function copyRepo(name: string): string {
  const dir = join(base, name)
  for (const f of ['xdmap.config.json', 'mappings', 'schemas', 'samples']) cpSync(join(ROOT, f), join(dir, f), { recursive: true })
  return dir
}

describe('the CI recipe (README "Use in CI", samples/github-workflow.yml)', () => {
  it('is the same text in the README and in samples/github-workflow.yml', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('```yaml\n' + WORKFLOW + '```')
    expect(recipeScript(WORKFLOW)).toMatch(/\bxdmap check\b/)
  })

  it("passes on the repository's own mappings, schemas and samples, with no annotations", () => {
    const summary = join(base, 'summary-ok.md')
    const r = runRecipe(ROOT, { GITHUB_STEP_SUMMARY: summary })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stdout).not.toMatch(/^::(error|warning)/m)
    const config = JSON.parse(readFileSync(join(ROOT, 'xdmap.config.json'), 'utf8')) as { check: { mapping: string }[] }
    expect(r.stdout.match(/^xdmap check: ok: 0 errors/gm)).toHaveLength(config.check.length)
    // every mapping set the repository keeps in mappings/ is either checked or left out for a stated reason
    expect(config.check.map((c) => c.mapping)).toContain('mappings/profile.mapping.json')
    expect(readFileSync(summary, 'utf8')).toMatch(/### xdmap check: mappings\/profile\.mapping\.json: ok/)
  })

  it('fails with annotations, configuration errors included, on a broken copy', () => {
    const dir = copyRepo('broken')
    const mapping = join(dir, 'mappings', 'profile.mapping.json')
    const text = readFileSync(mapping, 'utf8')
    writeFileSync(mapping, text.replace('"person.name.firstName"', '"person.name.firstNmae"'))
    rmSync(join(dir, 'schemas', 'order-event.schema.json'))
    const r = runRecipe(dir)
    expect(r.code).toBe(2)
    // the line is the mapping's (its exact value is src/mapping/json-lines.ts's business, tested there)
    expect(r.stdout).toMatch(/^::error file=mappings\/profile\.mapping\.json,line=\d+,title=xdmap MAPPING_UNKNOWN_DESTINATION::mappings\[2\]: Destination "person\.name\.firstNmae"/m)
    expect(r.stdout).toMatch(/^::error file=schemas\/order-event\.schema\.json,title=xdmap FILE_NOT_FOUND::Cannot read schemas\/order-event\.schema\.json/m)
    expect(r.stdout).toMatch(/^xdmap check: failed: FILE_NOT_FOUND in samples\/order-events\.mapping\.json$/m)
  })

  it('fails with exit 1 and annotations when only the data is invalid', () => {
    const dir = copyRepo('bad-data')
    const csv = join(dir, 'samples', 'profile-plain.csv')
    const lines = readFileSync(csv, 'utf8').split('\n')
    lines[2] = lines[2]!.replace(/\d{4}-\d{2}-\d{2}/, '1990-13-45')
    writeFileSync(csv, lines.join('\n'))
    const r = runRecipe(dir)
    expect(r.code, r.stdout + r.stderr).toBe(1)
    expect(r.stdout).toMatch(/^::error file=mappings\/profile\.mapping\.json,title=xdmap DATA_INVALID::1 of 5 dry-run rows would be rejected/m)
  })

  it('annotates a broken config file', () => {
    const dir = copyRepo('bad-config')
    writeFileSync(join(dir, 'xdmap.config.json'), '{ "check": [ { "mapping": "mappings/profile.mapping.json" } ] }\n')
    const r = runRecipe(dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/^::error file=xdmap\.config\.json,line=1,title=xdmap CHECK_CONFIG_INVALID::check\[0\]: needs "schema"/m)
  })
})
