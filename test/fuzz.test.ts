import { describe, expect, it } from 'vitest'
// the harness runs the built library (dist/), as `npm run fuzz` does; `npm test` builds first
import { fuzz } from '../bench/fuzz.mjs'

describe('fuzz harness (bench/fuzz.mjs) over mutated golden samples', () => {
  it('loses nothing, doubles nothing, and gives the same outputs whatever the chunking and threads, on 200 mutants', async () => {
    const res = await fuzz({ cases: 200, seed: 16, threadsEvery: 40, timeBoundMs: 30_000 })
    // every mutation was tried
    expect(Object.keys(res.mutations).length).toBeGreaterThanOrEqual(20)
    expect(res.failures.map((f) => ({ case: f.case, sample: f.sample, mutations: f.mutations, problems: f.problems }))).toEqual([])
  }, 180_000)
})
