import { readCsvSample } from '../csv/sample.js'
import { normalizeDelimiter } from '../plan/options.js'
import { XdmapError } from '../util/errors.js'
import { formatSource } from '../mapping/paths.js'
import type { FieldCatalog } from '../schema/catalog.js'
import { assign } from './assign.js'
import { headerContext } from './context.js'
import { oneState } from './onestate.js'
import { orderTimeOnly } from './eventtime.js'
import { accountCodes, ID_WORDS, lookupKey, ownId } from './identifiers.js'
import { detectLanguages, fieldTokens, QUALIFIER_FAMILY, QUALIFIERS, tokens, WEAK, withLanguages } from './names.js'
import { profileColumn, type ColumnProfile } from './profile.js'
import { oneReading, withoutHeaderCode } from './readings.js'
import { fillRequiredTime } from './required.js'
import { endsInIdWord, score, type Column } from './score.js'
import { targetsOf } from './targets.js'
import { DEFAULT_THRESHOLD } from './threshold.js'
import { dateExpression, dateTimeExpression, dayMonthExpression, decimalCommaExpression, decodeExpression, epochExpression, symbolAmountExpression, thousandsExpression, upperExpression } from './time.js'
import { WORDS } from './vocabulary/index.js'
import { table } from '../util/table.js'

export { targetsOf } from './targets.js'

/**
 * Column → field suggestions from names and values (what AEP's UI "auto-detects"), offline and explained. Columns
 * are read (readings.ts: one part of a bilingual header, no code every header shares; names.ts: words of the
 * languages in vocabulary/, one file per language or family), the header as a whole is read (context.ts: consumer or
 * B2B list, order export, which name columns exist), every leaf field is described (targets.ts: meaning words,
 * parents, qualifier, level, numbered siblings, system fields), every column is scored against every field
 * (score.ts: name first, values confirm or break ties, epoch and day-first dates converted by expressions, time.ts),
 * then one global optimum assigns at most one field per column and one column per field (assign.ts), and a required
 * date-time left empty takes the header's one column of date-times left (required.ts). Columns with nothing good
 * enough stay unmapped: a wrong suggestion costs more than a missing one.
 */

/** A name that ends in the word ID ("ID", "Customer ID", "Abonnenten-ID", "user.ID", camel-case "KundId"), not in "UID" or "Guid". */
const endsInId = (h: string): boolean => endsInIdWord(h) || /\p{Ll}Id$/u.test(h)

export interface Suggestion {
  sourceType: 'ATTRIBUTE'
  source: string
  destination: string
  confidence: number
  reason: string
  alternatives: { destination: string; confidence: number }[]
  /** present when the column's values need converting (epoch seconds or microseconds into a date-time, day-first
   * dates, amounts with a decimal comma or a currency symbol): the Data
   * Prep expression `--out` and `run` use instead of the column */
  expression?: string
}

export interface SuggestedMappingSet {
  outputSchema: { schemaRef: { id: string; contentType: string } }
  mappings: Suggestion[]
  unmapped: { source: string; reason: string }[]
}

export { DEFAULT_THRESHOLD }

export interface SuggestOptions {
  /** Rows sampled (default 1000). */
  sample?: number
  /** Lowest confidence suggested (default `DEFAULT_THRESHOLD`, 0.6). */
  threshold?: number
  encoding?: string
  delimiter?: string
}

/** Reads the header and up to `sample` rows (streaming; a large file costs the same). */
export async function sampleCsv(file: string, options: SuggestOptions = {}): Promise<{ header: string[]; rows: string[][] }> {
  // one check of the option for every command ('auto' and undefined: the sampler sniffs)
  const d = normalizeDelimiter(options.delimiter)
  const delimiter = d === 'auto' ? undefined : d
  const { header, rows } = await readCsvSample(file, {
    limit: options.sample ?? 1000,
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    keep: (r, h) => !r.error && r.cells.length === h.length,
  })
  if (!header) throw new XdmapError('CSV_EMPTY', `${file} is empty: a CSV needs a header line`, { file })
  return { header, rows: rows.map((r) => r.cells) }
}

/** Generic containers in dotted names: properties, traits, context, data... */
const CONTAINER_WORDS = new Set(['properties', 'props', 'property', 'traits', 'context', 'data', 'attributes', 'attrs', 'payload', 'fields', 'custom', 'event_properties', 'user_properties', 'params', 'metadata', 'extra', 'details',
  // event and profile containers of analytics exports (`event_props.Amount`, `session_props.utm_campaign`, `profile.make`)
  'event_props', 'eventprops', 'session_props', 'sessionprops', 'user_props', 'userprops', 'profile', 'profile_props', 'event_properties', 'session_properties', 'props_event'])

/** Last segments of a dotted name that say nothing without their parent (`country.code`, `gross.amount`). */
const GENERIC_SEGMENT = new Set(['code', 'amount', 'value', 'id', 'name', 'number', 'gross', 'net', 'total'])

/** Array containers of person exports (`addresses.streetName`, `emails.value`, `phones.number`): the person's own. */
const ARRAY_CONTAINERS = new Set(['addresses', 'emails', 'phones', 'phonenumbers', 'emailaddresses'])

/**
 * A namespace before a colon (`ym:pv:URL`, `ga:pagePath`): short segments without spaces that every field of an
 * analytics log export carries; they name nothing, the rest is the name. ("Bill To: City" has a space: a label.)
 */
export function withoutNamespace(h: string): string {
  const m = /^((?:[A-Za-z][A-Za-z0-9]{0,5}:)+)([A-Za-z_$][\w$.]*)$/.exec(h.trim())
  return m ? m[2]! : h
}

/** Words of a column naming another record's identifier (`owner_id`, `billing_address_id`, `created_by_id`). */
const REFERENCE_WORDS = new Set(['street', 'address', 'owner', 'by', 'created', 'updated', 'modified', 'company', 'organization', 'parent', 'assignee', 'agent', 'manager', 'group', 'team', 'segment', 'list', 'shipping', 'billing'])
/** What a reference word may name in a destination (a company record is the B2B account). */
const REFERENCE_DEST: Record<string, string[]> = table({ company: ['company', 'account', 'organization'], organization: ['company', 'account', 'organization'] })

/**
 * One column holding a whole postal address ("Hauptstraße 5, 10115 Berlin", "12 Main St, Austin, TX 73301"): parts
 * after a comma carry a postcode with a place, or there are three parts or more.
 */
function fullAddresses(sample: string[]): boolean {
  const vals = sample.filter((v) => v.trim())
  if (vals.length < 3) return false
  const whole = vals.filter((v) => {
    const parts = v.split(',').map((x) => x.trim()).filter(Boolean)
    if (parts.length < 2) return false
    return parts.length >= 3 || parts.slice(1).some((x) => /\d{3,}/.test(x) && /\p{L}{3,}/u.test(x))
  })
  return whole.length >= vals.length * 0.6
}

/** Whether some sampled addresses (three in ten) hold a run of four digits or more, as a postcode is written (the
 * profile's sample holds its non-empty values, trimmed: no second filtering). */
const postcoded = (p: ColumnProfile): boolean => p.sample.filter((v) => /\d{4,}/.test(v)).length >= p.nonEmpty * 0.3

/** Placeholder words of generated or generic headers: they say nothing about the column. */
const PLACEHOLDERS = new Set(['column', 'field', 'value', 'attribute', 'unnamed', 'custom', 'extra', 'other', 'misc', 'property', 'param', 'variable', 'filler', 'blank'])

/** A word that looks like a real word (five letters or more, two vowels or more): a name carrying a meaning, even an unknown one. */
const realWord = (x: string): boolean => /^[a-z]{5,}$/.test(x) && (x.match(/[aeiouy]/g)?.length ?? 0) >= 2 && !PLACEHOLDERS.has(x)

/** Share of a header's names read (some word known) above which an unread name is an unknown word, not a code. */
const READ_SHARE = 0.5
/** In such a header, how much better values must fit one field than the next for values alone to decide. */
const VALUE_MARGIN = 0.05

/** Words naming the record itself ("user_id" next to "id" says no more about the record's id). */
const SELF_WORDS = new Set(['customer', 'contact', 'subscriber', 'client', 'buyer', 'user', 'lead', 'prospect', 'person', 'member', 'profile', 'record', 'visitor'])

/** A name that names a currency by its ISO code ("Monto en USD", "Amount (EUR)"): an amount converted for reporting. */
const CURRENCY_NAMED = /(^|[^\p{L}])(USD|EUR|GBP|JPY|CNY|INR|BRL|MXN|CAD|AUD|CHF|SEK|NOK|DKK|PLN|CZK|RUB|TRY|KRW)([^\p{L}]|$)/u
/** A name that says reference or code (the order number a shop shows: "Order Reference", "Order Code", "Merchant Reference"). */
const REFERENCE = /(^|[^\p{L}])(reference|ref|code|referenz|referentie|r[ée]f[ée]rence|referencia|refer[êe]ncia|riferimento)([^\p{L}]|$)/iu
/** A name with the word ID in it, first or last ("Order ID", "ID pedido", "order_id"). */
const ID_WORD = /(^|[^\p{L}])id([^\p{L}]|$)/iu
/** Of two names, the first says a reference or code and no ID, the other an ID. */
const referenceBeside = (ref: string, id: string): boolean => REFERENCE.test(ref) && !ID_WORD.test(ref) && ID_WORD.test(id)
/** A name that says primary, main or preferred ("primary_email" beside "emails"): of two alike columns, the field's. */
const PRIMARY = /(^|[^\p{L}])(primary|main|preferred|principal|default)([^\p{L}]|$)/iu

/** Qualifiers a phone column is sometimes named by alone. */
const BARE_PHONE = new Set(['work', 'home', 'office', 'business', 'personal', 'other'])

const ADDRESS_PART = new Set(['street', 'city', 'postal', 'state', 'country', 'region', 'phone', 'fax', 'email', 'district'])

/**
 * The qualifiers a column names (as families the schema knows): "billing" in "Billing City". A qualifier alone
 * ("Company", "Shipping") is the column's subject, not a qualifier; "company" qualifies only address parts.
 */
function qualifiersOf(words: string[], known: Set<string>): string[] {
  const content = words.filter((x) => !QUALIFIERS.has(x) && !WEAK.has(x) && !/^\d+$/.test(x))
  if (!content.length) return []
  const part = words.some((x) => ADDRESS_PART.has(x))
  // "post office box" names a field, not an office
  if (words.includes('post') && words.includes('box')) words = words.filter((x) => x !== 'office')
  return [...new Set(words.filter((x) => QUALIFIERS.has(x) && (x !== 'company' || part)).map((q) => QUALIFIER_FAMILY[q] ?? q).filter((q) => known.has(q)))]
}

/**
 * Suggestions for a header and sampled rows. The header's languages are decided first, from all its names: a word
 * two languages read differently means what the file's language says.
 */
export function suggestFrom(header: string[], rows: string[][], catalog: FieldCatalog, options: SuggestOptions = {}): SuggestedMappingSet {
  return withLanguages(detectLanguages(header), () => suggestIn(header, rows, catalog, options))
}

function suggestIn(header: string[], rows: string[][], catalog: FieldCatalog, options: SuggestOptions): SuggestedMappingSet {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const targets = targetsOf(catalog)
  const knownQualifiers = new Set(targets.map((t) => t.qualifier).filter((q): q is string => q !== undefined))
  const profiles = header.map((h, i) => profileColumn(h, rows.map((r) => r[i] ?? '')))
  // a name made of words the schema or the vocabulary knows is informative: values alone then never decide against it
  const vocabulary = new Set([...targets.flatMap((t) => [...t.leaf, ...t.context, ...t.title]), ...Object.values(WORDS).flat()])
  const known = (w: string): boolean => vocabulary.has(w) || w in WORDS
  // namespaced names (`ym:pv:regionCity`) are read without their namespace, bilingual ones ("Nom (last_name)") by one
  // part, and a code every header starts with (`OXBILLCITY`) is dropped (readings.ts)
  const names = withoutHeaderCode(header.map((h) => oneReading(withoutNamespace(h), known)), known)
  // dotted names (`device.category`, `geo.country`) are paths: the last segment names the field, the rest its parents
  // (array containers of a person, `addresses.` `emails.` `phones.`, are the person's own: they name nothing)
  const dotted = names.map((h) => (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(h) ? h.split('.').filter((x, k, a) => k === a.length - 1 || !ARRAY_CONTAINERS.has(x.toLowerCase())) : undefined))
  // "Person - E-Mail - Work" (Pipedrive): the first part names the object
  // ("City - Home", "Phone - Work" name a qualifier behind, not an object)
  const dashed = names.map((h, i) => {
    const m = dotted[i] ? undefined : /^\s*([\p{L}]+)\s+-\s+(.+)$/u.exec(h) ?? undefined
    return m && tokens(m[2]!).every((x) => QUALIFIERS.has(x) && x !== 'company') ? undefined : m
  })
  // (a generic last segment, `country.code`, `gross.amount`, `customer.id`, is read with its parent: the parent names the thing)
  const generic = (x: string): boolean => tokens(x).every((w) => GENERIC_SEGMENT.has(w))
  const last = (d: string[]): string => {
    let k = d.length - 1
    while (k > 0 && generic(d[k]!) && !CONTAINER_WORDS.has(d[k - 1]!.toLowerCase().replace(/^\$/, ''))) k--
    return d.slice(k).join(' ')
  }
  const leadNames = names.map((h, i) => (dotted[i] ? last(dotted[i]!) : dashed[i] ? dashed[i]![2]! : h))
  const lead = leadNames.map((h) => tokens(h))
  // generic containers of event and profile exports (properties.$browser, traits.email, context.page.url) name nothing
  const prefixes = names.map((_, i) => (dotted[i] && dotted[i]!.length > 1 ? tokens(dotted[i]!.slice(0, -1).filter((x) => !CONTAINER_WORDS.has(x.toLowerCase().replace(/^\$/, ''))).join(' ')) : dashed[i] ? tokens(dashed[i]![1]!) : []))
  const ctx = headerContext(lead, profiles, targets, prefixes, leadNames, rows)
  const columns: Column[] = header.map((h, i) => {
    // a bare qualifier holding phone numbers ("Work", "Home", "Office": +1 401-555-8253) is that phone
    // (and in an analytics export a bare "ref" is the referrer, as Plausible, Umami and GoatCounter name it: no id)
    const words = ctx.words[i]!.length === 1 && BARE_PHONE.has(ctx.words[i]![0]!) && profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.phone >= 0.8 ? [ctx.words[i]![0]!, 'phone']
      : ctx.analytics && /^ref$/i.test(names[i]!.trim()) ? ['referrer'] : ctx.words[i]!
    return {
      name: h, profile: profiles[i]!, words, prefix: prefixes[i]!,
      ...(dashed[i] ? { softPrefix: true } : {}),
      ...(i === 0 ? { first: true } : {}),
      // (an object prefix's qualifier counts too: "Lieferadresse - Straße" is the shipping address's street)
      qualifiers: qualifiersOf(dotted[i] ? [...tokens(dotted[i]!.slice(0, -1).join(' ')).filter((x) => QUALIFIERS.has(x)), ...words] : dashed[i] ? [...prefixes[i]!.filter((x) => QUALIFIERS.has(x) && x !== 'company'), ...words] : words, knownQualifiers),
      informative: words.some((x) => vocabulary.has(x) && !WEAK.has(x) && x.length > 1 && !/^\d+$/.test(x)),
      unknownWords: words.some((x) => !vocabulary.has(x) && realWord(x)),
      digits: words.filter((x) => /^\d$/.test(x)),
    }
  })
  if (!columns.some((c) => c.informative)) ctx.mute = true
  const scores = columns.map((c) => targets.map((t) => score(c, t, ctx)))
  for (const i of ctx.lineTotals) for (const s of scores[i]!) if (s.confidence > 0) s.signals.push("values are the row's quantity times its unit price: the line's total")
  const leafOf = (d: string): string => d.slice(d.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '').toLowerCase()
  const ofAccount = accountCodes(columns.map((c) => c.words), targets.some((t) => t.destination === 'b2b.accountID'))
  scores.forEach((row, i) => {
    const ws = columns[i]!.words
    // an enumeration's key (`TransactionTypeId`, `status_id`) identifies no record (identifiers.ts)
    if (lookupKey(ws)) row.forEach((s, k) => {
      if (s.confidence > 0 && /(id|key)$/.test(leafOf(targets[k]!.destination))) { s.confidence = 0; s.signals.push("an enumeration's key, no record's identifier") }
    })
    // a customer's code beside a B2B contact's own id ("Code client" beside "Id contact") is the company's, not the person's
    if (ofAccount.has(i)) row.forEach((s, k) => {
      if (s.confidence > 0 && ownId(targets[k]!.destination)) { s.confidence = 0; s.signals.push("a customer's code beside the contact's own id: the company's, not the person's") }
    })
    // a column naming another record's id (`owner_id`, `defaultShippingAddressId`, `created_by_id`) is that record's
    // identifier: never a value of it (a street) nor an audit actor, only an identifier field naming that record
    const refs = ws.includes('id') ? ws.filter((x) => REFERENCE_WORDS.has(x)) : []
    const nouns = refs.filter((x) => x !== 'by' && x !== 'created' && x !== 'updated' && x !== 'modified')
    if (refs.length) row.forEach((s, k) => {
      // (a system field the column names exactly, `createdByBatchID`, is itself)
      if (s.confidence <= 0 || targets[k]!.system) return
      const d = targets[k]!.destination.toLowerCase()
      const isId = /(id|key)$/.test(leafOf(targets[k]!.destination))
      const namesIt = nouns.length ? nouns.some((x) => (REFERENCE_DEST[x] ?? [x]).some((y) => d.includes(y))) : false
      if (!isId || !namesIt) { s.confidence = 0; s.signals.push("names another record's identifier") }
    })
    // a record's identifier (and a B2B person's source keys) needs a word saying identifier: "LeadValue", "Customer"
    // or "External Source" (a system's name) alone name no id
    if (!ws.some((x) => ID_WORDS.has(x))) row.forEach((s, k) => {
      if (s.confidence > 0 && ownId(targets[k]!.destination)) { s.confidence = 0; s.signals.push('no word of the name says identifier') }
    })
    // an unqualified tax right after a fee column (a payment processor's "Comisión", "IVA"; `fee`, `tax`) is the fee's tax
    // (a tax's own rate read as a fee, Lithuanian "PVM tarifas", is no fee)
    const prev = i > 0 ? columns[i - 1]!.words : []
    if (ctx.event && ws.includes('tax') && !ws.some((x) => ['order', 'total', 'sale', 'purchase', 'product', 'item'].includes(x)) && prev.some((x) => x === 'fee' || x === 'commission') && !prev.includes('tax')) row.forEach((s, k) => {
      if (s.confidence > 0 && targets[k]!.leafCore.includes('tax')) { s.confidence = 0; s.signals.push("an unqualified tax right after a fee column: the fee's tax, not the order's") }
    })
    // a whole postal address in one column is no street line (beside a city and a postcode column of its own, it is one:
    // "No. 18, 3rd Main Road, Anna Nagar", as Indian addresses are written)
    // (... so too beside a city column, when no value holds a postcode: "House 102, Street 16, Johar Town", the house, the
    // street and the quarter of Pakistani addresses)
    if (fullAddresses(profiles[i]!.sample) && !(ctx.placeWords.has('city') && (ctx.placeWords.has('postal') || !postcoded(profiles[i]!)))) row.forEach((s, k) => {
      if (s.confidence > 0 && /^street\d$/.test(leafOf(targets[k]!.destination))) { s.confidence = 0; s.signals.push('values hold a whole address (street, postcode and place), not a street line') }
    })
  })
  // an order export's event time is the order's date, when it has one (eventtime.ts)
  if (ctx.orderExport) orderTimeOnly(columns, scores, targets.findIndex((t) => t.destination === 'timestamp'), threshold)
  // a column whose words are a part of another's that names the field more fully ("Número" and "Número do pedido" for
  // the order's number) does not take that field: the fuller name does
  // (when that field is the fuller name's best: "Purchase Order Number" names its own field, and leaves the order's
  // number to "Order Number")
  const fullerTop = scores.map((row) => Math.max(0, ...row.map((s) => s.confidence)))
  scores.forEach((row, i) => {
    const mine = new Set(columns[i]!.words)
    if (!mine.size) return
    row.forEach((s, k) => {
      if (s.confidence < threshold) return
      const t = targets[k]!
      // (the field's own qualifier counts: "Work City" names workAddress.city more fully than "City"; a company's
      // address, "Company City", is the organisation's, not the person's)
      const ownQualifier = (x: string): boolean => QUALIFIERS.has(x) && x !== 'company' && t.qualifier !== undefined && (QUALIFIER_FAMILY[x] ?? x) === t.qualifier
      const fuller = columns.some((c, j) => j !== i && scores[j]![k]!.confidence >= threshold && scores[j]![k]!.confidence >= fullerTop[j]! && scores[j]![k]!.name >= 0.3 && c.words.length > mine.size && [...mine].every((x) => c.words.includes(x)) &&
        c.words.some((x) => !mine.has(x) && (ownQualifier(x) || (!WEAK.has(x) && !QUALIFIERS.has(x) && !SELF_WORDS.has(x) && !/^\d+$/.test(x) && (t.leaf.has(x) || t.title.has(x))))))
      if (fuller) { s.confidence = 0; s.signals.push('another column names the field more fully') }
    })
  })
  // a column matched by a generic word only ("Status") goes into an object only when another column of the header
  // lands in the same object (a loyalty export's status is the loyalty status; a newsletter list's is not)
  const parentOf = (d: string): string => d.slice(0, d.lastIndexOf('.') + 1)
  const bestOf = scores.map((row) => { let b = -1; row.forEach((s, k) => { if (s.confidence > 0 && !s.genericOnly && (b === -1 || s.confidence > row[b]!.confidence)) b = k }); return b })
  scores.forEach((row, i) => row.forEach((s, k) => {
    if (!s.genericOnly || s.confidence < threshold) return
    const parent = parentOf(targets[k]!.destination)
    // a bare weak word ("Type", "Code") needs a sibling in exactly the same object, not just under the same root
    const bare = columns[i]!.words.every((x) => WEAK.has(x))
    const same = (d: string): boolean => (bare ? parentOf(d) === parent : parentOf(d).startsWith(parent))
    if (parent && !bestOf.some((b, i2) => i2 !== i && b !== -1 && scores[i2]![b]!.confidence >= threshold && same(targets[b]!.destination))) { s.confidence = 0; s.signals.push('no other column lands in its object') }
  }))
  // values alone choose only one field: when two fields tie on values with no name to tell them apart, neither
  // (unless they are one field at order and line level, as a currency is: the order's covers its lines). In a header
  // whose names are mostly read, a name that is not read is a word the vocabulary lacks ("NIP", "Faks"), not a code:
  // a preference for the header's default qualifier (home before work) is then no reason, only values that fit one
  // field clearly better than any other are
  const mostlyRead = columns.filter((c) => c.informative).length >= columns.length * READ_SHARE
  const tieMargin = mostlyRead ? VALUE_MARGIN : 0.005
  for (const row of scores) {
    const led = row.map((s, k) => ({ s, k })).filter(({ s }) => s.name < 0.3 && s.confidence >= threshold)
    const top = Math.max(0, ...led.map(({ s }) => s.confidence))
    const tied = led.filter(({ s }) => s.confidence >= top - tieMargin)
    if (tied.length < 2) continue
    const leaf = targets[tied[0]!.k]!.node.name
    const order = tied.filter(({ k }) => targets[k]!.level === 'order')
    const keep = tied.every(({ k }) => targets[k]!.node.name === leaf) && order.length === 1 ? order[0]!.k : -1
    for (const { s, k } of led) if (k !== keep) { s.confidence = 0; s.signals.push('values fit several fields alike') }
    if (keep !== -1) row[keep]!.signals.push("the same field at order and line level: the order's")
  }
  // the optimum of the sum of cubed confidences: one sure match is worth more than two doubtful ones
  const weights = scores.map((row) => row.map((s) => (s.confidence >= threshold ? s.confidence ** 3 : 0)))
  const chosen = assign(weights)
  // one address has one state (onestate.ts)
  oneState(chosen, targets, columns, scores)
  // ambiguous: columns named alike but for a number (ID1, ID2, ...) that all fit one field (above the threshold or not:
  // ID4 at 0.71 beside ID2 at 0.55 is no surer): leave them all out
  const stripped = header.map((h) => (/\d/.test(h) ? h.toLowerCase().replace(/[\d_\s-]+/g, '') : undefined))
  const ambiguous = new Set<number>()
  // (of numbered e-mails and phones, "Email 1" and "Email 2", the first is the contact's own, as address books write
  // them: it keeps the field, the others are left out)
  const numberOf = (i: number): number => +(/\d+/.exec(header[i]!)?.[0] ?? NaN)
  chosen.forEach((j, i) => {
    if (j === -1 || stripped[i] === undefined) return
    const mine = scores[i]![j]!.confidence
    // (... and of numbered surnames, Spanish "Apellido 1" and "Apellido 2", the first is the last name; of numbered lines of a
    // company's name, German "Firma1" and "Firma2", the first is the company's name)
    const contact = /(Email\.address|Phone\.number|name\.lastName|companyName|^organizations\[0\])$/.test(targets[j]!.destination)
    header.forEach((_, k) => {
      if (!(k !== i && stripped[k] === stripped[i] && scores[k]![j]!.confidence > 0 && mine > 0)) return
      if (contact && numberOf(i) !== numberOf(k)) { ambiguous.add(numberOf(i) < numberOf(k) ? k : i); return }
      ambiguous.add(i); ambiguous.add(k)
    })
  })
  // tied: another column whose name says the same ("Gross Sales" and "Total Collected": a total) and fits the chosen field as well:
  // the assignment would pick one by its place in the header, so neither is chosen
  const tiedWith = new Map<number, number>()
  const topOf = scores.map((row) => Math.max(0, ...row.map((x) => x.confidence)))
  // (names that say the same thing: the same words, before the header's context adds any)
  const wordSet = lead.map((w) => [...new Set(w)].sort().join(' '))
  // (a name whose words are the vocabulary's own, not rewritten by it: "Order ID", not "Order reference")
  const literal = leadNames.map((h, i) => fieldTokens(h).join(' ') === lead[i]!.join(' '))
  const sameWords = (i: number, k: number): boolean => wordSet[i] === wordSet[k] && [...prefixes[i]!].sort().join(' ') === [...prefixes[k]!].sort().join(' ')
  // (columns a tie-break below has settled, both of them: no later tie undoes it)
  const settled = new Set<number>()
  chosen.forEach((j, i) => {
    if (j === -1) return
    const mine = scores[i]![j]!
    header.forEach((_, k) => {
      if (settled.has(i) || settled.has(k)) return
      const other = scores[k]![j]!
      if (!(k !== i && mine.name >= 0.3 && other.name >= 0.3 && other.confidence >= threshold && Math.abs(other.confidence - mine.confidence) <= 0.005 && other.confidence >= topOf[k]! - 0.005 && mine.confidence >= topOf[i]! - 0.005 && sameWords(i, k))) return
      // (the column p takes the field from o, unless p went to another field)
      // (with swap, a p that went to another field trades it for this one when o fits that field as well: "Customer ID"
      // to _id and "Customer Code" to personID, not the other way round)
      const prefer = (p: number, o: number, why: string, swap = false): boolean => {
        const jp = chosen[p]!
        if (jp !== -1 && jp !== j && !(swap && scores[o]![jp]!.confidence >= threshold)) return false
        chosen[p] = j; chosen[o] = jp !== -1 && jp !== j ? jp : -1; scores[o]![j]!.signals.push(`column ${JSON.stringify(header[p])} ${why}`)
        settled.add(p); settled.add(o)
        return true
      }
      // (of the two, the one that says primary is the field's: PRIMARY)
      const primaryK = PRIMARY.test(header[k]!)
      if (primaryK !== PRIMARY.test(header[i]!) && (primaryK ? prefer(k, i, 'says primary') : prefer(i, k, 'says primary'))) return
      // (... else the one whose name says its words as written: "City" before "Town", "State" before "Territory",
      // "Department" before "Division"; not for identifiers: of an "Order ID" beside an "Order Reference", the reference
      // rule below decides)
      if (literal[k] !== literal[i] && !/(id|number)$/i.test(targets[j]!.node.name) && (literal[k] ? prefer(k, i, 'names the field as written') : prefer(i, k, 'names the field as written'))) return
      // (... else, for the record's or the person's own id, the one whose name ends in "ID" as a word: "Id" before
      // "Identifier", "Customer ID" before "Customer Code", "KundId" before "Kundnummer", "ID" before "Guid" or "UID", which
      // are another system's keys)
      const idK = endsInId(header[k]!.trim())
      if (idK !== endsInId(header[i]!.trim()) && (targets[j]!.destination === '_id' || targets[j]!.node.name === 'personID') && (idK ? prefer(k, i, 'names an ID', true) : prefer(i, k, 'names an ID', true))) return
      // (... else the one in no other currency: "Monto" before "Monto en USD", an amount converted for reporting)
      const currencyK = CURRENCY_NAMED.test(header[k]!)
      if (currencyK !== CURRENCY_NAMED.test(header[i]!) && targets[j]!.node.xdmType === 'number' && (currencyK ? prefer(i, k, 'names no other currency') : prefer(k, i, 'names no other currency'))) return
      // (... else, for an order's purchase id, the merchant's reference or code before an "Order ID": FastSpring's "Order
      // Reference", Bopple's "Order Code", Afterpay's "Merchant Reference" are the order number the shop shows, the ID the
      // platform's own key)
      const refK = referenceBeside(header[k]!, header[i]!), refI = referenceBeside(header[i]!, header[k]!)
      if (refK !== refI && targets[j]!.node.name === 'purchaseID' && (refK ? prefer(k, i, 'names the reference the shop shows') : prefer(i, k, 'names the reference the shop shows'))) return
      ambiguous.add(i); ambiguous.add(k); tiedWith.set(i, k); tiedWith.set(k, i)
    })
  })
  // a required date-time no column went to (an event's timestamp) takes the header's one column of date-times left
  fillRequiredTime(targets, columns, scores, chosen, ambiguous, threshold)
  const mappings: Suggestion[] = []
  const unmapped: SuggestedMappingSet['unmapped'] = []
  header.forEach((h, i) => {
    const j = ambiguous.has(i) ? -1 : chosen[i]!
    const ranked = scores[i]!.map((s, k) => ({ k, s })).filter((x) => x.s.confidence > 0).sort((a, b) => b.s.confidence - a.s.confidence || a.k - b.k)
    if (j === -1) {
      const best = ranked[0]
      if (ambiguous.has(i) && tiedWith.has(i) && !(stripped[i] !== undefined && header.some((_, k) => k !== i && stripped[k] === stripped[i]))) {
        const k = tiedWith.get(i)!
        const j2 = chosen[i] !== -1 ? chosen[i]! : chosen[k]!
        unmapped.push({ source: h, reason: `ambiguous: ${JSON.stringify(h)} and ${JSON.stringify(header[k])} fit ${targets[j2]!.destination} alike (${scores[i]![j2]!.confidence.toFixed(2)}), so neither is chosen` })
        return
      }
      if (ambiguous.has(i)) {
        const alike = header.filter((_, k) => k !== i && stripped[k] === stripped[i])
        unmapped.push({ source: h, reason: `ambiguous: ${[h, ...alike].map((x) => JSON.stringify(x)).join(', ')} differ only by a number, so none is chosen${best ? ` (best candidate ${targets[best.k]!.destination})` : ''}` })
        return
      }
      let reason = 'no field matches its name or values'
      // (the time of day another column's date is read with: "Hora" beside "Data")
      const pairedWith = header.findIndex((_, k) => chosen[k] !== undefined && chosen[k]! >= 0 && !ambiguous.has(k) && scores[k]![chosen[k]!]!.withTime?.name === h)
      if (pairedWith !== -1) reason = `read with ${JSON.stringify(header[pairedWith])} into ${targets[chosen[pairedWith]!]!.destination}: its time of day`
      else if (best) {
        const owner = chosen.indexOf(best.k)
        reason = owner !== -1 && owner !== i && !ambiguous.has(owner)
          ? `best candidate ${targets[best.k]!.destination} (${best.s.confidence.toFixed(2)}) went to column ${JSON.stringify(header[owner])}, which fits it better`
          : `best candidate ${targets[best.k]!.destination} at ${best.s.confidence.toFixed(2)} is below the threshold ${threshold}`
      } else if (profiles[i]!.nonEmpty === 0) reason = 'no values in the sample, and no field is named by its name outright'
      else {
        // (a field the name says outright whose type the values do not fit: say which, and why not)
        const miss = scores[i]!.map((s, k) => ({ s, k })).filter((x) => x.s.typeMiss !== undefined).sort((a, b) => b.s.name - a.s.name || a.k - b.k)[0]
        if (miss) {
          const node = targets[miss.k]!.node, example = profiles[i]!.sample.find((v) => v.trim())?.trim()
          reason = `its name matches ${targets[miss.k]!.destination}, but that field is a ${node.xdmType} and only ${Math.round(miss.s.typeMiss! * 100)}% of sampled values convert to it${example !== undefined ? ` (${JSON.stringify(example)})` : ''}`
        }
      }
      unmapped.push({ source: h, reason })
      return
    }
    const s = scores[i]![j]!
    const m: Suggestion = {
      sourceType: 'ATTRIBUTE', source: h, destination: targets[j]!.destination, confidence: s.confidence,
      reason: s.signals.join('; '),
      alternatives: ranked.filter((x) => x.k !== j).slice(0, 3).map((x) => ({ destination: targets[x.k]!.destination, confidence: x.s.confidence })),
    }
    const expression = s.decode ? decodeExpression(h, s.decode, s.decodeKeeps) : s.epoch ? epochExpression(h, s.epoch) : s.withTime ? dateTimeExpression(h, s.withTime.name, s.withTime.datePattern, s.withTime.timePattern) : s.pattern ? dateExpression(h, s.pattern) : s.decimalComma ? decimalCommaExpression(h, s.decimalComma) : s.thousands ? thousandsExpression(h, s.thousands) : s.symbols ? symbolAmountExpression(h, s.symbols, s.symbolComma, s.symbolSpaces) : s.upper ? upperExpression(h) : s.dayMonth ? dayMonthExpression(h, s.dayMonth) : undefined
    if (expression) m.expression = expression
    mappings.push(m)
  })
  return { outputSchema: { schemaRef: { id: catalog.id, contentType: 'application/vnd.adobe.xed-full+json;version=1' } }, mappings, unmapped }
}

export async function suggest(csv: string, catalog: FieldCatalog, options: SuggestOptions = {}): Promise<SuggestedMappingSet> {
  const { header, rows } = await sampleCsv(csv, options)
  return suggestFrom(header, rows, catalog, options)
}

/** The suggestions as a mapping-set file `run` accepts (sources wrapped where Data Prep needs it). */
export function toMappingSet(s: SuggestedMappingSet): { outputSchema: SuggestedMappingSet['outputSchema']; mappings: { sourceType: 'ATTRIBUTE' | 'EXPRESSION'; source: string; destination: string }[] } {
  return {
    outputSchema: s.outputSchema,
    mappings: s.mappings.map((m) => (m.expression
      ? { sourceType: 'EXPRESSION' as const, source: m.expression, destination: m.destination }
      : { sourceType: 'ATTRIBUTE' as const, source: formatSource(m.source), destination: m.destination })),
  }
}

/** A table for people: column, sample value, destination, confidence, reason; unmapped columns last. */
export function formatSuggestions(s: SuggestedMappingSet, examples: Record<string, string | undefined> = {}): string {
  const rows = s.mappings.map((m) => [m.source, (examples[m.source] ?? '').slice(0, 24), m.destination, m.confidence.toFixed(2), m.reason])
  const head = ['COLUMN', 'SAMPLE', 'DESTINATION', 'CONF', 'REASON']
  const w = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))))
  const line = (r: string[]): string => r.map((x, i) => (i === r.length - 1 ? x : x.padEnd(w[i]!))).join('  ')
  const out = [line(head), ...rows.map(line)]
  if (s.unmapped.length) out.push('', 'unmapped:', ...s.unmapped.map((u) => `  ${u.source}: ${u.reason}`))
  out.push(`${s.mappings.length} mapped, ${s.unmapped.length} unmapped`)
  return out.join('\n') + '\n'
}
