/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)) of rows (columns) to columns (fields). Pairs
 * with weight 0 are never assigned. Deterministic: ties resolve by index.
 */
export function assign(weights: number[][]): (number | -1)[] {
  const n = weights.length
  const m = n ? weights[0]!.length : 0
  if (!n || !m) return new Array(n).fill(-1)
  const size = Math.max(n, m)
  const max = Math.max(0, ...weights.flat())
  // minimise cost = max - weight on a square matrix (padding costs max: a dummy match)
  const cost = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i < n && j < m ? max - weights[i]![j]! : max)))
  const u = new Array(size + 1).fill(0)
  const v = new Array(size + 1).fill(0)
  const p = new Array(size + 1).fill(0)
  const way = new Array(size + 1).fill(0)
  for (let i = 1; i <= size; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Array(size + 1).fill(Infinity)
    const used = new Array(size + 1).fill(false)
    do {
      used[j0] = true
      const i0 = p[j0]
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue
        const cur = cost[i0 - 1]![j - 1]! - u[i0] - v[j]
        if (cur < minv[j] - 1e-12) { minv[j] = cur; way[j] = j0 }
        if (minv[j] < delta - 1e-12) { delta = minv[j]; j1 = j }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta } else minv[j] -= delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1 } while (j0)
  }
  const result: (number | -1)[] = new Array(n).fill(-1)
  for (let j = 1; j <= size; j++) {
    const i = p[j] - 1
    if (i >= 0 && i < n && j - 1 < m && weights[i]![j - 1]! > 0) result[i] = j - 1
  }
  return result
}
