/** Levenshtein distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]!
}

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
