import { createRequire } from 'node:module'
import type { RE2JS } from 're2js'
import { ExpressionError } from './value.js'

/**
 * Regular expressions of mappings (explode, extract_regex, matches_regex) run on RE2 (re2js, pure JavaScript):
 * matching takes time linear in the text, so a pattern such as `(X+)+$` cannot make a row run for seconds as a
 * backtracking engine would. RE2 syntax is Java's without backreferences and lookaround; such a pattern is an
 * error (when the mapping loads, if the pattern is a literal).
 */

const cache = new Map<string, RE2JS>()
// loaded on first use (its CommonJS build): importing it costs every worker thread tens of milliseconds
const require = createRequire(import.meta.url)
let re2: typeof RE2JS | undefined

export function compileRegex(pattern: string): RE2JS {
  let re = cache.get(pattern)
  if (!re) {
    try {
      re = (re2 ??= (require('re2js') as { RE2JS: typeof RE2JS }).RE2JS).compile(pattern)
    } catch (e) {
      throw new ExpressionError(`bad regular expression ${JSON.stringify(pattern)}: ${(e as Error).message} (xdmap runs RE2: no backreferences or lookaround)`)
    }
    if (cache.size >= 512) cache.clear()
    cache.set(pattern, re)
  }
  return re
}

/** Java's String.split(regex): trailing empty strings removed. A pattern without metacharacters splits as text. */
export function splitRegex(text: string, pattern: string): string[] {
  if (pattern !== '' && !/[\\^$.|?*+()[\]{}]/.test(pattern)) {
    const parts = text.split(pattern)
    let n = parts.length
    while (n > 0 && parts[n - 1] === '') n--
    return n === 0 && text === '' ? [''] : parts.slice(0, n)
  }
  return compileRegex(pattern).split(text, 0)
}

/** The whole match and its groups (null for a group that did not take part), or null when there is no match. */
export function extractRegex(text: string, pattern: string): (string | null)[] | null {
  const m = compileRegex(pattern).matcher(text)
  if (!m.find()) return null
  const out: (string | null)[] = []
  for (let g = 0; g <= m.groupCount(); g++) out.push(m.group(g) ?? null)
  return out
}

/** The whole text matches the pattern. */
export function matchesRegex(text: string, pattern: string): boolean {
  return compileRegex(pattern).matches(text)
}
