import { converterFor } from '../convert/index.js'
import { ConvertError } from '../convert/failure.js'
import { readCsvSample } from '../csv/sample.js'
import { XdmapError } from '../errors.js'
import { formatSource } from '../mapping/paths.js'
import { leaves, type FieldCatalog, type FieldNode } from '../schema/catalog.js'
import { assign } from './assign.js'
import { FIELD_SYNONYMS, fieldTokens, GENERIC_LEAVES, QUALIFIER_FAMILY, QUALIFIERS, stem, tokens, WEAK } from './names.js'
import { profileColumn, type ColumnProfile, type Detector } from './profile.js'

/**
 * Column → field suggestions from names and values (what AEP's UI "auto-detects"), offline and explained:
 * every column is scored against every leaf field by name (tokens, abbreviations, synonyms, the whole path and the
 * title) and by values (type compatibility through the real converters, and detectors such as email or postal
 * code), then one global optimum assigns at most one field per column and one column per field. Columns with
 * nothing good enough stay unmapped: a wrong suggestion costs more than a missing one.
 */

export interface Suggestion {
  sourceType: 'ATTRIBUTE'
  source: string
  destination: string
  confidence: number
  reason: string
  alternatives: { destination: string; confidence: number }[]
}

export interface SuggestedMappingSet {
  outputSchema: { schemaRef: { id: string; contentType: string } }
  mappings: Suggestion[]
  unmapped: { source: string; reason: string }[]
}

export interface SuggestOptions {
  /** Rows sampled (default 1000). */
  sample?: number
  /** Lowest confidence suggested (default 0.5). */
  threshold?: number
  encoding?: string
  delimiter?: string
}

interface Target {
  destination: string
  node: FieldNode
  leaf: Set<string>
  leafCore: string[]
  context: Set<string>
  title: Set<string>
  qualifier?: string
  kind?: Detector
}

const SPECIFIC: Detector[] = ['email', 'phone', 'url', 'uuid', 'countryCode', 'currencyCode', 'gender', 'latitude', 'longitude', 'postalCode', 'dayMonth']
const DETECTOR_WORDS: Partial<Record<Detector, string>> = {
  email: 'email addresses', phone: 'phone numbers', url: 'URLs', uuid: 'UUIDs', countryCode: 'ISO country codes', currencyCode: 'ISO currency codes',
  gender: 'gender values', latitude: 'latitudes', longitude: 'longitudes', postalCode: 'postal codes', dayMonth: 'MM-DD days', year: 'years',
}

function segments(path: string): string[] {
  return path.split('.').map((s) => s.replace(/\[\]$/, ''))
}

/** What a field's values should look like, from its format, enum and name. */
function kindOf(node: FieldNode, segs: string[]): Detector | undefined {
  const leaf = segs[segs.length - 1]!.toLowerCase()
  const parent = (segs[segs.length - 2] ?? '').toLowerCase()
  if (node.format === 'email' || (leaf === 'address' && parent.endsWith('email'))) return 'email'
  if (node.format === 'uri' || node.format === 'url' || leaf === 'url') return 'url'
  if (leaf === 'number' && parent.endsWith('phone')) return 'phone'
  if (leaf === 'countrycode') return 'countryCode'
  if (leaf === 'currencycode') return 'currencyCode'
  if (leaf === 'postalcode') return 'postalCode'
  if (leaf === 'latitude') return 'latitude'
  if (leaf === 'longitude') return 'longitude'
  if (leaf === 'gender') return 'gender'
  if (leaf === 'birthdayandmonth') return 'dayMonth'
  if (leaf === 'birthyear') return 'year'
  return undefined
}

const family = (q: string): string => QUALIFIER_FAMILY[q] ?? q

export function targetsOf(catalog: FieldCatalog): Target[] {
  return leaves(catalog).filter((n) => !n.path.includes('{}')).map((node) => {
    const segs = segments(node.path)
    const last = segs[segs.length - 1]!
    const contextList = segs.slice(0, -1).filter((s) => !/^_[a-z]+$/i.test(s) || s === '_schema').flatMap(fieldTokens)
    let leafCore = fieldTokens(last)
    // a generic leaf (phone "number", email "address", product "name") means what its parent names
    if (leafCore.every((x) => GENERIC_LEAVES.has(x)) && segs.length > 1) {
      leafCore = fieldTokens(segs[segs.length - 2]!).filter((x) => !QUALIFIERS.has(x) && x !== 'list' && x !== 'detail')
    }
    const leaf = new Set([...leafCore, ...fieldTokens(last), ...(FIELD_SYNONYMS[last.toLowerCase()] ?? []).map(stem)])
    const t: Target = { destination: node.path.replace(/\[\]/g, '[0]'), node, leaf, leafCore, context: new Set(contextList), title: new Set(fieldTokens(node.title ?? '')) }
    const q = contextList.find((x) => QUALIFIERS.has(x)) ?? fieldTokens(last).find((x) => QUALIFIERS.has(x))
    if (q) t.qualifier = family(q)
    const k = kindOf(node, segs)
    if (k) t.kind = k
    return t
  })
}

interface Score { confidence: number; name: number; value: number; reasonName: string; reasonValue: string }

function typeShare(col: ColumnProfile, node: FieldNode): number {
  if (node.xdmType === 'string' || !col.sample.length) return 1
  const conv = converterFor(node)
  const sample = col.sample.slice(0, 200)
  return sample.filter((v) => !(conv(v) instanceof ConvertError)).length / sample.length
}

const weight = (x: string): number => (WEAK.has(x) ? 0.5 : /^\d+$/.test(x) ? 0.2 : 1)
const sum = (xs: Iterable<string>): number => { let n = 0; for (const x of xs) n += weight(x); return n }

function score(col: ColumnProfile, colTokens: string[], t: Target, knownQualifiers: Set<string>, informative: boolean): Score {
  const C = new Set(colTokens)
  const fieldWords = new Set([...t.leaf, ...t.context, ...t.title])
  const inter = (s: Set<string>): string[] => [...C].filter((x) => s.has(x))
  const explainedWords = inter(fieldWords)
  const explained = C.size ? sum(explainedWords) / sum(C) : 0
  const leafWords = inter(new Set([...t.leaf, ...t.title]))
  // date words are strong for date fields ("order_date" → timestamp)
  const isDate = t.node.xdmType === 'date' || t.node.xdmType === 'date-time'
  const strong = (x: string): boolean => weight(x) === 1 || (isDate && (x === 'date' || x === 'timestamp'))
  const strongLeaf = leafWords.some(strong)
  const coreCov = t.leafCore.length ? sum(t.leafCore.filter((x) => C.has(x))) / sum(t.leafCore) : 0
  // how well the field's own name is matched, times how much of the column name the field explains
  const leafScore = Math.max(coreCov, strongLeaf ? 0.75 : leafWords.length ? 0.4 : 0)
  let name = leafScore > 0 ? explained * leafScore : 0.2 * explained
  // qualifiers: a column that says "work" wants workAddress; one that names a qualifier the schema lacks is plain
  const colQual = [...C].filter((x) => QUALIFIERS.has(x)).map(family).filter((q) => knownQualifiers.has(q))
  if (name > 0) {
    if (colQual.length) name += t.qualifier && colQual.includes(t.qualifier) ? 0.15 : t.qualifier ? -0.6 : 0
    else if (t.qualifier) name += t.qualifier === 'home' ? 0.04 : t.qualifier === 'mobile' ? 0.02 : -0.5
  }
  name = Math.max(0, Math.min(1, name))

  const compat = typeShare(col, t.node)
  const sem = t.kind ? col.shares[t.kind] : undefined
  // a column whose values clearly are something specific (emails, URLs...) belongs to a field of that kind
  const strongValues = SPECIFIC.filter((d) => col.shares[d] >= 0.9 && d !== 'postalCode' && d !== 'latitude' && d !== 'longitude')
  const dateLike = col.shares.date + col.shares.datetime >= 0.9 && t.node.xdmType === 'string'
  let value = compat < 0.6 ? 0 : (sem !== undefined ? sem : (strongValues.length || dateLike) && t.node.xdmType === 'string' ? 0.3 : 0.7) * compat
  // enum and pattern fields take only values that fit (AEP would reject the rest)
  let fits = 1
  if (t.node.enum && col.sample.length) {
    const allowed = new Set(t.node.enum.map((e) => String(e).toLowerCase()))
    fits = col.sample.filter((v) => allowed.has(v.toLowerCase())).length / col.sample.length
  } else if (t.node.pattern && col.sample.length) {
    let re: RegExp | undefined
    try { re = new RegExp(t.node.pattern, 'u') } catch { re = undefined }
    if (re) fits = col.sample.filter((v) => re!.test(v)).length / col.sample.length
  }
  value = Math.min(value, fits)
  let confidence: number
  // some bad values are data problems (the run rejects those rows); most values not converting means the wrong field
  if (compat < 0.6 || fits < 0.5) confidence = 0
  else if (name >= 0.3) confidence = 0.75 * name + 0.25 * value
  else if (!informative && t.kind && SPECIFIC.includes(t.kind) && (sem ?? 0) >= 0.9 && col.nonEmpty >= 3) confidence = 0.5 + 0.15 * (sem ?? 0) + 0.2 * name + (t.qualifier === 'home' || t.qualifier === 'personal' ? 0.02 : 0)
  else confidence = 0.5 * name * value
  const reasonName = name >= 0.3
    ? `name ${JSON.stringify(col.name)} → [${colTokens.join(' ')}] matches ${t.destination}${leafWords.length ? ` (${leafWords.join(', ')})` : ''}${t.node.title ? `, title '${t.node.title}'` : ''}`
    : `values decide (name ${JSON.stringify(col.name)} says little)`
  const pct = (x: number): string => `${Math.round(x * 100)}%`
  const reasonValue = t.kind && sem !== undefined ? `${pct(sem)} of sampled values look like ${DETECTOR_WORDS[t.kind] ?? t.kind}`
    : t.node.xdmType !== 'string' ? `${pct(compat)} of sampled values convert to ${t.node.xdmType}` : 'string field'
  return { confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000, name, value, reasonName, reasonValue }
}

/** Reads the header and up to `sample` rows (streaming; a large file costs the same). */
export async function sampleCsv(file: string, options: SuggestOptions = {}): Promise<{ header: string[]; rows: string[][] }> {
  const { header, rows } = await readCsvSample(file, {
    limit: options.sample ?? 1000,
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    keep: (r, h) => !r.error && r.cells.length === h.length,
  })
  if (!header) throw new XdmapError('CSV_EMPTY', `${file} is empty: a CSV needs a header line`, { file })
  return { header, rows: rows.map((r) => r.cells) }
}

/** Suggestions for a header and sampled rows. */
export function suggestFrom(header: string[], rows: string[][], catalog: FieldCatalog, options: SuggestOptions = {}): SuggestedMappingSet {
  const threshold = options.threshold ?? 0.5
  const targets = targetsOf(catalog)
  const knownQualifiers = new Set(targets.map((t) => t.qualifier).filter((q): q is string => q !== undefined))
  const profiles = header.map((h, i) => profileColumn(h, rows.map((r) => r[i] ?? '')))
  const colTokens = header.map((h) => tokens(h))
  // a name made of words the schema uses is informative: values alone then never decide against it
  const vocabulary = new Set(targets.flatMap((t) => [...t.leaf, ...t.context, ...t.title]))
  const scores = profiles.map((p, i) => targets.map((t) => score(p, colTokens[i]!, t, knownQualifiers, colTokens[i]!.some((x) => vocabulary.has(x) && !WEAK.has(x)))))
  // the optimum of the sum of cubed confidences: one sure match is worth more than two doubtful ones
  const weights = scores.map((row) => row.map((s) => (s.confidence >= threshold ? s.confidence ** 3 : 0)))
  const chosen = assign(weights)
  // ambiguous: columns named alike but for a number (ID1, ID2, ...) scoring alike for one field: leave them all out
  const stripped = header.map((h) => (/\d/.test(h) ? h.toLowerCase().replace(/[\d_\s-]+/g, '') : undefined))
  const ambiguous = new Set<number>()
  chosen.forEach((j, i) => {
    if (j === -1 || stripped[i] === undefined) return
    header.forEach((_, k) => { if (k !== i && stripped[k] === stripped[i]) { ambiguous.add(i); ambiguous.add(k) } })
  })
  const mappings: Suggestion[] = []
  const unmapped: SuggestedMappingSet['unmapped'] = []
  header.forEach((h, i) => {
    const j = ambiguous.has(i) ? -1 : chosen[i]!
    const ranked = scores[i]!.map((s, k) => ({ k, s })).filter((x) => x.s.confidence > 0).sort((a, b) => b.s.confidence - a.s.confidence || a.k - b.k)
    if (j === -1) {
      const best = ranked[0]
      if (ambiguous.has(i)) {
        const alike = header.filter((_, k) => k !== i && stripped[k] === stripped[i])
        unmapped.push({ source: h, reason: `ambiguous: ${[h, ...alike].map((x) => JSON.stringify(x)).join(', ')} differ only by a number, so none is chosen${best ? ` (best candidate ${targets[best.k]!.destination})` : ''}` })
        return
      }
      let reason = 'no field matches its name or values'
      if (best) {
        const owner = chosen.indexOf(best.k)
        reason = owner !== -1 && owner !== i && !ambiguous.has(owner)
          ? `best candidate ${targets[best.k]!.destination} (${best.s.confidence.toFixed(2)}) went to column ${JSON.stringify(header[owner])}, which fits it better`
          : `best candidate ${targets[best.k]!.destination} at ${best.s.confidence.toFixed(2)} is below the threshold ${threshold}`
      } else if (profiles[i]!.nonEmpty === 0) reason = 'no values in the sample and no field name matches'
      unmapped.push({ source: h, reason })
      return
    }
    const s = scores[i]![j]!
    mappings.push({
      sourceType: 'ATTRIBUTE', source: h, destination: targets[j]!.destination, confidence: s.confidence,
      reason: `${s.reasonName}; ${s.reasonValue}`,
      alternatives: ranked.filter((x) => x.k !== j).slice(0, 3).map((x) => ({ destination: targets[x.k]!.destination, confidence: x.s.confidence })),
    })
  })
  return { outputSchema: { schemaRef: { id: catalog.id, contentType: 'application/vnd.adobe.xed-full+json;version=1' } }, mappings, unmapped }
}

export async function suggest(csv: string, catalog: FieldCatalog, options: SuggestOptions = {}): Promise<SuggestedMappingSet> {
  const { header, rows } = await sampleCsv(csv, options)
  return suggestFrom(header, rows, catalog, options)
}

/** The suggestions as a mapping-set file `run` accepts (sources wrapped where Data Prep needs it). */
export function toMappingSet(s: SuggestedMappingSet): { outputSchema: SuggestedMappingSet['outputSchema']; mappings: { sourceType: 'ATTRIBUTE'; source: string; destination: string }[] } {
  return { outputSchema: s.outputSchema, mappings: s.mappings.map((m) => ({ sourceType: 'ATTRIBUTE', source: formatSource(m.source), destination: m.destination })) }
}

/** A table for people: column, sample value, destination, confidence, reason; unmapped columns last. */
export function formatSuggestions(s: SuggestedMappingSet, examples: Record<string, string | undefined> = {}): string {
  const rows = s.mappings.map((m) => [m.source, (examples[m.source] ?? '').slice(0, 24), m.destination, m.confidence.toFixed(2), m.reason])
  const head = ['COLUMN', 'SAMPLE', 'DESTINATION', 'CONF', 'REASON']
  const w = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))))
  const line = (r: string[]): string => r.map((x, i) => (i === r.length - 1 ? x : x.padEnd(w[i]!))).join('  ')
  const out = [line(head), ...rows.map(line)]
  if (s.unmapped.length) out.push('', 'unmapped:', ...s.unmapped.map((u) => `  ${u.source}: ${u.reason}`))
  out.push(`${s.mappings.length} mapped, ${s.unmapped.length} unmapped`)
  return out.join('\n') + '\n'
}
