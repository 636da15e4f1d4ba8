/**
 * One address has one state: `state` and `stateProvince` are the same place. Of two columns the assignment chose for
 * them ("Address State" and a sales "Region"), the one less sure, or on a tie the one naming no state, stays out.
 */
import type { Column, Score } from './score.js'
import type { Target } from './targets.js'

/** Unchooses (sets to -1) the weaker of two columns chosen for one address's `state` and `stateProvince`. */
export function oneState(chosen: number[], targets: readonly Target[], columns: readonly Column[], scores: Score[][]): void {
  chosen.forEach((j, i) => {
    if (j === -1 || !/\.state$/.test(targets[j]!.destination)) return
    const k = chosen.findIndex((j2) => j2 !== -1 && targets[j2]!.destination === `${targets[j]!.destination}Province`)
    if (k === -1) return
    const a = scores[i]![j]!.confidence, b = scores[k]![chosen[k]!]!.confidence
    const loser = a < b ? i : b < a ? k : columns[i]!.words.includes('state') && !columns[k]!.words.includes('state') ? k : i
    scores[loser]![chosen[loser]!]!.signals.push("another column holds the same address's state")
    chosen[loser] = -1
  })
}
