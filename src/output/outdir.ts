import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, realpath, rename, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { writeFileAtomic } from '../util/atomic-file.js'
import { namesInManifest } from './manifest.js'

/**
 * The output directory of a run, written so that an interrupted run never destroys the previous complete output and
 * never leaves a manifest that lies:
 *
 * - everything is written into a staging directory inside `--out` (`.xdmap-staging-<pid>-<random>`, same file system,
 *   so the final renames are atomic);
 * - on commit a marker (`.xdmap-commit.json`) is written first, naming the staging directory and the previous
 *   outputs to remove; then the old manifest is removed, old outputs the new run does not replace are removed, the
 *   new files are renamed in, and the new manifest is renamed in last; then the staging directory and the marker go;
 * - a run that starts on a directory holding a marker finishes that commit first (roll forward: the staging directory
 *   it names is complete), and removes staging directories of runs that are no longer alive.
 *
 * So at any moment `manifest.json`, when present, describes files that are all there; a crash between removing the old
 * manifest and renaming the new one in leaves no manifest (the output is incomplete, which readers can see) and the
 * next run or `recoverOutDir` completes it.
 *
 * Only files this tool wrote may be removed or replaced: those the previous manifest lists, and its own temporary
 * names. Other files that would collide with an output name, or an input of this run stored under an output name,
 * refuse the run (OUT_DIR_NOT_OURS, OUT_DIR_HOLDS_INPUT) unless `force`.
 */

export const MANIFEST = 'manifest.json'
const MARKER = '.xdmap-commit.json'
const STAGING_PREFIX = '.xdmap-staging-'
/** Names a run writes. */
const OUTPUT_NAME = /^(part-\d{5}\.(json|parquet)|rejects\.csv|errors\.json|manifest\.json|mapping\.json)$/
/** Temporary names of earlier versions of this tool (files written beside their final name). */
const LEGACY_TMP = /^\.(part-\d{5}\.(json|parquet)|rejects\.csv|errors\.json|manifest\.json|mapping\.json)\.tmp$/

interface Marker { staging: string; remove: string[]; files: string[] }

export interface OutDirOptions {
  /** Replace files that collide with output names even when no previous manifest of ours lists them. */
  force?: boolean
  /** Files this run reads (input CSV, mapping, schema): never removed, refused when stored under an output name. */
  inputs?: readonly string[]
  /** This run writes mapping.json (suggested mapping). */
  writesMapping?: boolean
}

export interface OutDir {
  /** Final directory (absolute). */
  readonly dir: string
  /** Where the run writes its files. */
  readonly staging: string
  /** Moves the staged files into place (the staged manifest last). Call once everything, manifest included, is staged. */
  commit(): Promise<void>
  /** Removes the staging directory; the previous output stays as it was. */
  abort(): Promise<void>
}

async function exists(path: string): Promise<boolean> {
  try { await readdir(path); return true } catch { return false }
}

/** The refusal of an output directory holding files under output names that no manifest of ours lists. */
export function notOurs(path: string, foreign: readonly string[]): XdmapError {
  const them = foreign.length === 1 ? 'it' : 'them'
  return new XdmapError('OUT_DIR_NOT_OURS', `--out ${path} holds ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}, which no xdmap manifest there lists; a run would replace ${them}. Move ${them}, choose another --out, or give --force`, { file: path })
}

async function listOurs(dir: string): Promise<Set<string>> {
  let text: string
  try { text = await readFile(join(dir, MANIFEST), 'utf8') } catch { return new Set() }
  // a manifest's part files count only under the names a run writes
  return namesInManifest(text, MANIFEST, (n) => OUTPUT_NAME.test(n))
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true
  try { process.kill(pid, 0); return true } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM' }
}

async function ignoreMissing(p: Promise<unknown>): Promise<void> {
  try { await p } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e }
}

/**
 * Finishes a commit a crash interrupted (idempotent). The staged manifest moves in last, so while it is still staged
 * the move is unfinished; once it is gone from the staging directory the new output is in place and only the staging
 * directory and the marker are left to remove (removing `manifest.json` again then would remove the new one, with
 * nothing left to put back: a crash while the staging directory was being removed lost the output that way).
 */
async function rollForward(dir: string, marker: Marker, keep: ReadonlySet<string> = new Set()): Promise<void> {
  const staging = join(dir, marker.staging)
  if (await fileExists(join(staging, MANIFEST))) {
    await ignoreMissing(unlink(join(dir, MANIFEST)))
    for (const name of marker.remove) if (!keep.has(join(dir, name))) await ignoreMissing(unlink(join(dir, name)))
    for (const name of marker.files) if (name !== MANIFEST) await ignoreMissing(rename(join(staging, name), join(dir, name)))
    await rename(join(staging, MANIFEST), join(dir, MANIFEST))
    crashPoint('after-manifest')
  }
  await rm(staging, { recursive: true, force: true })
  await ignoreMissing(unlink(join(dir, MARKER)))
}

async function fileExists(path: string): Promise<boolean> {
  try { await stat(path); return true } catch (e) { if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false; throw e }
}

/**
 * Brings `dir` back to a complete state after a crash: finishes an interrupted commit and removes what dead runs left
 * (staging directories, temporary files). Safe to call on any directory; does nothing when there is nothing to do.
 */
export async function recoverOutDir(dir: string): Promise<void> {
  let names: string[]
  try { names = await readdir(dir) } catch { return }
  if (names.includes(MARKER)) {
    let marker: Marker | undefined
    try { marker = JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as Marker } catch { marker = undefined }
    if (marker && typeof marker.staging === 'string' && marker.staging.startsWith(STAGING_PREFIX) && !marker.staging.includes('/')) {
      if (await exists(join(dir, marker.staging))) await rollForward(dir, marker)
      else await ignoreMissing(unlink(join(dir, MARKER)))
    } else await ignoreMissing(unlink(join(dir, MARKER)))
    names = await readdir(dir)
  }
  for (const n of names) {
    if (n.startsWith(STAGING_PREFIX)) {
      const pid = Number(n.slice(STAGING_PREFIX.length).split('-')[0])
      if (!Number.isInteger(pid) || !alive(pid)) await rm(join(dir, n), { recursive: true, force: true })
    } else if (LEGACY_TMP.test(n)) await rm(join(dir, n), { force: true })
  }
}

async function canonical(path: string): Promise<string> {
  try { return await realpath(path) } catch { return resolve(path) }
}

/** Prepares `dir` for a run: recovers it, checks it is safe to write, and makes the staging directory. */
export async function openOutDir(path: string, options: OutDirOptions = {}): Promise<OutDir> {
  const dir = resolve(path)
  try {
    await mkdir(dir, { recursive: true })
  } catch (e) {
    throw new XdmapError('IO_ERROR', `Cannot create the output directory ${path}: ${(e as Error).message}`, { file: path })
  }
  await recoverOutDir(dir)
  const names = await readdir(dir)
  const busy = names.find((n) => n.startsWith(STAGING_PREFIX))
  if (busy) throw new XdmapError('OUT_DIR_BUSY', `Another xdmap run (process ${busy.slice(STAGING_PREFIX.length).split('-')[0]}) is writing into ${path}; wait for it or give another --out`, { file: path })
  const ours = await listOurs(dir)
  const realDir = await canonical(dir)

  // inputs stored under a name this run writes or removes
  const inputs = await Promise.all((options.inputs ?? []).map(canonical))
  const keep = new Set(inputs)
  for (const input of inputs) {
    if (dirname(input) !== realDir) continue
    const name = basename(input)
    const written = OUTPUT_NAME.test(name) && (name !== 'mapping.json' || options.writesMapping)
    if ((written || (ours.has(name) && name !== 'mapping.json')) && !options.force) {
      throw new XdmapError('OUT_DIR_HOLDS_INPUT', `${input} is an input of this run but lies in --out ${path} under a name the run writes or replaces (${name}); move it, choose another --out, or give --force`, { file: input })
    }
  }
  // files under output names that no manifest of ours accounts for
  if (!options.force) {
    const foreign = names.filter((n) => OUTPUT_NAME.test(n) && !ours.has(n) && (n !== 'mapping.json' || options.writesMapping) && !keep.has(join(realDir, n)))
    if (foreign.length) {
      throw notOurs(path, foreign)
    }
  }
  const removable = names.filter((n) => OUTPUT_NAME.test(n) && n !== MANIFEST && (ours.has(n) || (options.force && n !== 'mapping.json')))

  const stagingName = `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = join(dir, stagingName)
  await mkdir(staging)
  let done = false
  return {
    dir,
    staging,
    async commit() {
      if (done) return
      done = true
      const files = await readdir(staging)
      if (!files.includes(MANIFEST)) throw new Error('internal: commit without a staged manifest')
      const fresh = new Set(files)
      const marker: Marker = { staging: stagingName, remove: removable.filter((n) => !fresh.has(n) && !keep.has(join(realDir, n))), files }
      await writeFileAtomic(join(dir, MARKER), JSON.stringify(marker) + '\n')
      crashPoint('after-marker')
      await ignoreMissing(unlink(join(dir, MANIFEST)))
      crashPoint('after-unlink-manifest')
      await rollForward(dir, marker, keep)
    },
    async abort() {
      if (done) return
      done = true
      await rm(staging, { recursive: true, force: true })
    },
  }
}

/** Test hook: XDMAP_CRASH_AT=<point> kills the process there, as a power cut would (tests of the commit protocol). */
function crashPoint(point: string): void {
  if (process.env.XDMAP_CRASH_AT === point) process.kill(process.pid, 'SIGKILL')
}
