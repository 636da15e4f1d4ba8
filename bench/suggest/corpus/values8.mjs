// Round 8 (heldout8) value helpers: formats of the round-8 products that the shared helpers lack. Shared helpers are
// not changed; everything here derives from the generated row (person / order) or the row's rng.
import * as v from './values.mjs'
import { person } from './people.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
export const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')

// "05/03/2024 14:22:31" (Razorpay reports, Mercado Pago activity export)
export const euSec = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// "05.03.2024 14:22:31" (Bitrix24 German UI)
export const deSec = (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// 20240305142231 (CleverTap event `ts`)
export const ctTs = (ms) => { const p = parts(ms); return `${p.y}${pad(p.m)}${pad(p.d)}${pad(p.H)}${pad(p.M)}${pad(p.S)}` }
// "2024-03-05T14:22:31.482913+00:00" (Gorgias datetimes)
export const isoMicro = (ms) => `${v.fmt.ymd(ms)}T${v.fmt.time(ms)}.${pad(ms % 1000, 3)}${pad((ms >> 3) % 1000, 3)}+00:00`

// A second person of another locale for the same row (Kaufland.de buyers in an English-keyed export), seeded by the
// row's person id so that all columns of one row agree.
const memo = new Map()
export const localPerson = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (!memo.has(k)) memo.set(k, person(v.rng(+c.id * 31 + c.first.length), lang))
  return memo.get(k)
}

// Polish buyers and offers (Allegro).
const PL_FIRST = ['Jakub', 'Anna', 'Mateusz', 'Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Magdalena', 'Łukasz', 'Joanna', 'Michał', 'Zofia']
const PL_LAST = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski']
export const plLogin = (c) => {
  const n = +c.id
  const f = PL_FIRST[n % PL_FIRST.length], l = PL_LAST[Math.floor(n / 7) % PL_LAST.length]
  return [`${slug(f)}_${slug(l)}${n % 90 + 10}`, `${slug(f)}${slug(l).slice(0, 3)}`, `Klient${n % 9000 + 1000}`][n % 3]
}
export const PL_OFFERS = ['Koszulka bawełniana męska czarna M', 'Bluza z kapturem szara L', 'Kubek ceramiczny 350 ml biały', 'Buty do biegania 42 czerwone', 'Plecak miejski 20L granatowy', 'Czapka z daszkiem niebieska']
export const zl = (n) => `${n.toFixed(2)} zł`

// Indian contacts and UPI handles (Razorpay).
export const inPhone = (r) => `+91${v.pick(r, ['98', '99', '97', '88', '70'])}${v.int(r, 10000000, 99999999)}`
export const INR = (n) => (n * 85).toFixed(2)

// Colombian Mercado Libre listing ids.
export const mco = (r) => `MCO${v.int(r, 500000000, 2999999999)}`
