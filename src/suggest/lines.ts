import { has } from './names.js'

/**
 * Line totals told by their values: in an export of order lines, the column that holds each row's quantity times its
 * unit price is the line's total, whatever its name says ("Gesamtpreis brutto", "Totalt", "Importo": an order's total
 * by name). A sampled row decides only when all three of its cells read as numbers.
 */

/** An amount as exports write it (1.234,56; 1,234.56; €12,50; $1,171.63; 45 000 Ft), or NaN. */
export function amountOf(v: string): number {
  let s = v.replace(/[^\d.,-]/g, '')
  if (!/\d/.test(s)) return NaN
  const dot = s.lastIndexOf('.'), comma = s.lastIndexOf(',')
  if (dot >= 0 && comma >= 0) s = dot > comma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.')
  else if (comma >= 0) s = /,\d{1,2}$/.test(s) && s.indexOf(',') === comma ? s.replace(',', '.') : s.replace(/,/g, '')
  else if (dot >= 0 && s.indexOf('.') !== dot) s = s.replace(/\./g, '')
  const n = Number(s)
  return Number.isFinite(n) ? n : NaN
}

/**
 * The columns whose values are the row's quantity times its unit price, on nine sampled rows in ten (and on at least two
 * rows with a quantity above one: with one item a line's total is its price). `words` are the columns' words. Not a
 * column that names the order ("Order total", 訂單總額) or a subtotal, nor any in a header that carries the order's
 * shipping cost on each row: each row is then an order too, and a one-line order's total is its line's (unless a column
 * of its own names the order's total or value: then the rows are lines).
 */
export function lineTotalColumns(words: string[][], rows: string[][]): Set<number> {
  const out = new Set<number>()
  // (unless a column of its own names the order's total: "Bestellwert" beside "Versandkosten")
  if (words.some((w) => has(w, 'shipping') && has(w, 'amount', 'price', 'fee', 'cost', 'total')) && !words.some((w) => has(w, 'order') && has(w, 'total', 'value', 'amount'))) return out
  const quantities = words.map((w, i) => (has(w, 'quantity') && !has(w, 'price', 'total', 'amount') ? i : -1)).filter((i) => i >= 0)
  const prices = words.map((w, i) => (has(w, 'price', 'unit') && !has(w, 'total', 'quantity', 'tax', 'discount', 'shipping') ? i : -1)).filter((i) => i >= 0)
  if (!quantities.length || !prices.length) return out
  const totals = words.map((w, i) => (has(w, 'total', 'amount', 'gross', 'net', 'value', 'price', 'sales') && !has(w, 'tax', 'discount', 'shipping', 'unit', 'quantity', 'fee', 'order', 'subtotal') ? i : -1)).filter((i) => i >= 0 && !prices.includes(i))
  const sample = rows.slice(0, 200)
  for (const t of totals) {
    const fits = quantities.some((q) => prices.some((p) => {
      let read = 0, match = 0, many = 0
      for (const r of sample) {
        const qv = amountOf(r[q] ?? ''), pv = amountOf(r[p] ?? ''), tv = amountOf(r[t] ?? '')
        if (Number.isNaN(qv) || Number.isNaN(pv) || Number.isNaN(tv) || qv <= 0) continue
        read++
        if (Math.abs(qv * pv - tv) <= Math.max(0.011, 0.005 * Math.abs(tv))) { match++; if (qv > 1) many++ }
      }
      return read >= 3 && many >= 2 && match >= 0.9 * read
    }))
    if (fits) out.add(t)
  }
  return out
}
