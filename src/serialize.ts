import _fastJson from 'fast-json-stringify'

const fastJson = ((_fastJson as unknown as { default?: typeof _fastJson }).default ?? _fastJson) as typeof _fastJson

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

const CALIBRATION_RECORDS = 512

/**
 * The serializer a run uses. `fjs` and `json` force one. `auto` (the default) serializes the first 512 records
 * with both, requires identical text (a difference makes it keep JSON.stringify), and then keeps the faster one:
 * fast-json-stringify escapes strings in a JavaScript loop on Node 20 and natively on newer V8, so which one wins
 * depends on the Node version and the data.
 */
export function chooseSerializer(projection: Record<string, unknown>, choice: SerializerChoice = 'auto'): { serialize: Serializer; chosen: () => 'fjs' | 'json' } {
  const { serialize: fjs, compiled } = createSerializer(projection)
  const json: Serializer = (r) => JSON.stringify(r)
  if (choice === 'json' || !compiled) return { serialize: json, chosen: () => 'json' }
  if (choice === 'fjs') return { serialize: fjs, chosen: () => 'fjs' }
  let n = 0
  let tFjs = 0
  let tJson = 0
  let current: Serializer | undefined
  let chosen: 'fjs' | 'json' = 'fjs'
  const calibrate: Serializer = (record) => {
    const a = performance.now()
    const s1 = fjs(record)
    const b = performance.now()
    const s2 = json(record)
    const c = performance.now()
    tFjs += b - a
    tJson += c - b
    if (s1 !== s2) { current = json; chosen = 'json' } else if (++n === CALIBRATION_RECORDS) {
      chosen = tJson < tFjs ? 'json' : 'fjs'
      current = chosen === 'json' ? json : fjs
    }
    return s2
  }
  return { serialize: (r) => (current ?? calibrate)(r), chosen: () => chosen }
}
