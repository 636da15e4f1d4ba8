import { tokens } from './names.js'

/**
 * The part of each header that names its column, before it is split into words: bilingual headers name a column
 * twice, and some exports put one code in front of every column.
 */

/** A machine name: snake_case, dotted or camelCase, starting lower-case (`last_name`, `email`, `billingCity`). */
const MACHINE = /^[a-z][a-z0-9]*([_.][a-z0-9]+|[A-Z][a-z0-9]*)*$/

/**
 * One reading of a bilingual header: "Nom (last_name)", "E-Mail-Adresse (email)", "last_name / Nachname". Read
 * together the two parts can say what neither says ("Nom" and "last_name" read as a first and a last name, a full
 * name). The part whose known words include the other's decides, so either may: the machine name where the label's
 * language is unknown ("Příjmení (last_name)"), the label where the machine name is noise ("Phone (optional)"); when
 * both say the same, the machine name. Parts that say different things ("E-Mail (work)", "Code postal / Ville") are
 * one name read whole, and a parenthesis that is no machine name ("Billing City (Locality)") is part of the label.
 */
export function oneReading(h: string, known: (word: string) => boolean): string {
  const paren = /^(.+?)\s*\(([^()\s]+)\)\s*$/.exec(h)
  const m = paren ?? /^(.+?)\s+\/\s+(.+)$/.exec(h)
  if (!m || (paren && !MACHINE.test(m[2]!))) return h
  const a = m[1]!.trim(), b = m[2]!.trim()
  const ka = tokens(a).filter(known), kb = tokens(b).filter(known)
  if (!ka.length && !kb.length) return h
  const aInB = ka.every((w) => kb.includes(w)), bInA = kb.every((w) => ka.includes(w))
  if (aInB && bInA) return MACHINE.test(a) && !MACHINE.test(b) ? a : b
  return aInB ? b : bInA ? a : h
}

/**
 * The headers without a code every one of them starts with (OXID's `OXORDERNR`, `OXBILLCITY`; `c_email`, `c_city`):
 * one to four letters that are no word, followed in every header by a capital, a digit or a separator. It names no
 * column; what follows it does. Headers of fewer than five columns keep theirs.
 */
export function withoutHeaderCode(names: string[], known: (word: string) => boolean): string[] {
  if (names.length < 5) return names
  let p = names[0]!.match(/^[A-Za-z]{1,4}/)?.[0] ?? ''
  for (const n of names) while (p && !n.startsWith(p)) p = p.slice(0, -1)
  if (!p || known(p.toLowerCase())) return names
  const rest = (n: string): string => n.slice(p.length).replace(/^[_.-]/, '')
  const separated = names.every((n) => /^([A-Z0-9]|[_.-][A-Za-z0-9])/.test(n.slice(p.length)) && rest(n).length >= 2)
  // (a code of two capitals or more before upper-case names, OXBILLCITY; any code before a separator, c_city)
  const coded = (p.length >= 2 && p === p.toUpperCase()) || names.every((n) => /^[_.-]/.test(n.slice(p.length)))
  return separated && coded ? names.map(rest) : names
}
