import type { Shape } from '../../codegen/compile.js'

/**
 * The Parquet schema AEP expects for the records a mapping writes (aep-facts §1): objects as groups, arrays as
 * 3-level LISTs, maps as MAP groups with string keys, and leaf types string → BYTE_ARRAY/UTF8, number → DOUBLE,
 * long → INT64, int/short/byte → INT32 with INT_32/INT_16/INT_8, date → INT32/DATE, date-time →
 * INT64/TIMESTAMP_MILLIS (UTC), boolean → BOOLEAN. Every field is OPTIONAL (absent fields are nulls), map keys are
 * REQUIRED.
 */

export interface SchemaElement {
  name: string
  type?: string
  converted_type?: string
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED'
  num_children?: number
}

export const LEAF: Record<string, Pick<SchemaElement, 'type' | 'converted_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  number: { type: 'DOUBLE' },
  long: { type: 'INT64' },
  int: { type: 'INT32', converted_type: 'INT_32' },
  short: { type: 'INT32', converted_type: 'INT_16' },
  byte: { type: 'INT32', converted_type: 'INT_8' },
  date: { type: 'INT32', converted_type: 'DATE' },
  'date-time': { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
  boolean: { type: 'BOOLEAN' },
}

/** Parquet schema elements (depth first) of one field. */
function elements(name: string, shape: Shape, repetition: SchemaElement['repetition_type'] = 'OPTIONAL'): SchemaElement[] {
  switch (shape.kind) {
    case 'leaf': return [{ name, repetition_type: repetition, ...LEAF[shape.xdmType] }]
    case 'object': {
      const kids = shape.children.flatMap(([k, s]) => elements(k, s))
      return [{ name, repetition_type: repetition, num_children: shape.children.length }, ...kids]
    }
    case 'array':
      return [
        { name, repetition_type: repetition, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        ...elements('element', shape.items),
      ]
    case 'map':
      return [
        { name, repetition_type: repetition, converted_type: 'MAP', num_children: 1 },
        { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
        { name: 'key', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
        ...elements('value', shape.values),
      ]
  }
}

/** The Parquet schema of the records a mapping writes (root first). */
export function parquetSchema(shape: Shape): SchemaElement[] {
  if (shape.kind !== 'object') throw new Error('record shape must be an object')
  return [{ name: 'root', num_children: shape.children.length }, ...shape.children.flatMap(([k, s]) => elements(k, s))]
}

/** One leaf column: its schema path (root first), its levels and its XDM type. */
export interface LeafColumn {
  path: SchemaElement[]
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  xdmType: string
}

/** The leaf columns of a schema, in schema order (the order of the column chunks in a row group). */
export function leafColumns(schema: SchemaElement[], shape: Shape): LeafColumn[] {
  const types: string[] = []
  const walk = (s: Shape): void => {
    if (s.kind === 'leaf') types.push(s.xdmType)
    else if (s.kind === 'object') for (const [, c] of s.children) walk(c)
    else if (s.kind === 'array') walk(s.items)
    else { types.push('string'); walk(s.values) }
  }
  walk(shape)
  const out: LeafColumn[] = []
  let i = 1
  const visit = (path: SchemaElement[]): void => {
    const e = schema[i++]!
    const p = [...path, e]
    if (!e.num_children) {
      const levels = p.slice(1)
      out.push({
        path: p,
        maxDefinitionLevel: levels.filter((x) => x.repetition_type !== 'REQUIRED').length,
        maxRepetitionLevel: levels.filter((x) => x.repetition_type === 'REPEATED').length,
        xdmType: types[out.length]!,
      })
      return
    }
    for (let k = 0; k < e.num_children; k++) visit(p)
  }
  for (let k = 0; k < schema[0]!.num_children!; k++) visit([schema[0]!])
  return out
}
