// Generates a realistic CRM-style CSV for benchmarks: ids, names, emails, phones, addresses (some quoted with
// commas and newlines), integers, decimals, booleans, ISO 8601 timestamps with offsets, epoch-ms timestamps and
// about 0.1% bad rows. Deterministic for a given row count (seeded PRNG). Usage: node bench/generate.mjs ROWS FILE
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

export const HEADER = ['customer_id', 'title', 'first_name', 'last_name', 'gender', 'birth_date', 'birth_year', 'email', 'mobile', 'street', 'city', 'state', 'zip', 'country_code', 'lat', 'lon', 'loyalty_id', 'tier', 'points', 'member_since', 'last_seen_ms', 'opt_in', 'ltv', 'visits_30d']

const FIRST = ['Ewart', 'Novelia', 'Ulises', 'Friederike', 'Evita', 'Zoë', 'José', 'Ann', 'Bob', 'Cy', 'Dana', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivan']
const LAST = ['Bennedsen', 'Ansteys', 'Mochan', 'Durrell', "O'Brien", 'Núñez', 'Lee', 'Ray', 'Smith', 'Garcia', 'Müller', 'Kowalski']
const CITY = [['Anniston', 'Alabama', 'US'], ['Charlotte', 'North Carolina', 'US'], ['Lacolle', 'Québec', 'CA'], ['Köln', 'NRW', 'DE'], ['Sevilla', 'Andalucía', 'ES'], ['Austin', 'Texas', 'US']]
const TIER = ['bronze', 'silver', 'gold', 'platinum']
const BOOL = ['yes', 'no', 'true', 'false', 'Y', 'N']
const TITLE = ['Mr', 'Mrs', 'Ms', 'Dr', 'Rev', '']

function rng(seed) {
  let s = seed >>> 0
  return () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296 }
}

export function* rows(n, seed = 42) {
  const r = rng(seed)
  const pick = (a) => a[Math.floor(r() * a.length)]
  const pad = (x, w) => String(x).padStart(w, '0')
  for (let i = 1; i <= n; i++) {
    const first = pick(FIRST)
    const last = pick(LAST)
    const [city, state, cc] = pick(CITY)
    const y = 1940 + Math.floor(r() * 65)
    const m = 1 + Math.floor(r() * 12)
    const d = 1 + Math.floor(r() * 28)
    const since = Date.UTC(2010, 0, 1) + Math.floor(r() * 4e11)
    const off = pick(['Z', '+01:00', '-05:00', '+05:30', '-0800'])
    const iso = new Date(since).toISOString().slice(0, 19) + off
    let street = `${1 + Math.floor(r() * 9999)} ${pick(['Oak', 'Elm', 'Main', 'Pine'])} St`
    const q = r()
    if (q < 0.05) street = `"${street}, Apt ${1 + Math.floor(r() * 40)}"`
    else if (q < 0.07) street = `"${street}\nBuilding ""C"""`
    let birth = `${y}-${pad(m, 2)}-${pad(d, 2)}`
    let points = String(Math.floor(r() * 100000))
    const bad = r()
    if (bad < 0.0005) birth = `${y}-${m}-${d}x`
    else if (bad < 0.001) points = `${points}.5`
    yield [
      `C${pad(i, 9)}`, pick(TITLE), first, last.includes("'") ? last : last, pick(['male', 'female', 'not_specified']), birth, String(y),
      `${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${i}@example.com`, `${200 + Math.floor(r() * 700)}-${pad(Math.floor(r() * 1000), 3)}-${pad(Math.floor(r() * 10000), 4)}`,
      street, city, state, pad(Math.floor(r() * 99999), 5), cc, (r() * 180 - 90).toFixed(6), (r() * 360 - 180).toFixed(6),
      `L-${pad(i, 8)}`, pick(TIER), points, iso, String(since + Math.floor(r() * 1e9)), pick(BOOL), (r() * 5000).toFixed(2), String(Math.floor(r() * 128)),
    ].join(',')
  }
}

export const EVENT_HEADER = ['event_id', 'ts', 'email', 'order_id', 'total', 'currency', 'sku', 'product', 'qty', 'price', 'sku2', 'qty2', 'page_url', 'page_name', 'channel', 'coupon', 'gift', 'points']

/** ExperienceEvent-shaped rows: order events with ISO and epoch-ms timestamps, two line items, a page, a coupon. */
export function* eventRows(n, seed = 7) {
  const r = rng(seed)
  const pick = (a) => a[Math.floor(r() * a.length)]
  const CUR = ['USD', 'EUR', 'GBP', 'JPY']
  const PRODUCTS = ['Red Mug', 'Tea Pot', 'Spoon, silver', 'Lid', 'Jar "XL"', 'Bowl']
  for (let i = 1; i <= n; i++) {
    const t = Date.UTC(2023, 0, 1) + Math.floor(r() * 3e10)
    const ts = r() < 0.5 ? String(t) : new Date(t).toISOString().slice(0, 19) + pick(['Z', '+01:00', '-05:00', '+0530'])
    const qty = 1 + Math.floor(r() * 5)
    const price = (1 + r() * 200).toFixed(2)
    const product = pick(PRODUCTS)
    const bad = r()
    const quoted = product.includes(',') || product.includes('"') ? `"${product.replace(/"/g, '""')}"` : product
    const two = r() < 0.4
    yield [
      `E${String(i).padStart(10, '0')}`, bad < 0.0005 ? 'yesterday' : ts, `user${i % 50000}@example.com`, `O-${i}`, (qty * Number(price)).toFixed(2), pick(CUR),
      `SKU-${Math.floor(r() * 9999)}`, quoted, bad > 0.9995 ? '1.5' : String(qty), price, two ? `SKU-${Math.floor(r() * 9999)}` : '', two ? String(1 + Math.floor(r() * 3)) : '',
      `https://shop.example.com/p/${i % 1000}`, `Product ${i % 1000}`, pick(['web', 'app', 'store']), r() < 0.1 ? 'SPRING10' : '', pick(['yes', 'no']), String(Math.floor(r() * 500)),
    ].join(',')
  }
}

export async function generate(n, file, shape = 'profile') {
  const out = createWriteStream(file)
  out.write((shape === 'events' ? EVENT_HEADER : HEADER).join(',') + '\n')
  let buf = []
  for (const line of shape === 'events' ? eventRows(n) : rows(n)) {
    buf.push(line)
    if (buf.length === 10000) { if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain'); buf = [] }
  }
  if (buf.length) out.write(buf.join('\n') + '\n')
  out.end()
  await once(out, 'finish')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [n, file, shape] = process.argv.slice(2)
  await generate(Number(n), file, shape)
}
