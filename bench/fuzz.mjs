#!/usr/bin/env node
/**
 * Fuzz harness: mutates the golden samples (samples/*.csv) and runs each mutant through the library's run() in
 * process (dist/index.js; build first), checking that nothing is lost, nothing doubled and nothing depends on how
 * the input is read:
 *
 * - no exception other than XdmapError escapes, and exit codes stay in {0, 1, 2};
 * - every run finishes within a time bound;
 * - read = written + rejected; the part files hold `written` lines of JSON, errors.json `rejected` entries, in
 *   input order;
 * - rejects.csv, read back with the run's dialect, gives exactly the rejected rows (each row's raw text, in order),
 *   and re-running it rejects every row again, for the same reason (first issue code);
 * - the same outputs (counts, part files, rejects.csv bytes, errors.json) whether the input comes from a file or
 *   from stdin in small random chunks, with 0 or 2 worker threads.
 *
 * Usage: npm run fuzz -- --cases 1000 --seed 42 [--minutes M] [--threads-every 4] [--time-bound-ms 20000] [--failures DIR]
 *        npm run fuzz -- --replay DIR/SEED-CASE.json     (re-checks a saved failure)
 * A failing input is saved in DIR (default $TMPDIR/xdmap-fuzz-failures) with a JSON file saying what failed.
 * --minutes M runs batches of --cases cases (seeds S, S + 1, ...) until M minutes have passed, stopping within a batch
 * at the deadline; progress goes to stderr every 1,000 cases.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSchema, run, XdmapError } from '../dist/index.js'
import { CsvParser, rawText } from '../dist/csv/parse.js'
import { decode, rawBytes } from '../dist/csv/decode.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SAMPLES = join(ROOT, 'samples')

/** Seeded PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = (arr) => arr[Math.floor(next() * arr.length)]
  return { next, int, pick, chance: (p) => next() < p }
}

/** The golden cases with their run options (as test/helpers/samples.ts reads them). */
function goldenCases() {
  return readdirSync(SAMPLES).filter((f) => f.endsWith('.csv') && !f.includes('.expected')).sort().map((f) => {
    const name = f.slice(0, -4)
    const file = join(SAMPLES, `${name}.options.json`)
    const extra = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
    return {
      name,
      bytes: readFileSync(join(SAMPLES, f)),
      options: { ...extra, schema: join(ROOT, extra.schema ?? 'schemas/profile.schema.json'), mapping: join(ROOT, extra.mapping ?? `samples/${name}.mapping.json`) },
    }
  })
}

// ---- mutations, on the bytes as a latin1 string (one character per byte) ----

const LINE_END = /\r\n|\r|\n/
const splitLines = (s) => s.split(LINE_END)
const lineEndOf = (s) => (s.includes('\r\n') ? '\r\n' : s.includes('\r') ? '\r' : '\n')
const insertAt = (s, i, t) => s.slice(0, i) + t + s.slice(i)
const utf8 = (t) => Buffer.from(t, 'utf8').toString('latin1')

const MUTATIONS = {
  flipBytes: (s, r) => { for (let k = r.int(1, 4); k-- > 0 && s.length;) { const i = r.int(0, s.length - 1); s = s.slice(0, i) + String.fromCharCode(r.int(0, 255)) + s.slice(i + 1) } return s },
  insertQuotes: (s, r) => { for (let k = r.int(1, 3); k-- > 0;) s = insertAt(s, r.int(0, s.length), '"'); return s },
  lineEndings: (s, r) => {
    const mode = r.pick(['\n', '\r\n', '\r', 'mix'])
    return splitLines(s).map((l, i, a) => l + (i === a.length - 1 ? '' : mode === 'mix' ? r.pick(['\n', '\r\n', '\r']) : mode)).join('')
  },
  nuls: (s, r) => { for (let k = r.int(1, 3); k-- > 0;) s = insertAt(s, r.int(0, s.length), '\u0000'); return s },
  invalidUtf8: (s, r) => { for (let k = r.int(1, 3); k-- > 0;) s = insertAt(s, r.int(0, s.length), r.pick(['\xff', '\xc3', '\xe9', '\xed\xa0\x80', '\xf0\x9f', '\xc0\xaf', '\x80'])); return s },
  genuineReplacement: (s, r) => insertAt(s, r.int(0, s.length), utf8('\uFFFD')),
  bomMidFile: (s, r) => { const lines = splitLines(s); const i = r.int(0, lines.length - 1); lines[i] = '\xef\xbb\xbf' + lines[i]; return lines.join(lineEndOf(s)) },
  overlongLine: (s, r) => {
    const lines = splitLines(s)
    const i = r.int(1, Math.max(1, lines.length - 1))
    const n = r.pick([2000, 70000, 300000])
    const big = r.chance(0.5) ? 'x'.repeat(n) : `"${'y'.repeat(n)}${r.chance(0.5) ? '\n' : ''}${'z'.repeat(10)}"`
    lines[i] = (lines[i] ?? '') + ',' + big
    return lines.join(lineEndOf(s))
  },
  extraField: (s, r) => { const lines = splitLines(s); const i = r.int(1, Math.max(1, lines.length - 1)); lines[i] = (lines[i] ?? '') + r.pick([',x', ';x', ',', ',,,']); return lines.join(lineEndOf(s)) },
  missingField: (s, r) => { const lines = splitLines(s); const i = r.int(1, Math.max(1, lines.length - 1)); const l = lines[i] ?? ''; const k = Math.max(l.lastIndexOf(','), l.lastIndexOf(';')); if (k >= 0) lines[i] = l.slice(0, k); return lines.join(lineEndOf(s)) },
  empty: () => '',
  headerOnly: (s, r) => splitLines(s)[0] + (r.chance(0.5) ? '\n' : ''),
  duplicateHeader: (s) => { const lines = splitLines(s); const d = lines[0].includes(';') ? ';' : ','; const h = lines[0].split(d); if (h.length > 1) h[1] = h[0]; lines[0] = h.join(d); return lines.join(lineEndOf(s)) },
  hugeNumbers: (s, r) => s.replace(/\b\d+(\.\d+)?\b/g, (m) => (r.chance(0.3) ? r.pick(['9'.repeat(40), '1e308', '-0', '1e-400', '0x1F', '12,50', 'NaN', '１２']) : m)),
  oddDates: (s, r) => s.replace(/\d{4}-\d{2}-\d{2}/g, (m) => (r.chance(0.5) ? r.pick(['2024-02-30', '0000-01-01', '9999-12-31', '2024-13-01', '1970-01-01T24:00:00Z', '2024-01-01T00:00:00+25:00', '-0001-01-01', '20240101']) : m)),
  whitespaceLines: (s, r) => { const lines = splitLines(s); for (let k = r.int(1, 3); k-- > 0;) lines.splice(r.int(1, lines.length), 0, r.pick(['', '   ', ' \t ', '\t', '\r'])); return lines.join(lineEndOf(s)) },
  sepLine: (s, r) => `sep=${splitLines(s)[0].includes(';') ? ';' : ','}${r.pick(['\n', '\r\n'])}` + s,
  titleLine: (s, r) => r.pick(['Report 2024', 'Exported by CRM', '']) + r.pick(['\n', '\r\n']) + s,
  truncate: (s, r) => s.slice(0, r.int(0, s.length)),
  unclosedQuote: (s, r) => { const lines = splitLines(s); const i = r.int(1, Math.max(1, lines.length - 1)); const l = lines[i] ?? ''; const k = l.indexOf(','); lines[i] = k >= 0 ? l.slice(0, k + 1) + '"' + l.slice(k + 1) : '"' + l; return lines.join(lineEndOf(s)) },
  quotedCr: (s, r) => { const lines = splitLines(s); const i = r.int(1, Math.max(1, lines.length - 1)); lines[i] = (lines[i] ?? '') + r.pick([',"a\rb"', ',"a\r"', ',"\r\n"', ', "x" ', ',5\'10"']); return lines.join(lineEndOf(s)) },
  // many rows: several reads and batches (and several worker batches with threads)
  repeatRows: (s, r) => { const lines = splitLines(s); const body = lines.slice(1).filter(Boolean); if (!body.length) return s; const k = Math.max(1, Math.floor(r.int(20_000, 600_000) / (body.join('\n').length + 1))); return [lines[0], ...Array.from({ length: k }, () => body).flat()].join(lineEndOf(s)) + lineEndOf(s) },
  garbageBlock: (s, r) => insertAt(s, r.int(0, s.length), Array.from({ length: r.int(1, 64) }, () => String.fromCharCode(r.int(0, 255))).join('')),
  tabDelimited: (s) => s.replace(/,/g, '\t'),
  pipeDelimited: (s) => s.replace(/,/g, '|'),
  utf16NoBom: (s) => Buffer.from(Buffer.from(s, 'latin1').toString('utf8'), 'utf16le').toString('latin1'),
}
const NAMES = Object.keys(MUTATIONS)

/** A mutant: a golden case with 1 to 3 mutations and sometimes tighter options. */
function mutant(cases, r) {
  const c = r.pick(cases)
  let s = c.bytes.toString('latin1')
  const applied = []
  for (let k = r.int(1, 3); k-- > 0;) { const m = r.pick(NAMES); applied.push(m); s = MUTATIONS[m](s, r) }
  const options = { ...c.options }
  if (r.chance(0.6)) options.maxErrors = '100%'
  if (r.chance(0.2)) options.maxFieldBytes = r.pick([16, 64, 1000])
  if (r.chance(0.1)) options.delimiter = r.pick([',', ';', '\t', '|'])
  if (r.chance(0.1)) options.encoding = r.pick(['windows-1252', 'latin1', 'utf16le', 'utf8'])
  if (r.chance(0.1)) options.onConversionError = 'null-field'
  if (r.chance(0.1)) options.maxRows = r.int(1, 5)
  return { sample: c.name, mutations: applied, bytes: Buffer.from(s, 'latin1'), options }
}

// ---- running ----

const schemas = new Map()
async function schemaFor(path) {
  if (!schemas.has(path)) schemas.set(path, await loadSchema(path))
  return schemas.get(path)
}

/** Chunk sizes for stdin: small ones for small inputs, larger for large ones. */
function chunkSizes(r, length) {
  const max = length < 20000 ? 64 : 65536
  return Array.from({ length: r.int(1, 4) }, () => r.int(1, max))
}

async function* chunked(bytes, sizes) {
  for (let pos = 0, k = 0; pos < bytes.length; k++) {
    const n = sizes[k % sizes.length]
    yield bytes.subarray(pos, pos + n)
    pos += n
  }
}

/** One run; what it wrote, normalised for comparison. */
async function runOnce(tmp, label, m, how, timeBoundMs) {
  const out = join(tmp, label)
  // every rejected row in full in errors.json (the run's cap per code is tested on its own), so each can be checked
  const options = { ...m.options, schema: await schemaFor(m.options.schema), out, threads: how.threads, errorDetails: Number.MAX_SAFE_INTEGER }
  if (how.file) { const input = join(tmp, `${label}.csv`); writeFileSync(input, m.bytes); options.input = input } else { options.input = '-'; options.stdin = chunked(m.bytes, how.sizes) }
  const t0 = performance.now()
  let report
  try {
    report = await run(options)
  } catch (e) {
    const ms = performance.now() - t0
    if (!(e instanceof XdmapError)) return { ms, crash: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) }
    return { ms, error: { code: e.code, exitCode: e.exitCode } }
  }
  const ms = performance.now() - t0
  const names = readdirSync(out)
  const parts = names.filter((n) => /^part-\d{5}\.json$/.test(n)).sort().map((n) => readFileSync(join(out, n), 'utf8')).join('')
  const rejects = names.includes('rejects.csv') ? readFileSync(join(out, 'rejects.csv')) : Buffer.alloc(0)
  const errors = names.includes('errors.json') ? readFileSync(join(out, 'errors.json'), 'utf8').split('\n').filter(Boolean).map((l) => { const e = JSON.parse(l); delete e._filename; return e }) : []
  const { read, written, rejected, rejectedByClass, issuesByCode, nulledFields, emptyLines } = report.counts
  return { ms, exitCode: report.exitCode, out, delimiter: report.input.delimiter, counts: { read, written, rejected, rejectedByClass, issuesByCode, nulledFields, emptyLines }, parts, rejects, errors }
}

const key = (res) => JSON.stringify(res.crash ? { crash: true } : res.error ? res.error : { exitCode: res.exitCode, counts: res.counts, parts: res.parts, rejects: res.rejects.toString('latin1'), errors: res.errors })

/** Reads rejects.csv back as the run read its input: the raw text of each row after the header. */
async function readRejects(bytes, delimiter, maxFieldBytes) {
  const parser = new CsvParser({ delimiter, ...(maxFieldBytes !== undefined ? { maxFieldBytes } : {}) })
  const rows = []
  const take = (b) => { for (const r of b.rows) rows.push(rawText(b, r)) }
  for await (const t of decode((async function* () { yield bytes })(), { encoding: 'utf8', detectUtf16: false })) take(parser.push(t))
  take(parser.push('', true))
  return rows.slice(1)
}

/** Checks one mutant; returns the list of problems (empty: fine). */
async function check(m, r, tmp, options) {
  const problems = []
  const bound = options.timeBoundMs
  const runs = []
  const a = await runOnce(tmp, 'a', m, { threads: 0, sizes: chunkSizes(r, m.bytes.length) }, bound)
  runs.push(['stdin, small chunks, 0 threads', a])
  runs.push(['file, 0 threads', await runOnce(tmp, 'b', m, { threads: 0, file: true }, bound)])
  if (options.threads) {
    runs.push(['stdin, chunks, 2 threads', await runOnce(tmp, 'c', m, { threads: 2, sizes: chunkSizes(r, m.bytes.length) }, bound)])
    // a file with threads: the reader finds records in the bytes read straight into its buffers
    runs.push(['file, 2 threads', await runOnce(tmp, 'd', m, { threads: 2, file: true }, bound)])
  }
  for (const [how, res] of runs) {
    if (res.crash) problems.push(`${how}: exception escaped: ${res.crash}`)
    if (res.ms > bound) problems.push(`${how}: took ${Math.round(res.ms)} ms (bound ${bound})`)
    const exit = res.error ? res.error.exitCode : res.exitCode
    if (!res.crash && ![0, 1, 2].includes(exit)) problems.push(`${how}: exit code ${exit}`)
  }
  for (const [how, res] of runs.slice(1)) if (key(res) !== key(a)) problems.push(`outputs differ: ${runs[0][0]} vs ${how}: ${diffSummary(a, res)}`)
  if (a.crash || a.error) return problems
  const c = a.counts
  if (c.read !== c.written + c.rejected) problems.push(`read ${c.read} != written ${c.written} + rejected ${c.rejected}`)
  const partLines = a.parts ? a.parts.split('\n').length - 1 : 0
  if (partLines !== c.written) problems.push(`part files hold ${partLines} lines, written is ${c.written}`)
  if (a.errors.length !== c.rejected) problems.push(`errors.json holds ${a.errors.length} entries, rejected is ${c.rejected}`)
  const bad = a.parts ? a.parts.split('\n').slice(0, -1).findIndex((l) => { try { JSON.parse(l); return false } catch { return true } }) : -1
  if (bad >= 0) problems.push(`part line ${bad + 1} is not JSON`)
  // rejects in input order: records strictly increasing, lines never decreasing
  const order = a.errors.findIndex((e, k) => k > 0 && (e.record <= a.errors[k - 1].record || e.line < a.errors[k - 1].line))
  if (order >= 0) problems.push(`errors.json entry ${order + 1} out of order (record ${a.errors[order].record}, line ${a.errors[order].line})`)
  if (a.rejects.length) {
    const back = await readRejects(a.rejects, a.delimiter, m.options.maxFieldBytes)
    const expected = a.errors.map((e) => e._corrupt_record)
    if (back.length !== c.rejected) problems.push(`rejects.csv reads back as ${back.length} rows, rejected is ${c.rejected}`)
    // compared as the bytes rejects.csv holds them (for UTF-8 inputs the same as comparing the text)
    const i = back.findIndex((t, k) => expected[k] === undefined || !rawBytes(t, 'utf8').equals(rawBytes(expected[k], 'utf8')))
    if (i >= 0) problems.push(`rejects.csv row ${i + 1} reads back as ${JSON.stringify(back[i]?.slice(0, 200))}, rejected ${JSON.stringify(expected[i]?.slice(0, 200))}`)
    if (c.rejected) {
      const path = join(tmp, 'rejects-again.csv')
      writeFileSync(path, a.rejects)
      const again = await runOnce(tmp, 'again', { ...m, bytes: a.rejects, options: { ...m.options, maxErrors: '100%', delimiter: a.delimiter, encoding: 'utf8' } }, { threads: 0, file: true }, bound)
      if (again.crash) problems.push(`re-run of rejects.csv: exception escaped: ${again.crash}`)
      else if (again.error) problems.push(`re-run of rejects.csv failed: ${again.error.code}`)
      else {
        if (again.counts.written !== 0 || again.counts.read !== c.rejected) problems.push(`re-run of rejects.csv: read ${again.counts.read}, written ${again.counts.written} (expected ${c.rejected} read, 0 written)`)
        const codes = (res) => res.errors.map((e) => e._errors[0].code)
        const k = codes(a).findIndex((code, j) => code !== codes(again)[j])
        if (k >= 0) problems.push(`re-run of rejects.csv: row ${k + 1} rejected as ${codes(again)[k]}, first as ${codes(a)[k]}`)
      }
    }
  }
  return problems
}

function diffSummary(a, b) {
  if (a.error || b.error) return `${JSON.stringify(a.error ?? a.counts)} vs ${JSON.stringify(b.error ?? b.counts)}`
  if (JSON.stringify(a.counts) !== JSON.stringify(b.counts)) return `counts ${JSON.stringify(a.counts)} vs ${JSON.stringify(b.counts)}`
  if (a.parts !== b.parts) return 'part files differ'
  if (!a.rejects.equals(b.rejects)) return 'rejects.csv differs'
  return 'errors.json differs'
}

/** Runs `cases` mutants from `seed`. Returns the figures and the failures (each with the input that failed). */
export async function fuzz({ cases = 100, seed = 1, threadsEvery = 4, timeBoundMs = 20000, failuresDir, log = () => {}, until = Infinity } = {}) {
  const golden = goldenCases()
  const r = rng(seed)
  const failures = []
  const exits = {}
  const t0 = performance.now()
  let slowest = 0
  let done = 0
  for (let i = 0; i < cases && Date.now() < until; i++, done++) {
    if (i && i % 1000 === 0) log(`seed ${seed}: ${i} cases, ${failures.length} failures`)
    const m = mutant(golden, r)
    const tmp = mkdtempSync(join(tmpdir(), 'xdmap-fuzz-'))
    let problems
    try {
      problems = await check(m, r, tmp, { timeBoundMs, threads: threadsEvery > 0 && i % threadsEvery === 0 })
    } catch (e) {
      problems = [`harness: ${e instanceof Error ? e.stack : String(e)}`]
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
    const dt = performance.now() - t0
    slowest = Math.max(slowest, dt)
    if (problems.length) {
      const failure = { case: i, seed, sample: m.sample, mutations: m.mutations, options: m.options, problems }
      failures.push({ ...failure, bytes: m.bytes })
      if (failuresDir) {
        mkdirSync(failuresDir, { recursive: true })
        writeFileSync(join(failuresDir, `${seed}-${i}.csv`), m.bytes)
        writeFileSync(join(failuresDir, `${seed}-${i}.json`), JSON.stringify(failure, null, 2) + '\n')
      }
      log(`case ${i} (${m.sample} + ${m.mutations.join(', ')}): ${problems.join(' | ').slice(0, 600)}`)
    }
    for (const k of m.mutations) exits[k] = (exits[k] ?? 0) + 1
  }
  return { cases: done, seed, failures, mutations: exits, ms: Math.round(performance.now() - t0) }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def }
  const cases = Number(arg('cases', '200'))
  const seed = Number(arg('seed', '1'))
  const minutes = arg('minutes', undefined)
  const failuresDir = arg('failures', join(tmpdir(), 'xdmap-fuzz-failures'))
  const options = { seed, threadsEvery: Number(arg('threads-every', '4')), timeBoundMs: Number(arg('time-bound-ms', '20000')), failuresDir, log: (s) => console.error(s) }
  let total = { cases: 0, failures: 0, ms: 0 }
  const replay = arg('replay', undefined)
  if (replay !== undefined) {
    // re-checks a saved failure: --replay DIR/SEED-CASE.json (its .csv beside it)
    const saved = JSON.parse(readFileSync(replay, 'utf8'))
    const m = { sample: saved.sample, mutations: saved.mutations, options: saved.options, bytes: readFileSync(replay.replace(/\.json$/, '.csv')) }
    const tmp = mkdtempSync(join(tmpdir(), 'xdmap-fuzz-'))
    try {
      const problems = await check(m, rng(saved.seed * 7919 + saved.case), tmp, { timeBoundMs: options.timeBoundMs, threads: true })
      console.log(JSON.stringify({ replay, problems }, null, 2))
      process.exitCode = problems.length ? 1 : 0
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  } else if (minutes !== undefined) {
    // as many batches of `cases` as fit in the time, seeds seed, seed + 1, ...; the last batch stops at the deadline
    const end = Date.now() + Number(minutes) * 60000
    for (let s = seed; Date.now() < end; s++) {
      const res = await fuzz({ ...options, cases, seed: s, until: end })
      total = { cases: total.cases + res.cases, failures: total.failures + res.failures.length, ms: total.ms + res.ms }
      console.error(`seed ${s}: ${res.cases} cases, ${res.failures.length} failures (${total.cases} cases so far)`)
    }
  } else {
    const res = await fuzz({ ...options, cases })
    total = { cases: res.cases, failures: res.failures.length, ms: res.ms }
  }
  if (replay === undefined) {
    console.log(JSON.stringify({ ...total, seed, failuresDir }))
    process.exitCode = total.failures ? 1 : 0
  }
}
