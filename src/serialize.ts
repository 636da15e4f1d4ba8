import _fastJson from 'fast-json-stringify'

const fastJson = ((_fastJson as unknown as { default?: typeof _fastJson }).default ?? _fastJson) as typeof _fastJson

export type Serializer = (record: unknown) => string

/**
 * A JSON serializer compiled with fast-json-stringify from the projection of the schema the mapping fills
 * (draft-07, types only, properties in output order). Records are validated before they are serialized,
 * which fast-json-stringify requires. Falls back to JSON.stringify for a shape it cannot compile; the
 * tests check that both give identical text.
 */
export function createSerializer(projection: Record<string, unknown>): { serialize: Serializer; compiled: boolean } {
  try {
    const serialize = fastJson(projection as never) as Serializer
    return { serialize, compiled: true }
  } catch {
    return { serialize: (r) => JSON.stringify(r), compiled: false }
  }
}
