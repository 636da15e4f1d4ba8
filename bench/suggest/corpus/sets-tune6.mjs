// Round 6, tune6: tune sets added in round 6 (tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, SP, SE, v, f, yn, at, HOME, WORK, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt, BROWSERS, DEVICES, OSES, PAGES, UA } from './sets.mjs'

export const SETS = [
]
