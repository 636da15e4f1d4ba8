import { editDistance } from '../util/edit-distance.js'

export { editDistance }

/**
 * The candidate nearest to `given`, if it is near enough to be a typo: within 40% of its length (at least 2
 * edits), or one the given text is a prefix of (`--map` → `--mapping`).
 */
export function nearest(given: string, candidates: readonly string[]): string | undefined {
  const g = given.toLowerCase()
  let best: string | undefined
  let bestD = Infinity
  for (const c of candidates) {
    const d = c.startsWith(g) && g.length >= 2 ? 0.5 : editDistance(g, c.toLowerCase())
    if (d < bestD) { best = c; bestD = d }
  }
  return best !== undefined && bestD <= Math.max(2, Math.round(given.length * 0.4)) ? best : undefined
}
