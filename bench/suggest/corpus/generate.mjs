// Writes the labelled corpus (bench/suggest/corpus/sets/<name>.json) from sets.mjs: header, 20 generated rows in
// the product's formats, the accepted destinations per column and the optional columns. Deterministic (seeded by
// the set's name). Run: node bench/suggest/corpus/generate.mjs (needs `npm run build` for the path check).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { order, person } from './people.mjs'
import { SETS as BASE } from './sets.mjs'
import { SETS as TUNE5 } from './sets-tune5.mjs'
import { SETS as HELDOUT5 } from './sets-heldout5.mjs'
import { SETS as TUNE6 } from './sets-tune6.mjs'
import { SETS as HELDOUT6 } from './sets-heldout6.mjs'
import { SETS as TUNE7 } from './sets-tune7.mjs'
import { SETS as HELDOUT7 } from './sets-heldout7.mjs'
import { SETS as HELDOUT8 } from './sets-heldout8.mjs'
import { SETS as TUNE8 } from './sets-tune8.mjs'
import { SETS as HELDOUT9 } from './sets-heldout9.mjs'
import { SETS as TUNE9 } from './sets-tune9.mjs'
import { SETS as TUNE10 } from './sets-tune10.mjs'
import { SETS as HELDOUT10 } from './sets-heldout10.mjs'
import { SETS as TUNE11 } from './sets-tune11.mjs'
import { SETS as HELDOUT11 } from './sets-heldout11.mjs'
import { SETS as HELDOUT12 } from './sets-heldout12.mjs'
import { SETS as TUNE12 } from './sets-tune12.mjs'
import { SETS as HELDOUT13 } from './sets-heldout13.mjs'
import { SETS as TUNE13 } from './sets-tune13.mjs'
import { SETS as HELDOUT14 } from './sets-heldout14.mjs'
import { SETS as TUNE14 } from './sets-tune14.mjs'
import { SETS as TUNE15 } from './sets-tune15.mjs'
import { SETS as TUNE16 } from './sets-tune16.mjs'
import { SETS as TUNE17 } from './sets-tune17.mjs'
import { SETS as TUNE18 } from './sets-tune18.mjs'
import { SETS as HELDOUT15 } from './sets-heldout15.mjs'
import { SETS as TUNE19 } from './sets-tune19.mjs'
import { SETS as HELDOUT16 } from './sets-heldout16.mjs'
import { SETS as TUNE20 } from './sets-tune20.mjs'
import { SETS as HELDOUT17 } from './sets-heldout17.mjs'
import { SETS as TUNE21 } from './sets-tune21.mjs'
import { SETS as TUNE22 } from './sets-tune22.mjs'
import { SETS as HELDOUT18 } from './sets-heldout18.mjs'
import { SETS as HELDOUT19 } from './sets-heldout19.mjs'
import { SETS as TUNE23 } from './sets-tune23.mjs'
import { SETS as HELDOUT20 } from './sets-heldout20.mjs'
import { SETS as HELDOUT21 } from './sets-heldout21.mjs'
import { SETS as TUNE24 } from './sets-tune24.mjs'
import { SETS as HELDOUT22 } from './sets-heldout22.mjs'
import { SETS as HELDOUT23 } from './sets-heldout23.mjs'
import { SETS as TUNE25 } from './sets-tune25.mjs'
import { SETS as TUNE26 } from './sets-tune26.mjs'
import { SETS as TUNE27 } from './sets-tune27.mjs'
import { SETS as TUNE28 } from './sets-tune28.mjs'
import { SETS as TUNE29 } from './sets-tune29.mjs'
import { SETS as TUNE30 } from './sets-tune30.mjs'
import { SETS as TUNE31 } from './sets-tune31.mjs'
import { SETS as TUNE32 } from './sets-tune32.mjs'
import { SETS as TUNE33 } from './sets-tune33.mjs'
import { SETS as TUNE34 } from './sets-tune34.mjs'
import { SETS as HELDOUT24 } from './sets-heldout24.mjs'
import { SETS as HELDOUT25 } from './sets-heldout25.mjs'
import { SETS as HELDOUT26 } from './sets-heldout26.mjs'
import { SETS as HELDOUT27 } from './sets-heldout27.mjs'
import { SETS as HELDOUT28 } from './sets-heldout28.mjs'
import { SETS as HELDOUT29 } from './sets-heldout29.mjs'
import { SETS as HELDOUT30 } from './sets-heldout30.mjs'
import { SETS as HELDOUT31 } from './sets-heldout31.mjs'
import { SETS as TUNE35 } from './sets-tune35.mjs'
import { SETS as TUNE36 } from './sets-tune36.mjs'
import { SETS as TUNE37 } from './sets-tune37.mjs'
import { SETS as TUNE38 } from './sets-tune38.mjs'
import { SETS as TUNE39 } from './sets-tune39.mjs'
import { SETS as TUNE40 } from './sets-tune40.mjs'
import { SETS as TUNE41 } from './sets-tune41.mjs'
import { SETS as TUNE42 } from './sets-tune42.mjs'
import { SETS as TUNE43 } from './sets-tune43.mjs'
import { SETS as TUNE44 } from './sets-tune44.mjs'
import { SETS as TUNE45 } from './sets-tune45.mjs'
import { SETS as TUNE51 } from './sets-tune51.mjs'
import { SETS as TUNE52 } from './sets-tune52.mjs'
import { SETS as TUNE54 } from './sets-tune54.mjs'
import { SETS as TUNE56 } from './sets-tune56.mjs'
import { SETS as TUNE57 } from './sets-tune57.mjs'
import { SETS as TUNE58 } from './sets-tune58.mjs'
import { SETS as TUNE60 } from './sets-tune60.mjs'
import { SETS as TUNE63 } from './sets-tune63.mjs'
import { SETS as TUNE64 } from './sets-tune64.mjs'
import { SETS as TUNE65 } from './sets-tune65.mjs'
import { SETS as TUNE66 } from './sets-tune66.mjs'
import { SETS as TUNE68 } from './sets-tune68.mjs'
import { SETS as TUNE69 } from './sets-tune69.mjs'
import { SETS as TUNE70 } from './sets-tune70.mjs'
import { SETS as TUNE71 } from './sets-tune71.mjs'
import { SETS as HELDOUT32 } from './sets-heldout32.mjs'
import { SETS as HELDOUT33 } from './sets-heldout33.mjs'
import { SETS as HELDOUT34 } from './sets-heldout34.mjs'
import { SETS as HELDOUT35 } from './sets-heldout35.mjs'
import { SETS as HELDOUT36 } from './sets-heldout36.mjs'
import { SETS as HELDOUT37 } from './sets-heldout37.mjs'
import { SETS as HELDOUT38 } from './sets-heldout38.mjs'
import { SETS as HELDOUT39 } from './sets-heldout39.mjs'
import { SETS as TUNE46 } from './sets-tune46.mjs'
import { SETS as TUNE47 } from './sets-tune47.mjs'
import { SETS as TUNE48 } from './sets-tune48.mjs'
import { SETS as TUNE49 } from './sets-tune49.mjs'
import { SETS as TUNE50 } from './sets-tune50.mjs'
import { SETS as TUNE53 } from './sets-tune53.mjs'
import { SETS as TUNE55 } from './sets-tune55.mjs'
import { SETS as TUNE59 } from './sets-tune59.mjs'
import { SETS as TUNE61 } from './sets-tune61.mjs'
import { SETS as TUNE62 } from './sets-tune62.mjs'
import { SETS as HELDOUT40 } from './sets-heldout40.mjs'
import { SETS as HELDOUT41 } from './sets-heldout41.mjs'
import { SETS as HELDOUT42 } from './sets-heldout42.mjs'
import { SETS as HELDOUT43 } from './sets-heldout43.mjs'
import { SETS as HELDOUT44 } from './sets-heldout44.mjs'
import { SETS as HELDOUT45 } from './sets-heldout45.mjs'
import { SETS as HELDOUT46 } from './sets-heldout46.mjs'
import { SETS as HELDOUT47 } from './sets-heldout47.mjs'
import { SETS as TUNE67 } from './sets-tune67.mjs'
import { SETS as TUNE72 } from './sets-tune72.mjs'
import { SETS as TUNE73 } from './sets-tune73.mjs'
import { SETS as TUNE74 } from './sets-tune74.mjs'
import { SETS as TUNE75 } from './sets-tune75.mjs'
import { SETS as TUNE76 } from './sets-tune76.mjs'
import { SETS as TUNE77 } from './sets-tune77.mjs'
import { SETS as TUNE78 } from './sets-tune78.mjs'
import { SETS as TUNE79 } from './sets-tune79.mjs'
import { SETS as TUNE80 } from './sets-tune80.mjs'
import { SETS as TUNE81 } from './sets-tune81.mjs'
import { SETS as TUNE82 } from './sets-tune82.mjs'
import { SETS as TUNE83 } from './sets-tune83.mjs'
import { SETS as TUNE84 } from './sets-tune84.mjs'
import { SETS as HELDOUT48 } from './sets-heldout48.mjs'
import { SETS as HELDOUT49 } from './sets-heldout49.mjs'
import { SETS as HELDOUT50 } from './sets-heldout50.mjs'
import { SETS as HELDOUT51 } from './sets-heldout51.mjs'
import { SETS as HELDOUT52 } from './sets-heldout52.mjs'
import { SETS as HELDOUT53 } from './sets-heldout53.mjs'
import { SETS as HELDOUT54 } from './sets-heldout54.mjs'
import { SETS as HELDOUT55 } from './sets-heldout55.mjs'
import { SETS as HELDOUT63 } from './sets-heldout63.mjs'
import { rng } from './values.mjs'

const root = new URL('../../..', import.meta.url).pathname
const { loadSchema } = await import(join(root, 'dist', 'index.js'))
const { leaves } = await import(join(root, 'dist', 'schema', 'catalog.js'))
const out = join(root, 'bench', 'suggest', 'corpus', 'sets')
mkdirSync(out, { recursive: true })
const ROWS = 20
const SETS = [...BASE, ...TUNE5, ...HELDOUT5, ...TUNE6, ...HELDOUT6, ...TUNE7, ...HELDOUT7, ...TUNE8, ...HELDOUT8, ...TUNE9, ...HELDOUT9, ...TUNE10, ...HELDOUT10, ...TUNE11, ...HELDOUT11, ...HELDOUT12, ...TUNE12, ...HELDOUT13, ...TUNE13, ...HELDOUT14, ...TUNE14, ...TUNE15, ...TUNE16, ...TUNE17, ...TUNE18, ...HELDOUT15, ...TUNE19, ...HELDOUT16, ...TUNE20, ...HELDOUT17, ...TUNE21, ...TUNE22, ...HELDOUT18, ...HELDOUT19, ...TUNE23, ...HELDOUT20, ...HELDOUT21, ...TUNE24, ...HELDOUT22, ...HELDOUT23, ...TUNE25, ...TUNE26, ...TUNE27, ...TUNE28, ...TUNE29, ...TUNE30, ...TUNE31, ...TUNE32, ...TUNE33, ...TUNE34, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...TUNE35, ...TUNE36, ...TUNE37, ...TUNE38, ...TUNE39, ...TUNE40, ...TUNE41, ...TUNE42, ...TUNE43, ...TUNE44, ...TUNE45, ...HELDOUT32, ...HELDOUT33, ...HELDOUT34, ...HELDOUT35, ...HELDOUT36, ...HELDOUT37, ...HELDOUT38, ...HELDOUT39, ...TUNE46, ...TUNE47, ...TUNE48, ...TUNE49, ...TUNE50, ...TUNE51, ...TUNE52, ...TUNE53, ...TUNE54, ...TUNE55, ...TUNE56, ...TUNE57, ...TUNE58, ...TUNE59, ...TUNE60, ...TUNE61, ...TUNE62, ...TUNE63, ...HELDOUT40, ...HELDOUT41, ...HELDOUT42, ...HELDOUT43, ...HELDOUT44, ...HELDOUT45, ...HELDOUT46, ...HELDOUT47, ...TUNE64, ...TUNE65, ...TUNE66, ...TUNE67, ...TUNE68, ...TUNE69, ...TUNE70, ...TUNE71, ...TUNE72, ...TUNE73, ...TUNE74, ...TUNE75, ...TUNE76, ...TUNE77, ...TUNE78, ...TUNE79, ...TUNE80, ...TUNE81, ...TUNE82, ...TUNE83, ...TUNE84, ...HELDOUT48, ...HELDOUT49, ...HELDOUT50, ...HELDOUT51, ...HELDOUT52, ...HELDOUT53, ...HELDOUT54, ...HELDOUT55, ...HELDOUT63]
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1].split(',')) : undefined
const seed = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
let bad = 0
for (const set of SETS) {
  if (only && !only.has(set.name)) continue
  const catalog = await loadSchema(join(root, set.schema))
  const paths = new Set(leaves(catalog).map((n) => n.path.replace(/\[\]/g, '[0]')))
  const r = rng(seed(set.seed ?? set.name))
  const lang = set.language === 'none' ? 'en' : set.language === 'es' && set.name.startsWith('tiendanube') ? 'ar' : set.language
  const rows = []
  for (let i = 0; i < ROWS; i++) {
    const c = person(r, lang), o = order(r)
    rows.push(set.cols.map(([, gen]) => String(gen(c, o, r, i))))
  }
  const truth = {}, optional = []
  for (const [h, , accept, flag] of set.cols) {
    truth[h] = accept
    if (flag === 'opt') optional.push(h)
    for (const d of accept) if (!paths.has(d)) { console.error(`${set.name}: ${h} → ${d} is not a field of ${set.schema}`); bad++ }
  }
  const { cols, ...meta } = set
  writeFileSync(join(out, `${set.name}.json`), JSON.stringify({ ...meta, header: cols.map((c) => c[0]), rows, truth, optional }, null, 1) + '\n')
}
if (bad) { console.error(`${bad} labels name fields the schema lacks`); process.exit(1) }
console.log(`wrote ${SETS.length} sets to ${out}`)
