export type Serializer = (record: unknown) => string

/**
 * `auto` (the default): the generated row function writes each record's JSON bytes as it builds the record; `json`:
 * JSON.stringify of the record after validation. Both give the same bytes (tested). fast-json-stringify was a third
 * choice until 0.2: measured 2.3x slower per row than `auto` and 1.4x slower than JSON.stringify on Node 20 (its string
 * escaping runs in JavaScript), a third of the installed size, and it fell back to JSON.stringify for fields named
 * like Object.prototype members; it was removed (bench/README.md).
 */
export type SerializerChoice = 'auto' | 'json'

export function chooseSerializer(_projection: Record<string, unknown>, _choice: Exclude<SerializerChoice, 'auto'>): { serialize: Serializer } {
  return { serialize: (r) => JSON.stringify(r) }
}
