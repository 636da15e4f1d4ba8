import { converterFor, ConvertError } from '../convert/index.js'
import { readCsvSample } from '../csv/sample.js'
import { execute } from '../pipeline/execute.js'
import { Reader } from '../pipeline/reader.js'
import { Router, type ThresholdOutcome } from '../pipeline/route.js'
import { openSource } from '../pipeline/source.js'
import { discardSink } from '../output/jsonl.js'
import { normalizeDelimiter, normalizeEncodingOption, parseThreshold } from '../plan/options.js'
import { XdmapError, type Issue } from '../util/errors.js'
import { columnsOf, parseExpression, type Node } from '../expression/compile.js'
import { FUNCTIONS } from '../expression/functions.js'
import { loadMapping, type MappingSet, type ResolvedMapping } from '../mapping/load.js'
import { parseSource } from '../mapping/paths.js'
import { createProcessor } from '../pipeline/processor.js'
import { defaultMaxRecordBytes } from '../plan/options.js'
import { leaves, type FieldCatalog, type FieldNode } from '../schema/catalog.js'

/**
 * `xdmap check`: everything that can be wrong with a mapping set, found without writing output. Unlike a run,
 * which stops at the first configuration error, check collects every problem, each with its mapping index and
 * line in the mapping file, and with a CSV also checks the header and dry-runs the first rows.
 */

/** Rows of the CSV whose values are profiled for type mismatches (the dry run streams as many rows as asked). */
const SAMPLE_ROWS = 1000

export type Severity = 'error' | 'warning'

export interface Finding {
  severity: Severity
  code: string
  message: string
  mapping?: number
  line?: number
  column?: string
  field?: string
}

export interface CheckOptions {
  /** A CSV to check the header against and dry-run. */
  csv?: string
  /** Rows to dry-run (default 1000); 'all' for every row. */
  rows?: number | 'all'
  timezone?: string
  encoding?: string
  delimiter?: string
  /** Rejected dry-run rows tolerated before the data counts as invalid: a count or 'P%', as `run` reads it. Default '5%'. */
  maxErrors?: string | number
}

export interface CheckReport {
  mappingFile: string
  schema: string
  ok: boolean
  errors: number
  warnings: number
  findings: Finding[]
  dryRun?: { rows: number; written: number; rejected: number; byCode: Record<string, number>; examples: Record<string, { line: number; message: string }[]>; threshold: ThresholdOutcome }
}

type RawMapping = { sourceType?: unknown; source?: unknown; destination?: unknown }

/** What an expression's outer function gives, where it is fixed. */
function expressionKind(node: Node): 'string' | 'number' | 'boolean' | 'date' | 'array' | undefined {
  if (node.kind === 'literal') return node.value === null ? undefined : (typeof node.value as 'string')
  if (node.kind === 'binary') return ['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(node.op) ? 'boolean' : node.op === '+' ? undefined : 'number'
  if (node.kind === 'unary') return node.op === '!' ? 'boolean' : 'number'
  if (node.kind === 'array') return 'array'
  if (node.kind !== 'call') return undefined
  const n = node.name.toLowerCase()
  if (['is_empty', 'is_null', 'is_set', 'equals', 'equalsignorecase', 'matches_regex', 'to_boolean'].includes(n)) return 'boolean'
  if (['to_integer', 'to_bigint', 'to_decimal', 'to_float', 'instr', 'size_of', 'length', 'date_part', 'timestamp', 'get_url_port'].includes(n)) return 'number'
  if (['now', 'date', 'set_date_part', 'make_date_time', 'zone_date_to_utc', 'zone_date_to_zone'].includes(n)) return 'date'
  if (['explode', 'split', 'extract_regex', 'to_array'].includes(n)) return 'array'
  if (FUNCTIONS[n] && !['iif', 'decode', 'coalesce', 'first', 'last', 'to_object', 'get_url_query_str'].includes(n)) return 'string'
  return undefined
}

const ACCEPTS: Record<string, string[]> = {
  boolean: ['number', 'date', 'array'],
  date: ['boolean', 'array'], 'date-time': ['boolean', 'array'],
  number: ['boolean', 'date', 'array'], long: ['boolean', 'date', 'array'], int: ['boolean', 'date', 'array'], short: ['boolean', 'date', 'array'], byte: ['boolean', 'date', 'array'],
  string: ['array'],
}

/** Fields required all the way from the root, which every record must have. */
function requiredFromRoot(catalog: FieldCatalog): FieldNode[] {
  const out: FieldNode[] = []
  const walk = (n: FieldNode): void => {
    for (const c of n.properties?.values() ?? []) if (c.required) { out.push(c); walk(c) }
  }
  walk(catalog.root)
  return out
}

export async function check(mappingFile: string, catalog: FieldCatalog, options: CheckOptions = {}): Promise<CheckReport> {
  const findings: Finding[] = []
  const add = (f: Finding): void => { findings.push(f) }
  const convertOptions = options.timezone !== undefined ? { timezone: options.timezone } : {}
  // one pass of the loader with a findings collector: every problem of every mapping, each at its index and line
  const problem = (e: XdmapError): Finding => ({
    severity: 'error', code: e.code, message: e.message,
    ...(e.location.mapping !== undefined ? { mapping: e.location.mapping } : {}),
    ...(e.location.line !== undefined ? { line: e.location.line } : {}),
    ...(e.location.field !== undefined ? { field: e.location.field } : {}),
  })
  let set: MappingSet
  try {
    set = await loadMapping(mappingFile, catalog, { ...convertOptions, collect: (e) => add(problem(e)) })
  } catch (e) {
    // the file itself cannot be read or is not a mapping set
    if (!(e instanceof XdmapError)) throw e
    if (e.code === 'FILE_NOT_FOUND' || e.code === 'IO_ERROR') throw e
    add(problem(e))
    return finish(mappingFile, catalog, findings)
  }
  for (const n of set.notes) add({ severity: 'warning', code: n.code, message: n.message, ...(n.location.mapping !== undefined ? { mapping: n.location.mapping } : {}), ...(n.location.line !== undefined ? { line: n.location.line } : {}), ...(n.location.field !== undefined ? { field: n.location.field } : {}) })
  const list = ((set.raw as { mappings?: RawMapping[] }).mappings ?? [])
  const good: ResolvedMapping[] = []
  for (const r of set.mappings) {
    if (r.sourceType === 'EXPRESSION') {
      const kind = expressionKind(r.expression!)
      if (kind && ACCEPTS[r.node.xdmType]?.includes(kind)) {
        add({ severity: 'error', code: 'MAPPING_TYPE_MISMATCH', message: `mappings[${r.index}]: the expression gives ${kind === 'array' ? 'an array' : `a ${kind}`}, which ${r.destination} (${r.node.xdmType}) cannot take`, mapping: r.index, ...(r.line !== undefined ? { line: r.line } : {}), field: r.destination })
        continue
      }
    }
    good.push(r)
  }

  // required fields and the primary identity
  const destinations = good.map((m) => m.destination)
  const fills = (path: string): boolean => destinations.some((d) => d === path || d.startsWith(`${path}.`) || d.startsWith(`${path}[`))
  for (const f of requiredFromRoot(catalog)) {
    if (!fills(f.path)) add({ severity: 'error', code: 'MAPPING_REQUIRED_UNFILLED', message: `${f.path} is required by the schema but no mapping fills it`, field: f.path })
  }
  const filledObjects = new Set(destinations.flatMap((d) => { const parts = d.replace(/\[\d+\]/g, '').split('.'); return parts.slice(1).map((_, k) => parts.slice(0, k + 1).join('.')) }))
  for (const leaf of leaves(catalog)) {
    const parent = leaf.path.split('.').slice(0, -1).join('.')
    if (leaf.required && parent && filledObjects.has(parent) && !requiredFromRoot(catalog).includes(leaf) && !fills(leaf.path) && !leaf.path.includes('[]') && !leaf.path.includes('{}')) {
      add({ severity: 'warning', code: 'MAPPING_REQUIRED_IN_OBJECT', message: `${leaf.path} is required whenever ${parent} is present, and mappings fill ${parent} but not ${leaf.path}: such records will be rejected`, field: leaf.path })
    }
  }
  const primary = leaves(catalog).find((n) => n.identity?.primary)
  const identityMapPrimary = good.some((m) => /^identityMap\..+\[\d+\]\.primary$/.test(m.destination) && m.value === true)
  if (primary && !fills(primary.path)) {
    add({ severity: 'error', code: 'MAPPING_PRIMARY_IDENTITY_UNFILLED', message: `${primary.path} is the schema's primary identity (${primary.identity!.namespace}) but no mapping fills it`, field: primary.path })
  } else if (!primary && catalog.byPath.has('identityMap') && !identityMapPrimary && /profile/i.test(catalog.xdmClass ?? '')) {
    add({ severity: 'warning', code: 'MAPPING_NO_PRIMARY_IDENTITY', message: 'The schema has no primary identity descriptor and no mapping sets identityMap.<namespace>[i].primary to true: Profile ingestion needs a primary identity' })
  }

  let dryRun: CheckReport['dryRun']
  if (options.csv) dryRun = await checkCsv(options, catalog, good, list, add, mappingFile)
  return finish(mappingFile, catalog, findings, dryRun)
}

async function checkCsv(options: CheckOptions, catalog: FieldCatalog, good: ResolvedMapping[], list: RawMapping[], add: (f: Finding) => void, mappingFile: string): Promise<CheckReport['dryRun']> {
  const csv = options.csv!
  const limit = options.rows === 'all' ? Infinity : (options.rows ?? 1000)
  const threshold = parseThreshold(options.maxErrors ?? '5%')
  const encoding = normalizeEncodingOption(options.encoding)
  const delimiter = normalizeDelimiter(options.delimiter)
  // the header and a sample for the type analysis; the dry run below streams every row it checks
  const sample = await readCsvSample(csv, { limit: Math.min(limit, SAMPLE_ROWS), encoding, delimiter })
  const header = sample.header
  const rows = sample.rows.map((r) => ({ cells: r.cells, line: r.line, ...(r.error ? { error: r.error.message, code: r.error.code } : {}) }))
  if (!header) { add({ severity: 'error', code: 'CSV_EMPTY', message: `${csv} is empty: a CSV needs a header line` }); return undefined }
  const columns = new Set(header)
  const used = new Set<string>()
  const usable: ResolvedMapping[] = []
  for (const m of good) {
    const needed = m.sourceType === 'ATTRIBUTE' ? [m.column!] : m.sourceType === 'EXPRESSION' ? [...columnsOf(m.expression!)] : []
    const missing = needed.filter((c) => !columns.has(c))
    needed.forEach((c) => used.add(c))
    if (missing.length) {
      add({ severity: 'error', code: 'MAPPING_SOURCE_NOT_IN_HEADER', message: `mappings[${m.index}]: column${missing.length > 1 ? 's' : ''} ${missing.map((c) => JSON.stringify(c)).join(', ')} not in the CSV header`, mapping: m.index, ...(m.line !== undefined ? { line: m.line } : {}), field: m.destination, column: missing[0]! })
      continue
    }
    usable.push(m)
  }
  // columns named by mappings that failed their own checks count as used too: the error already names them
  for (const m of list) {
    if (typeof m.source !== 'string') continue
    if (m.sourceType === 'ATTRIBUTE') used.add(parseSource(m.source).name)
    if (m.sourceType === 'EXPRESSION') { try { columnsOf(parseExpression(m.source), used) } catch { /* its syntax error is reported already */ } }
  }
  for (const h of header) if (!used.has(h)) add({ severity: 'warning', code: 'CSV_COLUMN_UNMAPPED', message: `column ${JSON.stringify(h)} is not mapped`, column: h })

  // a column whose sampled values never convert to its field's type is a type mismatch
  for (const m of usable.filter((x) => x.sourceType === 'ATTRIBUTE')) {
    const i = header.indexOf(m.column!)
    const conv = converterFor(m.node, options.timezone !== undefined ? { timezone: options.timezone } : {})
    const values = rows.filter((r) => !r.error && r.cells.length === header!.length).map((r) => r.cells[i]!).filter((v) => v !== '')
    if (!values.length) continue
    const bad = values.filter((v) => conv(v) instanceof ConvertError)
    const loc = { mapping: m.index, ...(m.line !== undefined ? { line: m.line } : {}), field: m.destination, column: m.column! }
    if (bad.length === values.length) add({ severity: 'error', code: 'MAPPING_TYPE_MISMATCH', message: `mappings[${m.index}]: none of the ${values.length} sampled values of column ${JSON.stringify(m.column)} converts to ${m.node.xdmType} (${m.destination}), e.g. ${JSON.stringify(bad[0])}`, ...loc })
    else if (bad.length) add({ severity: 'warning', code: 'MAPPING_TYPE_PARTIAL', message: `mappings[${m.index}]: ${bad.length} of ${values.length} sampled values of column ${JSON.stringify(m.column)} do not convert to ${m.node.xdmType}, e.g. ${JSON.stringify(bad[0])}`, ...loc })
  }

  // dry run of the rows with the usable mappings (only when every mapping is usable, so the records are the real ones)
  if (usable.length !== list.length) return undefined
  const dry: MappingSet = { mappings: usable, warnings: [], notes: [], raw: { mappings: list }, file: mappingFile }
  const byCode: Record<string, number> = {}
  const examples: Record<string, { line: number; message: string }[]> = {}
  const note = (issues: readonly Issue[], line: number): void => {
    for (const issue of issues) {
      byCode[issue.code] = (byCode[issue.code] ?? 0) + 1
      const ex = (examples[issue.code] ??= [])
      if (ex.length < 3) ex.push({ line, message: issue.message })
    }
  }
  const reader = new Reader(await openSource(csv), { encoding, delimiter, relaxQuotes: undefined, maxFieldBytes: 1024 * 1024, cells: true })
  await reader.header()
  const processor = createProcessor({ catalog, set: dry, header, nullField: false, maxLineBytes: defaultMaxRecordBytes(catalog) + 1, encoding, ...(options.timezone !== undefined ? { timezone: options.timezone } : {}) })
  const router = new Router(discardSink(), { first: [], write: (_raw, line, _record, issues) => { note(issues, line); return undefined }, finish: async () => undefined, abort: async () => {} })
  await execute({ reader, router, pool: undefined, local: processor, limit, startedAt: performance.now() })
  const outcome = router.close(threshold)
  const { read, written, rejected } = router.counts
  if (rejected) {
    const what = `${rejected} of ${read} dry-run rows would be rejected: ${Object.entries(byCode).map(([c, n]) => `${c} ${n}`).join(', ')}`
    if (outcome.passed) add({ severity: 'warning', code: 'DATA_REJECTS', message: `${what} (within --max-errors ${outcome.limit}, so run would still pass)` })
    else add({ severity: 'error', code: 'DATA_INVALID', message: `${what} (more than --max-errors ${outcome.limit} allows)` })
  }
  return { rows: read, written, rejected, byCode, examples, threshold: outcome }
}

function finish(mappingFile: string, catalog: FieldCatalog, findings: Finding[], dryRun?: CheckReport['dryRun']): CheckReport {
  const errors = findings.filter((f) => f.severity === 'error').length
  findings.sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1))
  return { mappingFile, schema: catalog.id, ok: errors === 0, errors, warnings: findings.length - errors, findings, ...(dryRun ? { dryRun } : {}) }
}

/** GitHub workflow command escaping. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatCheckText(r: CheckReport): string {
  const out: string[] = []
  for (const f of r.findings) {
    const where = [f.line !== undefined ? `${r.mappingFile}:${f.line}` : r.mappingFile, f.mapping !== undefined ? `mappings[${f.mapping}]` : '', f.column !== undefined ? `column ${JSON.stringify(f.column)}` : '', f.field ? `field ${f.field}` : ''].filter(Boolean).join(', ')
    out.push(`${f.severity}: ${f.code}: ${f.message} (${where})`)
  }
  if (r.dryRun) {
    out.push(`dry run: ${r.dryRun.rows} rows, ${r.dryRun.written} valid, ${r.dryRun.rejected} rejected`)
    for (const [code, n] of Object.entries(r.dryRun.byCode)) {
      out.push(`  ${code}: ${n}`)
      for (const ex of r.dryRun.examples[code] ?? []) out.push(`    line ${ex.line}: ${ex.message}`)
    }
  }
  out.push(`${r.ok ? 'ok' : 'FAILED'}: ${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'} in ${r.mappingFile}`)
  return out.join('\n') + '\n'
}

/** At most `max` workflow annotations, then a summary line. */
export function formatCheckGithub(r: CheckReport, max = 10): string {
  const out: string[] = []
  for (const f of r.findings.slice(0, max)) {
    const props = [`file=${escapeProperty(r.mappingFile)}`, ...(f.line !== undefined ? [`line=${f.line}`] : []), `title=${escapeProperty(`xdmap ${f.code}`)}`]
    out.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(f.message)}`)
  }
  const more = r.findings.length > max ? ` (${r.findings.length - max} more not annotated; see the job summary)` : ''
  out.push(`xdmap check: ${r.ok ? 'ok' : 'failed'}: ${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'} in ${r.mappingFile}${more}`)
  return out.join('\n') + '\n'
}

/** The full table for $GITHUB_STEP_SUMMARY (Markdown). */
export function formatCheckSummary(r: CheckReport): string {
  const cell = (s: string | number | undefined): string => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const rows = r.findings.map((f) => `| ${f.severity} | ${cell(f.code)} | ${cell(f.line)} | ${cell(f.mapping !== undefined ? `mappings[${f.mapping}]` : '')} | ${cell(f.field)} | ${cell(f.message)} |`)
  return [`### xdmap check: ${cell(r.mappingFile)}: ${r.ok ? 'ok' : 'failed'} (${r.errors} errors, ${r.warnings} warnings)`, '', '| severity | code | line | mapping | field | message |', '|---|---|---|---|---|---|', ...rows, ''].join('\n') + '\n'
}
