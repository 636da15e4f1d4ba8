// Round 6, heldout6: held-out sets added in round 6, written apart from the tuning and scored once at the end. Same format as sets.mjs (sources in ../README.md).
import { P, E, B, SP, SE, v, f, yn, at, HOME, WORK, ID, B2BID, PL, OR, SHIP, BILL, GEO, opt, BROWSERS, DEVICES, OSES, PAGES, UA } from './sets.mjs'

export const SETS = [
]
