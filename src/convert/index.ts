import type { FieldNode } from '../schema/catalog.js'
import { booleanConverter } from './boolean.js'
import { dateConverter, dateTimeConverter } from './datetime.js'
import type { Converter } from './failure.js'
import { integerConverter, numberConverter, type NumberBounds } from './numbers.js'

export { ConvertError, type Converter } from './failure.js'

export interface ConvertOptions {
  /** IANA zone for date-times without an offset. Default UTC. */
  timezone?: string
  /**
   * date-time values as epoch milliseconds (numbers) instead of ISO 8601 text: what the Parquet sink stores and the
   * generated JSON writer writes digit by digit, so no text is made per instant. Default false.
   */
  instantsMs?: boolean
}

const identity: Converter = (cell) => cell

function bounds(node: FieldNode): NumberBounds {
  const b: NumberBounds = {}
  if (node.minimum !== undefined) b.minimum = node.minimum
  if (node.maximum !== undefined) b.maximum = node.maximum
  if (node.exclusiveMinimum !== undefined) b.exclusiveMinimum = node.exclusiveMinimum
  if (node.exclusiveMaximum !== undefined) b.exclusiveMaximum = node.exclusiveMaximum
  return b
}

/** The converter for a leaf field, by its XDM type (strings pass through; ajv checks their constraints). */
export function converterFor(node: FieldNode, options: ConvertOptions = {}): Converter {
  const dateOptions = { ...(options.timezone !== undefined ? { timezone: options.timezone } : {}), ...(options.instantsMs ? { epochMs: true } : {}) }
  switch (node.xdmType) {
    case 'string': return identity
    case 'number': return numberConverter(bounds(node))
    case 'long': case 'int': case 'short': case 'byte': return integerConverter(node.xdmType, bounds(node))
    case 'boolean': return booleanConverter
    case 'date': return dateConverter(dateOptions)
    case 'date-time': return dateTimeConverter(dateOptions)
    default: throw new Error(`no converter for ${node.xdmType}`)
  }
}
