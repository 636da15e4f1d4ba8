// Accuracy of `xdmap suggest` on the labelled header sets in bench/suggest/*.json (header, sample rows, ground
// truth with null for columns that should stay unmapped). Prints precision, recall and F1 per set and overall.
// A suggestion is right when it names the true destination; a suggestion for a column that should stay unmapped,
// or a wrong destination, is a false positive; a true destination not suggested is a false negative.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const { loadSchema, suggestFrom } = await import(join(root, 'dist', 'index.js'))
const dir = join(root, 'bench', 'suggest')
let TP = 0, FP = 0, FN = 0
const rows = []
const mistakes = []
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const set = JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const catalog = await loadSchema(join(root, set.schema))
  const result = suggestFrom(set.header, set.rows, catalog)
  const got = Object.fromEntries(result.mappings.map((m) => [m.source, m.destination]))
  let tp = 0, fp = 0, fn = 0
  for (const col of set.header) {
    const truth = set.truth[col] ?? null
    const s = got[col] ?? null
    if (s && s === truth) tp++
    else {
      if (s) { fp++; mistakes.push(`${set.name}: ${col} → ${s} (truth: ${truth ?? 'unmapped'})`) }
      if (truth) { fn++; if (!s) mistakes.push(`${set.name}: ${col} not mapped (truth: ${truth})`) }
    }
  }
  TP += tp; FP += fp; FN += fn
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1
  rows.push([set.name, set.header.length, tp, fp, fn, p, r, p + r ? (2 * p * r) / (p + r) : 0])
}
const P = TP + FP ? TP / (TP + FP) : 1, R = TP + FN ? TP / (TP + FN) : 1
console.log('| set | columns | TP | FP | FN | precision | recall | F1 |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const r of rows) console.log(`| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${r[4]} | ${r[5].toFixed(3)} | ${r[6].toFixed(3)} | ${r[7].toFixed(3)} |`)
console.log(`| **overall** | | ${TP} | ${FP} | ${FN} | ${P.toFixed(3)} | ${R.toFixed(3)} | ${(2 * P * R / (P + R)).toFixed(3)} |`)
if (mistakes.length) console.log('\nmistakes:\n' + mistakes.map((m) => `- ${m}`).join('\n'))
