import { RESERVED_WORDS } from '../expression/reserved.js'
import { XdmapError } from '../util/errors.js'

/** One step of a destination path: a property (or map key) name, or an array index. */
export type PathStep = { name: string } | { index: number }

/**
 * Parses a Data Prep destination: dot-separated names, `[n]` array indexes, `\.` for a literal dot in a
 * name (`identityMap.Email[0].id`, `productListItems[1].SKU`).
 */
export function parseDestination(path: string): PathStep[] {
  const steps: PathStep[] = []
  let name = ''
  let i = 0
  let expectName = true
  const bad = (why: string): XdmapError => new XdmapError('MAPPING_DESTINATION_SYNTAX', `Destination ${JSON.stringify(path)}: ${why}`)
  while (i < path.length) {
    const c = path[i]!
    if (c === '\\' && i + 1 < path.length) { name += path[i + 1]; i += 2; expectName = false; continue }
    if (c === '.') {
      if (name === '' && (steps.length === 0 || 'name' in steps[steps.length - 1]! || expectName)) throw bad(`empty name at character ${i + 1}`)
      if (name !== '') steps.push({ name })
      name = ''
      expectName = true
      i++
      continue
    }
    if (c === '[') {
      if (name !== '') steps.push({ name })
      else if (steps.length === 0) throw bad('an index needs a name before it')
      name = ''
      const close = path.indexOf(']', i)
      const digits = close === -1 ? '' : path.slice(i + 1, close)
      if (!/^\d+$/.test(digits)) throw bad(`array index at character ${i + 1} must be a whole number in brackets, like [0]`)
      steps.push({ index: Number(digits) })
      i = close + 1
      expectName = false
      if (i < path.length && path[i] !== '.' && path[i] !== '[') throw bad(`expected "." or "[" after "]" at character ${i + 1}`)
      continue
    }
    if (c === ']') throw bad(`unexpected "]" at character ${i + 1}`)
    name += c
    expectName = false
    i++
  }
  if (name !== '') steps.push({ name })
  else if (expectName) throw bad(steps.length ? 'ends with "."' : 'is empty')
  return steps
}

/** Formats steps back into a destination path. */
export function formatDestination(steps: readonly PathStep[]): string {
  let s = ''
  for (const st of steps) {
    if ('index' in st) s += `[${st.index}]`
    else s += (s === '' ? '' : '.') + st.name.replace(/([.\\[\]])/g, '\\$1')
  }
  return s
}

/** Data Prep's reserved words: a source with one of these names must be wrapped, `${new}`. */
export { RESERVED_WORDS }

export interface ParsedSource {
  /** Column name after unwrapping and unescaping. */
  name: string
  /** How it was written. */
  wrapped: boolean
  /** True when the unwrapped name is not a plain identifier (AEP wants it wrapped). */
  needsWrapping: boolean
  reserved: boolean
}

/** Parses an ATTRIBUTE source: `${First Name}` → `First Name`, `a\.b` → `a.b`. */
export function parseSource(source: string): ParsedSource {
  const m = /^\$\{([\s\S]*)\}$/.exec(source)
  if (m) return { name: m[1]!, wrapped: true, needsWrapping: false, reserved: false }
  const name = source.replace(/\\(.)/g, '$1')
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(source.replace(/\\\./g, '_'))
  return { name, wrapped: false, needsWrapping: !plain, reserved: RESERVED_WORDS.has(name.toLowerCase()) }
}

/** How a column name should be written as a Data Prep source. */
export function formatSource(column: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(column) && !RESERVED_WORDS.has(column.toLowerCase())
  return plain ? column : `\${${column}}`
}
