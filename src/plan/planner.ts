import { compileMapping, type CompiledMapping } from '../codegen/compile.js'
import { assertParquetShape } from '../codegen/shape.js'
import { XdmapError } from '../util/errors.js'
import { loadMapping, type MappingSet } from '../mapping/load.js'
import type { FieldCatalog } from '../schema/catalog.js'
import { loadSchema } from '../schema/load.js'
import { createValidator } from '../validate.js'
import { openSource, probeFile } from '../pipeline/source.js'
import { Reader, type Header } from '../pipeline/reader.js'
import { defaultMaxRecordBytes, defaultThreads, SMALL_INPUT, type RunSettings } from './options.js'
import type { Plan } from './plan.js'

/**
 * Plan a run, once: schema → field catalog (compiled by ajv, so a bad schema stops here), mapping (or suggestions)
 * checked against the catalog, input opened and its header read, row function compiled for that header. Anything that
 * fails here is a configuration error (exit 2) and nothing has been written yet.
 */
export interface PlannedRun {
  plan: Plan
  catalog: FieldCatalog
  set: MappingSet
  compiled: CompiledMapping
  reader: Reader
  header: Header
  /** The suggested mapping set when none was given (written as mapping.json). */
  suggested: object | undefined
  threads: number
  maxRecordBytes: number
}

function isMappingSet(m: unknown): m is MappingSet {
  return !!m && typeof m === 'object' && Array.isArray((m as MappingSet).mappings) && Array.isArray((m as MappingSet).warnings) && (m as MappingSet).mappings.every((x) => 'steps' in x)
}

export async function planRun(s: RunSettings, schema: string | FieldCatalog, mapping: string | object | undefined, maxLineLimit: number): Promise<PlannedRun> {
  const catalog = typeof schema === 'string' ? await loadSchema(schema) : schema
  createValidator(catalog.schema as Record<string, unknown>, catalog.source, { trustConverters: true })
  const convert = s.timezone !== undefined ? { timezone: s.timezone } : {}
  let suggested: object | undefined
  if (mapping === undefined) {
    if (s.input === '-') throw new XdmapError('USAGE', 'Without --mapping the input is sampled for suggestions first, which stdin does not allow: give a file, or a mapping')
    const { suggest, toMappingSet } = await import('../suggest/index.js')
    const found = await suggest(s.input, catalog, { ...(s.suggestThreshold !== undefined ? { threshold: s.suggestThreshold } : {}), encoding: s.encoding, ...(s.delimiter !== 'auto' ? { delimiter: s.delimiter } : {}) })
    if (!found.mappings.length) throw new XdmapError('MAPPING_NONE_SUGGESTED', `No column of ${s.input} matches a field of ${catalog.id} well enough; write a mapping (xdmap suggest shows the candidates)`, { file: s.input })
    suggested = toMappingSet(found)
  }
  const input = suggested ?? mapping!
  const set = isMappingSet(input) ? input : await loadMapping(input, catalog, { ...convert, ...(suggested ? { name: 'suggested mapping' } : {}) })
  const maxRecordBytes = s.maxRecordBytes ?? defaultMaxRecordBytes(catalog)

  const source = await openSource(s.input, s.stdin)
  const threads = threadsFor(s, source.totalBytes, source.gzip)
  const reader = new Reader(source, { encoding: s.encoding, delimiter: s.delimiter, relaxQuotes: s.relaxQuotes, maxFieldBytes: s.maxFieldBytes, cells: threads === 0 })
  let header: Header
  let compiled: CompiledMapping
  try {
    header = await reader.header()
    // compiled here once: header and mapping problems surface before any output is touched
    compiled = compileMapping(set, catalog, header.cells, convert)
    if (s.format === 'parquet') assertParquetShape(compiled.shape)
  } catch (e) {
    source.close()
    throw e
  }
  const plan: Plan = {
    schema: catalog.schema as Record<string, unknown>,
    schemaSource: catalog.source,
    mapping: set.raw,
    header: header.cells,
    delimiter: reader.delimiter,
    relaxQuotes: reader.relaxQuotes,
    ...convert,
    nullField: s.nullField,
    maxLineBytes: Math.min(maxRecordBytes + 1, maxLineLimit),
    encoding: reader.stats.encoding,
    serializer: s.serializer,
  }
  return { plan, catalog, set, compiled, reader, header, suggested, threads, maxRecordBytes }
}

/** Worker threads for an input: starting them costs a few hundred ms, so a small file is done sooner in this thread (gzip: the file is larger than it looks). */
export function threadsFor(s: RunSettings, totalBytes: number | undefined, gzip: boolean): number {
  return s.threads ?? (totalBytes !== undefined && totalBytes * (gzip ? 5 : 1) < SMALL_INPUT ? 0 : defaultThreads())
}

/**
 * The threads planRun will choose, known before it runs (a stat and the first two bytes of the file), so the workers
 * can start while the run is planned; undefined when the input cannot be looked at (planRun then reports why).
 */
export async function threadsAhead(s: RunSettings): Promise<number | undefined> {
  if (s.threads !== undefined) return s.threads
  if (s.input === '-') return defaultThreads()
  try {
    const { size, gzip } = await probeFile(s.input)
    return threadsFor(s, size, gzip)
  } catch { return undefined }
}
