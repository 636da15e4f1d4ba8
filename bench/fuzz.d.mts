/** Types of bench/fuzz.mjs (for test/fuzz.test.ts). */
export interface FuzzFailure {
  case: number
  seed: number
  sample: string
  mutations: string[]
  options: Record<string, unknown>
  problems: string[]
  bytes: Buffer
}
export interface FuzzResult {
  cases: number
  seed: number
  failures: FuzzFailure[]
  mutations: Record<string, number>
  ms: number
}
export function fuzz(options?: { cases?: number; seed?: number; threadsEvery?: number; timeBoundMs?: number; failuresDir?: string; log?: (line: string) => void; until?: number }): Promise<FuzzResult>
