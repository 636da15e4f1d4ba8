import { createRequire } from 'node:module'
import type _fastJson from 'fast-json-stringify'

// loaded on first use: it takes about 100 ms to import, and the default serializer (`auto`) never needs it
const require = createRequire(import.meta.url)
let fastJsonModule: typeof _fastJson | undefined
const fastJson = (schema: never): unknown => (fastJsonModule ??= require('fast-json-stringify') as typeof _fastJson)(schema)

export type Serializer = (record: unknown) => string

export type SerializerChoice = 'auto' | 'fjs' | 'json'

/**
 * A JSON serializer compiled with fast-json-stringify from the projection of the schema the mapping fills
 * (draft-07, types only, properties in output order). Records are validated before they are serialized, which
 * fast-json-stringify requires. Falls back to JSON.stringify for a shape it cannot compile. Because the row
 * function inserts properties in projection order, both give the same text (tested, and checked again by `auto`).
 */
export function createSerializer(projection: Record<string, unknown>): { serialize: Serializer; compiled: boolean } {
  // fast-json-stringify mistakes property names such as "toString" or "constructor" for what Object.prototype holds
  if (hasPrototypeName(projection)) return { serialize: (r) => JSON.stringify(r), compiled: false }
  try {
    const serialize = fastJson(projection as never) as Serializer
    return { serialize, compiled: true }
  } catch {
    return { serialize: (r) => JSON.stringify(r), compiled: false }
  }
}

function hasPrototypeName(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false
  const s = schema as { properties?: Record<string, unknown>; items?: unknown }
  if (s.properties && Object.keys(s.properties).some((k) => k in Object.prototype || k === '__proto__')) return true
  return Object.values(s.properties ?? {}).some(hasPrototypeName) || hasPrototypeName(s.items)
}

/**
 * The serializer a run uses after validation. `auto` (the default) needs none: the generated row function writes the
 * JSON text alongside the record (fastest: measured 15% faster end to end than JSON.stringify, which was 27% faster
 * than fast-json-stringify on Node 20; bench/README.md). `fjs` and `json` serialize the record afterwards.
 */
export function chooseSerializer(projection: Record<string, unknown>, choice: Exclude<SerializerChoice, 'auto'>): { serialize: Serializer } {
  if (choice === 'json') return { serialize: (r) => JSON.stringify(r) }
  return { serialize: createSerializer(projection).serialize }
}
