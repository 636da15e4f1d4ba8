/**
 * An order export's event time: the order's own date ("Order Date", "Data comanda", 订单日期) is when the event (the
 * order) happened; another date column of the header ("Event Date" of a ticket, "Check-in Time", "Ship Date") is
 * something else's time and does not take the event's timestamp.
 */
import type { Column, Score } from './score.js'

const TIME_WORDS = ['date', 'time', 'timestamp', 'created']

/** Zeroes the timestamp of every column but the order's date, when the header has one that fits it. */
export function orderTimeOnly(columns: readonly Column[], scores: Score[][], timestamp: number, threshold: number): void {
  if (timestamp === -1) return
  const orderDate = (c: Column): boolean => c.words.includes('order') && TIME_WORDS.some((x) => c.words.includes(x))
  if (!columns.some((c, i) => orderDate(c) && scores[i]![timestamp]!.confidence >= threshold)) return
  columns.forEach((c, i) => {
    const s = scores[i]![timestamp]!
    if (!orderDate(c) && s.confidence > 0) { s.confidence = 0; s.signals.push("the order's date is the event's time, not this column's") }
  })
}
