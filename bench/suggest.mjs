// Accuracy of `xdmap suggest` on labelled header sets. Three groups, reported separately:
//   - heldout: bench/suggest/corpus/sets/*.json named in split.json "heldout": never tuned on (the honest number)
//   - heldout2: the second held-out half (split.json "heldout2"), added after heldout had been scored once
//   - heldout3: the third held-out half (split.json "heldout3"), added after heldout2 had been scored
//   - heldout4: the fourth held-out half (split.json "heldout4"), added after heldout3 had been scored
//   - heldout5..heldout7: written apart from that round's tuning (split.json "heldout5"..)
//   - overlap7: held-out sets whose products the round-7 tuner also chose for tune7 and tuned on (split.json
//              "overlap7"): not held-out, reported apart; overlap153 likewise (a product tune130 also chose)
//   - tune:    the corpus sets named in split.json "tune" .. "tune7": tuned on (an upper bound)
//   - legacy:  the twelve bench/suggest/*.json sets written while the first scorer was tuned (an upper bound)
// A set's truth gives, per column, every destination an AEP engineer would accept ([] = nothing fits; legacy sets:
// one destination or null); columns listed in `optional` are borderline: leaving them unmapped costs nothing.
// A suggestion naming an accepted destination is a true positive; any other suggestion is a false positive; a
// non-optional column with accepted destinations left unmapped (or mapped wrongly) is a false negative.
// Usage: node bench/suggest.mjs [--group heldout|heldout2..heldout7|overlap7|tune|legacy] [--mistakes] [--json]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
// XDMAP_DIST=<dir> scores another build (e.g. an older commit's dist) on the same sets
const dist = process.env.XDMAP_DIST ?? join(root, 'dist')
const lib = await import(join(dist, 'index.js'))
const { loadSchema } = lib
// the documented API has no suggestFrom (header + rows in memory); older builds exported it from the index
const suggestFrom = lib.suggestFrom ?? (await import(join(dist, 'suggest', 'index.js'))).suggestFrom
const args = process.argv.slice(2)
const only = args.includes('--group') ? args[args.indexOf('--group') + 1] : undefined
const showMistakes = args.includes('--mistakes')
const dir = join(root, 'bench', 'suggest')
const split = JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8'))
const load = (file) => JSON.parse(readFileSync(file, 'utf8'))
const setsOf = (names) => names.map((n) => load(join(dir, 'corpus', 'sets', `${n}.json`)))
const keys = Object.keys(split).filter((k) => /^(heldout|tune|overlap)\d*$/.test(k))
const groups = {
  ...Object.fromEntries(keys.filter((k) => !k.startsWith('tune')).map((k) => [k, setsOf(split[k])])),
  tune: setsOf(keys.filter((k) => k.startsWith('tune')).flatMap((k) => split[k])),
  legacy: readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'split.json').sort().map((f) => load(join(dir, f))),
}
const schemas = new Map()
const catalogOf = async (p) => { if (!schemas.has(p)) schemas.set(p, await loadSchema(join(root, p))); return schemas.get(p) }
const accepted = (set, col) => { const t = set.truth[col]; return t == null ? [] : Array.isArray(t) ? t : [t] }
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0)
const summary = {}
for (const [group, sets] of Object.entries(groups)) {
  if ((only && only !== group) || !sets.length) continue
  let TP = 0, FP = 0, FN = 0
  const rows = [], mistakes = []
  for (const set of sets) {
    const catalog = await catalogOf(set.schema)
    const result = suggestFrom(set.header, set.rows, catalog)
    const got = new Map(result.mappings.map((m) => [m.source, m.destination]))
    const optional = new Set(set.optional ?? [])
    let tp = 0, fp = 0, fn = 0
    for (const col of set.header) {
      const ok = accepted(set, col)
      const s = got.get(col)
      if (s !== undefined && ok.includes(s)) { tp++; continue }
      if (s !== undefined) { fp++; mistakes.push(`${set.name}: ${JSON.stringify(col)} → ${s} (accepted: ${ok.join(' | ') || 'none'})`) }
      if (ok.length && !optional.has(col)) { fn++; if (s === undefined) mistakes.push(`${set.name}: ${JSON.stringify(col)} not mapped (accepted: ${ok.join(' | ')})`) }
    }
    TP += tp; FP += fp; FN += fn
    const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1
    rows.push([set.name, set.language ?? 'en', set.header.length, tp, fp, fn, p, r, f1(p, r)])
  }
  const P = TP + FP ? TP / (TP + FP) : 1, R = TP + FN ? TP / (TP + FN) : 1
  summary[group] = { sets: sets.length, TP, FP, FN, precision: +P.toFixed(3), recall: +R.toFixed(3), f1: +f1(P, R).toFixed(3) }
  if (args.includes('--json')) continue
  console.log(`\n### ${group} (${sets.length} sets)\n`)
  console.log('| set | lang | columns | TP | FP | FN | precision | recall | F1 |')
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) console.log(`| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${r[4]} | ${r[5]} | ${r[6].toFixed(3)} | ${r[7].toFixed(3)} | ${r[8].toFixed(3)} |`)
  console.log(`| **overall** | | | ${TP} | ${FP} | ${FN} | ${P.toFixed(3)} | ${R.toFixed(3)} | ${f1(P, R).toFixed(3)} |`)
  if (showMistakes && mistakes.length) console.log('\nmistakes:\n' + mistakes.map((m) => `- ${m}`).join('\n'))
}
if (args.includes('--json')) console.log(JSON.stringify(summary, null, 1))
else {
  console.log('\n| group | sets | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const [g, s] of Object.entries(summary)) console.log(`| ${g} | ${s.sets} | ${s.TP} | ${s.FP} | ${s.FN} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`)
}
