// Shared helpers for a half's local people (round 84 on). Earlier halves each defined their own seeded generators
// and people builders; they stay as written, because changing them would change the rows of sets already scored.
// New halves keep only their data (name tables, mail domains) and build people with these.
import { rng, hash, pick, int, slug } from './values.mjs'
import { at, HOME } from './sets.mjs'

// A generator seeded by the row's person (c) or order (o) and a salt: the same person gets the same values in every
// column that asks with the same salt. `mix` keeps two halves' streams apart.
export const seeded = (c, salt, mix = 0x5e23b417) => { const r = rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ mix); r(); r(); return r }
export const oseed = (o, salt, mix = 0x6a09e667) => { const r = rng(hash(`${o.id}|${salt}`) ^ mix); r(); return r }

// tables: { [code]: { m: [...], f: [...], last: [...], mail: [...] } }. A name is a string, or a pair
// [latin slug, native spelling] for scripts whose e-mail addresses are written in Latin letters.
// Returns who(c, code) → { female, first, last, full, mail, k1, k2, k3 }, memoised per person and code.
// `full` puts the family name first when the table says so (order: 'last-first', e.g. Japanese, Korean, Hungarian).
export function localPeople (tables, mix) {
  const memo = new Map()
  const native = (x) => (Array.isArray(x) ? x[1] : x)
  const latin = (x) => (Array.isArray(x) ? x[0] : slug(x))
  const make = (c, code) => {
    const T = tables[code]
    if (!T) throw new Error(`localPeople: no table for ${code}`)
    const r = seeded(c, code, mix), female = r() < 0.5
    const f = pick(r, female ? T.f : T.m), l = pick(r, T.last)
    const first = native(f), last = native(l)
    const full = T.order === 'last-first' ? `${last}${T.sep ?? ' '}${first}` : `${first} ${last}`
    const mail = `${latin(f)}${pick(r, ['.', '', '_', '.'])}${latin(l)}${r() < 0.45 ? int(r, 1, 99) : ''}@${pick(r, T.mail ?? ['gmail.com'])}`
    return { female, first, last, full, mail, k1: int(r, 0, 999999), k2: int(r, 0, 999999), k3: int(r, 0, 999999) }
  }
  return (c, code) => {
    const k = `${code}|${c.id}|${c.first}|${c.last}`
    if (!memo.has(k)) memo.set(k, make(c, code))
    return memo.get(k)
  }
}

// The labels and helpers every half used to define for itself (round 84 on: import them from here).
export const day = 86400000
/** The seeded row's person or order number. */
export const n = (x) => +x.id
export const ID = ['_id', 'personID']
export const B2BID = ['_id', 'personID', 'b2b.personKey.sourceID', 'extSourceSystemAudit.externalID']
export const WE = ['workEmail.address', 'personalEmail.address']
export const HOMES = (leaf) => at(HOME, leaf)
export const POI = ['placeContext.POIinteraction.poiDetail.name', 'placeContext.POIinteraction.POIDetail.name']
export const r2 = (x) => Math.round(x * 100) / 100
/** An instant k days after `base` (a UTC midnight) at a local hour between h0 and h1 for a zone `off` hours from UTC. */
export const biz = (base, k, days, h0, h1, off) => base + (k % days) * day + ((h0 - off) * 3600 + (k * 7919) % ((h1 - h0) * 3600)) * 1000
