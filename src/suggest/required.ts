import type { Column, Score } from './score.js'
import { FIRST_TIME, LATER } from './score.js'
import type { Target } from './targets.js'
import { DEFAULT_THRESHOLD } from './threshold.js'

/** The confidence of a required field filled by values alone: the default threshold, below any name match. */
const FILLED = DEFAULT_THRESHOLD

/** The order's creation date, which an event's time may take (see fillRequiredTime). */
const CREATED = 'commerce.order.createdDate'

/** Words that name a time. */
const TIME_WORDS = ['date', 'time', 'timestamp', 'created']

/**
 * A required date-time field that no column went to (an event's `timestamp`: a run without it rejects every row) takes
 * the header's one column of date-times left unmapped, whatever else its name says ("transmission_date"), converted as
 * its values need (epoch units, date patterns); of several, the one whose name says a time. Whole numbers whose name
 * says no time are never taken: ten-digit references and identifiers read as epoch seconds. Two such columns, or a name
 * saying a later time (updated, shipped, expiry...), leave it unfilled. `chosen` and the chosen score are updated in
 * place.
 */
export function fillRequiredTime(targets: Target[], columns: Column[], scores: Score[][], chosen: (number | -1)[], skip: Set<number>, threshold: number): void {
  if (FILLED < threshold) return
  targets.forEach((t, k) => {
    if (!t.node.required || t.node.xdmType !== 'date-time' || t.destination.includes('.')) return
    // (an order's creation time, its date with a time, is the event's time before any column whose name says little:
    // "Data de Criação" goes to timestamp, not "Data de Pagamento" chosen by values alone or as the date-times left)
    const held = chosen.indexOf(k)
    if (held !== -1 && scores[held]![k]!.name >= 0.3) return
    const ofOrder = columns.map((_, i) => i).filter((i) => chosen[i] !== -1 && targets[chosen[i]!]!.destination === CREATED)
    const created = ofOrder.filter((i) => scores[i]![k]!.confidence > 0)
    if (created.length === 1) {
      const i = created[0]!, s = scores[i]![k]!, freed = chosen[i]!
      if (held !== -1) { chosen[held] = -1; scores[held]![k]!.signals.push(`column ${JSON.stringify(columns[i]!.name)} names when the order was created`) }
      chosen[i] = k
      s.confidence = Math.max(s.confidence, FILLED)
      s.signals.push(`the schema requires ${t.destination}, and ${JSON.stringify(columns[i]!.name)} names when the order was created, with its time`)
      // (the order's creation date it leaves goes to the one column left whose best field it is: an invoice's "Issued date"
      // that had lost it to "Created date" in a tie)
      const heirs = columns.map((_, x) => x).filter((x) => chosen[x] === -1 && !skip.has(x) && scores[x]![freed]!.confidence >= threshold && scores[x]![freed]!.confidence >= Math.max(...scores[x]!.map((y) => y.confidence)) - 0.005)
      if (heirs.length === 1) { chosen[heirs[0]!] = freed; scores[heirs[0]!]![freed]!.signals.push(`${JSON.stringify(columns[i]!.name)} went to ${t.destination}, leaving ${targets[freed]!.destination} to this column`) }
      return
    }
    if (held !== -1) return
    // (values that convert: a score no rule zeroed keeps its value, however little its name said)
    // (whole numbers whose name says no time are references and ids as often as epochs: "Betalingsreferanse", "KID")
    const timeNamed = (i: number): boolean => columns[i]!.words.some((x) => TIME_WORDS.includes(x))
    // (a name saying no time needs values written as dates: sizes 48, 42, L convert to epoch milliseconds too)
    const written = (i: number): boolean => {
      const p = columns[i]!.profile
      return p.shares.integer < 0.9 && (p.shares.date + p.shares.datetime >= 0.9 || p.shares.dateShaped >= 0.9 || scores[i]![k]!.pattern !== undefined)
    }
    const candidates = columns.map((_, i) => i).filter((i) => chosen[i] === -1 && !skip.has(i) && columns[i]!.profile.nonEmpty > 0 && scores[i]![k]!.value > 0 && !columns[i]!.words.some((x) => LATER.has(x)) &&
      (timeNamed(i) || written(i)))
    const named = candidates.length > 1 ? candidates.filter(timeNamed) : candidates
    // (of several that name a time, the one naming the record's first time, "Created", "Transaction Date", else the first:
    // a ticket's "Date Logged" before its "Date Responded" and "Date Closed", as exports put the record's own time first)
    // (a form's or survey's submission is the response's own time, before the time it was started: "Date Submitted" over
    // "Time Started")
    const first = named.filter((i) => columns[i]!.words.some((x) => FIRST_TIME.has(x) || x === 'submitted'))
    const pick = named.length === 1 ? named[0] : first.length === 1 ? first[0] : named[0]
    if (pick === undefined) {
      // (... and, when no column of date-times is left to take it, the order's date without a time, "Order Date": 2024-05-02,
      // "Fecha de venta": 26/01/2020: the event happened that day, read as its midnight UTC; its conversion goes with it)
      const days = ofOrder.filter((i) => scores[i]![k]!.confidence === 0 && scores[i]![chosen[i]!]!.value > 0)
      if (days.length !== 1) return
      const i = days[0]!, from = scores[i]![chosen[i]!]!
      scores[i]![k] = { ...from, confidence: Math.max(from.confidence, FILLED), signals: [...from.signals, `the schema requires ${t.destination}, and ${JSON.stringify(columns[i]!.name)} names the day the order was made (read as its midnight UTC)`] }
      chosen[i] = k
      return
    }
    const i = pick, s = scores[i]![k]!
    chosen[i] = k
    s.confidence = Math.max(s.confidence, FILLED)
    s.signals.push(`the schema requires ${t.destination} and ${JSON.stringify(columns[i]!.name)} is the header's ${named.length === 1 ? `one column of date-times left${candidates.length > 1 ? ' that names a time' : ''}` : first.length === 1 ? 'one column of date-times left naming the record\'s first time' : 'first column of date-times left that names a time'}`)
  })
}
