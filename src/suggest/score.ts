import { converterFor } from '../convert/index.js'
import { ConvertError } from '../convert/failure.js'
import { compileDatePattern } from '../convert/java-date-pattern.js'
import type { FieldNode } from '../schema/catalog.js'
import { SHOW_TIME, type HeaderContext } from './context.js'
import { fileLanguages, has, QUALIFIER_FAMILY, QUALIFIERS, WEAK } from './names.js'
import { COMPACT_MINUTES, COMPACT_SECONDS, DOTTED_QUAD, centsShare, commaAmounts, currencyMarks, mostly, type ColumnProfile, type Detector } from './profile.js'
import type { Target } from './targets.js'
import { genderDecode } from './gender.js'
import { maritalDecode } from './marital.js'
import { nationalityDecode } from './nationality.js'
import { landlineNumbers } from './mobile.js'
import { flagDecode } from './flags.js'
import { dayMonthOf, epochUnit, GROUP_SPACES, THOUSANDS_MARKS, UNIT_WORDS, type DayMonth, type EpochUnit } from './time.js'

/**
 * One column against one field: a name score (the column's words explained by the field's leaf, parents, title
 * and synonyms; qualifiers; numbered siblings; order vs line level; system fields only by exact name) and a value
 * score (the run's converters, enums and suggested values, detectors). Values confirm a name or break a tie; they
 * lead only when the name says nothing and the evidence is strong and specific.
 */
export interface Score {
  confidence: number
  /** the name matched only generic words of the leaf (status, type, name...): needs siblings in the same object */
  genericOnly?: boolean
  name: number
  value: number
  /** the signals that decided, for the reason */
  signals: string[]
  /** epoch seconds or microseconds into a date-time field: converted by an expression */
  epoch?: EpochUnit
  /** a day-first date pattern the converters do not read: converted by date(column, pattern) */
  pattern?: string
  /** a day's date whose time of day is another column's: converted by date(concat(date, " ", time), pattern) */
  withTime?: { name: string; datePattern: string; timePattern: string }
  /** gender words into the gender enum, or yes/no words into a boolean: each value (trimmed, lower-case) and what it means */
  decode?: [string, string][]
  /** a value the decode table lacks passes as written (a boolean's: the conversion then rejects what is no flag) */
  decodeKeeps?: boolean
  /** amounts written with a decimal comma into a number field: converted by an expression; the group spaces the values
   * use besides dots (67 848,05), if any */
  decimalComma?: string[]
  /** amounts with a currency mark are written with a decimal comma (R$ 1.819,00) */
  symbolComma?: boolean
  /** the spaces that group thousands before a decimal point in amounts with a currency mark (R 1 220.00) */
  symbolSpaces?: string[]
  /** amounts with thousands separators into a number field: converted by an expression; the separators the values use */
  thousands?: string[]
  /** amounts written with these currency symbols into a number field: converted by an expression */
  symbols?: string[]
  /** lower-case codes (usd, de) into a field whose pattern wants capitals (ISO currency and country codes): upper() */
  upper?: boolean
  /** the name says this field outright but too few sampled values convert to its type (a parcel number, BR525083298BR, into
   * XDM's number-typed trackingNumber): the share that does, for the unmapped column's reason */
  typeMiss?: number
  /** a day and month without a year (03/25, 25.03) into the MM-DD birthday: converted by an expression */
  dayMonth?: DayMonth
}

export interface Column {
  name: string
  profile: ColumnProfile
  /** words after the header context */
  words: string[]
  /** words of the dotted prefix (`device` in `device.category`) or of an object prefix (`Person - Name`) */
  prefix: string[]
  /** an object prefix ("Person - "): a hint when it names the field's parents, no penalty when not */
  softPrefix?: boolean
  /** the column's qualifiers (families the schema knows) */
  qualifiers: string[]
  /** the name carries meaning (some word the schema or the vocabulary knows) */
  informative: boolean
  /** the name has a real word nothing knows ("merchant_id", "capture_date"): it means something, only unknown */
  unknownWords?: boolean
  /** the header's first column */
  first?: boolean
  digits: string[]
}

/** Value kinds specific enough to decide alone when the name says nothing. */
const LEADING: Detector[] = ['email', 'url', 'phone', 'countryCode', 'currencyCode', 'ip', 'uuid', 'courtesy']
const DETECTOR_WORDS: Partial<Record<Detector, string>> = {
  email: 'email addresses', phone: 'phone numbers', url: 'URLs', uuid: 'UUIDs', countryCode: 'ISO country codes', currencyCode: 'ISO currency codes',
  gender: 'gender values', latitude: 'latitudes', longitude: 'longitudes', postalCode: 'postal codes', dayMonth: 'MM-DD days', year: 'years', ip: 'IP addresses',
  courtesy: 'courtesy titles', sku: 'product codes', ianaZone: 'IANA time zones',
}
/** Words of a header that ships something: a parcel's tracking number or link belongs to it. */
const PARCEL_WORDS = ['shipping', 'carrier', 'shipment', 'parcel', 'delivery']
const TEXTUAL = new Set(['method', 'name', 'type', 'status', 'description', 'city', 'country', 'state', 'street', 'label', 'title', 'reason', 'category', 'model', 'manufacturer', 'tier', 'program', 'operating', 'browser'])
/** Value kinds a field insists on: a column whose values are not of the kind does not go there. */
const STRICT: Detector[] = ['email', 'url', 'currencyCode', 'countryCode', 'ip', 'latitude', 'longitude', 'dayMonth', 'year', 'uuid', 'ianaZone']
/** Value kinds a column of flags (0/1, yes/no) never holds. */
const FLAGLESS: Detector[] = ['phone', 'email', 'url', 'postalCode', 'countryCode', 'currencyCode', 'ip', 'uuid', 'sku']
/** Words of times later than an event's own (an update, a shipment, an expiry): not the event's time. */
export const LATER = new Set(['updated', 'paid', 'sent', 'received', 'last', 'expiry', 'shipping', 'refund', 'cancel', 'login', 'completed', 'confirmed', 'end'])
/** Each group space with the test for it between digits, a thousands group after it (1 220.00; "R 220" has none): compiled once. */
const SPACE_GROUPS: [string, RegExp][] = GROUP_SPACES.map((x) => [x, new RegExp(`\\d${x}\\d{3}`, 'u')])
/** A mailing list's subscription states in the vocabulary's languages: bounced, opted in or out, unsubscribed, unconfirmed. */
const MAILING_STATE = /bounce|opt(ed)?[ -]?(in|out)\b|unsubscri|afgemeld|abgemeldet|d[ée]sabonn|d[ée]sinscri|non confirm|unconfirm|atrakst|cleaned/i
/** Values of a person's type in XDM's sense, the kind of individual in a business context. */
const PERSON_KIND = /^(b2c|b2b|b2b2c|consumer|customer|individual|business|household|prospect|employee|partner)s?$/i

/** Words of an event's own, first time (its creation, the order, the transaction): the event's timestamp before later ones. */
export const FIRST_TIME = new Set(['created', 'order', 'event', 'timestamp', 'occurred', 'hit', 'purchase', 'transaction'])

/** Words naming objects of their own: a column naming one the field does not explain is about something else. */
const OBJECTS = new Set(['card', 'issuer', 'device', 'staff', 'employee', 'merchant', 'shopper', 'customer', 'user', 'account', 'browser', 'session', 'visit', 'campaign', 'page', 'store', 'location', 'owner', 'assistant', 'tax', 'fee', 'referrer', 'referral'])

/**
 * Words of values derived from the thing, or not (yet) real: an average, a bound, an estimate, a next or previous one
 * ("Average Order Value", "Next Invoice Amount", "Max Discount", "Estimated Delivery Date") are not the value itself.
 */
const DERIVED = new Set(['average', 'avg', 'mean', 'median', 'maximum', 'max', 'minimum', 'min', 'next', 'previous', 'prev', 'expected', 'estimated', 'est', 'forecast', 'projected', 'potential', 'target', 'budget', 'planned', 'recommended', 'suggested', 'upcoming'])

/** Other people a column can be about (an emergency contact's phone, a manager's email): never the profile's own fields. */
const OTHER_PEOPLE = new Set(['emergency', 'spouse', 'guardian', 'parent', 'mother', 'father', 'manager', 'supervisor', 'agent', 'assignee'])

/** Leaf words too generic to place a column in an object by themselves. */
const GENERIC_ONLY = new Set([...WEAK, 'status', 'label', 'description', 'category', 'program', 'tier'])

/** Words that do not tell fields apart when missing (a tax amount is a tax). */
const GENERICISH = new Set(['amount', 'total', 'value', 'date', 'number', 'id', 'code', 'name', 'type', 'detail', 'count', 'time', 'enabled', 'last'])
const PROFILE_SELF = new Set(['customer', 'contact', 'subscriber', 'client', 'buyer', 'shopper', 'user', 'lead', 'prospect', 'member', 'recipient'])
const PERSONISH = new Set(['customer', 'person', 'contact', 'user', 'member', 'profile', 'record', 'event', 'hit', 'row'])

const DAY_FIRST: [RegExp, string][] = [
  [/^\d{2}\.\d{2}\.\d{4}$/, 'dd.MM.yyyy'], [/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/, 'dd.MM.yyyy HH:mm'], [/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/, 'dd.MM.yyyy HH:mm:ss'],
  [/^\d{2}\/\d{2}\/\d{4}$/, 'dd/MM/yyyy'], [/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/, 'dd/MM/yyyy HH:mm'], [/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/, 'dd/MM/yyyy HH:mm:ss'],
  [/^\d{2}-\d{2}-\d{4}$/, 'dd-MM-yyyy'], [/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/, 'dd-MM-yyyy HH:mm'],
]

/**
 * Other written dates the converters do not read, with the pattern date() reads them by: dotted dates are day-first
 * in every locale that writes them (1.3.2024, 01.03.24 10:15); slashes or dashes with a day above 12 are day-first
 * (22/3/2024, 22-03-2024 10:15:00); a 12-hour clock with AM/PM is month-first (3/22/2024 1:20 PM, 3/22/24 1:20 PM); year-first with
 * slashes (2024/03/01 10:15:00) and month names (Mar 1, 2024 10:15 AM) have one reading.
 */
const OTHER_DATES: [RegExp, string, 'dayFirst' | 'monthFirst' | 'any'][] = [
  [/^\d{1,2}\.\d{1,2}\.\d{4}$/, 'd.M.yyyy', 'any'], [/^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d{2}$/, 'd.M.yyyy H:mm', 'any'], [/^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d{2}:\d{2}$/, 'd.M.yyyy H:mm:ss', 'any'],
  [/^\d{1,2}\.\d{1,2}\.\d{2}$/, 'd.M.yy', 'any'], [/^\d{1,2}\.\d{1,2}\.\d{2} \d{1,2}:\d{2}$/, 'd.M.yy H:mm', 'any'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'd/M/yyyy', 'dayFirst'], [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/, 'd/M/yyyy H:mm', 'dayFirst'], [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/, 'd/M/yyyy H:mm:ss', 'dayFirst'],
  // French exports write the time after "à" (02/09/2020 à 03:48): always day-first
  [/^\d{1,2}\/\d{1,2}\/\d{4} à \d{1,2}:\d{2}(:\d{2})?$/, "d/M/yyyy 'à' H:mm:ss", 'any'],
  // (Indian CRMs write a day-first dashed date with a 12-hour clock: 05-03-2024 7:38 AM)
  [/^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2} [AP]M$/i, 'd-M-yyyy h:mm a', 'dayFirst'], [/^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/i, 'd-M-yyyy h:mm:ss a', 'dayFirst'],
  [/^\d{1,2}-\d{1,2}-\d{4}$/, 'd-M-yyyy', 'dayFirst'], [/^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}$/, 'd-M-yyyy H:mm', 'dayFirst'], [/^\d{1,2}-\d{1,2}-\d{4} \d{1,2}:\d{2}:\d{2}$/, 'd-M-yyyy H:mm:ss', 'dayFirst'],
  // (Australian and British exports write the 12-hour clock after a day-first date: 24/02/2022 10:12 pm)
  [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} [AP]M$/i, 'd/M/yyyy h:mm a', 'dayFirst'],
  [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/i, 'd/M/yyyy h:mm:ss a', 'dayFirst'],
  [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} [AP]M$/i, 'M/d/yyyy h:mm a', 'any'], [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/i, 'M/d/yyyy h:mm:ss a', 'any'],
  // (and a 24-hour clock after a date no day above 12 shows to be day-first is month-first, as the converters read a slashed
  // date alone: 10/19/2019 01:31:16, 09/07/2020 21:33)
  [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/, 'M/d/yyyy H:mm:ss', 'any'], [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/, 'M/d/yyyy H:mm', 'any'],
  [/^\d{1,2}\/\d{1,2}\/\d{2} \d{1,2}:\d{2} [AP]M$/i, 'M/d/yy h:mm a', 'any'],
  // (Bandcamp's two-digit years with the clock's am/pm glued on: 2/17/22 9:05pm; a two-digit year alone is month-first only when
  // some second number is above 12: 12/18/24)
  [/^\d{1,2}\/\d{1,2}\/\d{2} \d{1,2}:\d{2}[ap]m$/i, 'M/d/yy h:mma', 'any'], [/^\d{1,2}\/\d{1,2}\/\d{2}$/, 'M/d/yy', 'monthFirst'],
  // (WordPress plugins' long month names: November 21, 2024 2:39 pm)
  [/^[A-Z][a-z]{2,8} \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m$/i, 'MMMM d, yyyy h:mm a', 'any'],
  // (year-first with dots: Korean 2022.07.14 23:55, Hungarian 2019.01.01. 18:21:52 with a dot after the day)
  [/^\d{4}\.\d{1,2}\.\d{1,2}$/, 'yyyy.M.d', 'any'], [/^\d{4}\.\d{1,2}\.\d{1,2} \d{1,2}:\d{2}(:\d{2})?$/, 'yyyy.M.d H:mm:ss', 'any'],
  [/^\d{4}\.\d{1,2}\.\d{1,2}\.$/, "yyyy.M.d.", 'any'], [/^\d{4}\.\d{1,2}\.\d{1,2}\. \d{1,2}:\d{2}(:\d{2})?$/, 'yyyy.M.d. H:mm:ss', 'any'],
  [/^\d{4}\/\d{1,2}\/\d{1,2}$/, 'yyyy/M/d', 'any'], [/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}(:\d{2})?$/, 'yyyy/M/d H:mm:ss', 'any'],
  // day before the month's name (British, Asian and Oracle exports: 25 Apr 2024 07:25, 07 Sep 21 21:34, 01-Mar-2024)
  [/^\d{1,2} [A-Z][a-z]{2} \d{4}$/, 'd MMM yyyy', 'any'], [/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}(:\d{2})?$/, 'd MMM yyyy H:mm:ss', 'any'],
  [/^\d{1,2} [A-Z][a-z]{2} \d{2} \d{1,2}:\d{2}(:\d{2})?$/, 'd MMM yy H:mm:ss', 'any'], [/^\d{1,2}-[A-Z][a-z]{2}-\d{4}$/, 'd-MMM-yyyy', 'any'], [/^\d{1,2}-[A-Z][a-z]{2}-\d{4} \d{1,2}:\d{2}(:\d{2})?$/, 'd-MMM-yyyy H:mm:ss', 'any'],
  [/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/, 'MMM d, yyyy', 'any'], [/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$/, 'MMM d, yyyy h:mm a', 'any'],
  [/^[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2} [AP]M$/, 'MMM d, yyyy h:mm:ss a', 'any'],
  // (Indian and British exports with a 12-hour clock: 28 Jul 2021, 05:22 AM)
  [/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2} [AP]M$/i, 'd MMM yyyy, h:mm a', 'any'], [/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2} [AP]M$/i, 'd MMM yyyy h:mm a', 'any'],
  // (e-mail and HTTP dates, RFC 1123: Twilio's "Wed, 29 Nov 2023 20:29:40 +0000"; a zone's abbreviation after the time: "Apr 24,
  // 2022 3:49 PM PDT", "2020-04-19 18:53 UTC"; Oracle's capital months: 27-AUG-19)
  [/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/, 'EEE, d MMM yyyy HH:mm:ss Z', 'any'],
  [/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M [A-Z]{3,4}$/, 'MMM d, yyyy h:mm a z', 'any'],
  [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} (UTC|GMT)$/, 'yyyy-MM-dd HH:mm z', 'any'], [/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (UTC|GMT)$/, 'yyyy-MM-dd HH:mm:ss z', 'any'],
  [/^\d{1,2}-[A-Z]{3}-\d{2}$/, 'd-MMM-yy', 'any'], [/^\d{1,2}-[A-Z]{3}-\d{4}$/, 'd-MMM-yyyy', 'any'],
  // (Croatian, Serbian and Slovenian dates end in a dot: 17.09.2020. 23:13:31; FareHarbor writes "Jan 26, 2019 @ 6:05am";
  // CallTrackingMetrics a 12-hour clock and the offset: 2022-08-12 12:47 AM -04:00)
  [/^\d{1,2}\.\d{1,2}\.\d{4}\.$/, 'd.M.yyyy.', 'any'], [/^\d{1,2}\.\d{1,2}\.\d{4}\. \d{1,2}:\d{2}(:\d{2})?$/, 'd.M.yyyy. H:mm:ss', 'any'],
  [/^[A-Z][a-z]{2} \d{1,2}, \d{4} @ \d{1,2}:\d{2}[ap]m$/, "MMM d, yyyy '@' h:mma", 'any'],
  [/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} [AP]M [+-]\d{2}:\d{2}$/, 'yyyy-MM-dd h:mm a XXX', 'any'],
  // (Czech and Slovak dates with a space after each dot: 18. 4. 1996, 14. 4. 2025 10:19; Hungarian year-first ones likewise:
  // 1965. 08. 09., 2024. 03. 01. 18:21; a day-first month name with a 12-hour clock: 13-Jul-2025 7:04 AM)
  [/^\d{1,2}\. \d{1,2}\. \d{4}$/, 'd. M. yyyy', 'any'], [/^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}(:\d{2})?$/, 'd. M. yyyy H:mm:ss', 'any'],
  [/^\d{4}\. \d{1,2}\. \d{1,2}\.$/, 'yyyy. M. d.', 'any'], [/^\d{4}\. \d{1,2}\. \d{1,2}\. \d{1,2}:\d{2}(:\d{2})?$/, 'yyyy. M. d. H:mm:ss', 'any'],
  [/^\d{1,2}-[A-Z][a-z]{2}-\d{4} \d{1,2}:\d{2} [AP]M$/i, 'd-MMM-yyyy h:mm a', 'any'],
  // compact date-times (payment gateways, mainframes): the run would read fourteen digits as epoch milliseconds
  [COMPACT_SECONDS, 'yyyyMMddHHmmss', 'any'], [COMPACT_MINUTES, 'yyyyMMddHHmm', 'any'],
]

/**
 * A file whose header is in languages none of which writes the month first (no English: Danish, Czech, Spanish ...): its
 * dates with slashes or dashes are day-first even when no day in the sample is above 12 (12-02-2025 14:45 in a Danish
 * booking export is the 12th of February).
 */
function dayFirstFile(): boolean {
  const langs = fileLanguages()
  return langs.length > 0 && !langs.includes('en')
}

/** The day-first pattern all sampled values follow, when some day is above 12 (so the reading is not in doubt). */
function dayFirstPattern(col: ColumnProfile): string | undefined {
  if (!col.sample.length) return undefined
  const hit = DAY_FIRST.find(([re]) => col.sample.every((v) => re.test(v)))
  if (!hit) return otherDatePattern(col)
  const days = col.sample.map((v) => +v.slice(0, 2)), months = col.sample.map((v) => +v.slice(3, 5))
  if ((!days.some((d) => d > 12) && !dayFirstFile()) || months.some((m) => m < 1 || m > 12) || days.some((d) => d < 1 || d > 31)) return otherDatePattern(col)
  return hit[1]
}

/**
 * The pattern of a column of dates without times whose reading is certain, for joining them with a time of day: ISO
 * (2020-04-06), day-first (06/04/2020 with some day above 12, 06.04.2020) or month-first (12/18/2020 with some day above
 * 12 in second place); undefined when day and month are in doubt.
 */
function pairedDatePattern(col: ColumnProfile): string | undefined {
  const sample = col.sample.map((v) => v.trim()).filter((v) => v)
  if (!sample.length) return undefined
  if (sample.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'yyyy-MM-dd'
  const dayFirst = dayFirstPattern(col)
  if (dayFirst && !/[Hh]/.test(dayFirst)) return dayFirst
  const slashed = sample.map((v) => /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(v))
  if (slashed.every((m) => m) && slashed.some((m) => +m![2]! > 12) && slashed.every((m) => +m![1]! <= 12)) return 'M/d/yyyy'
  return undefined
}

const patterns = new Map<string, ReturnType<typeof compileDatePattern>>()
const compiled = (p: string): ReturnType<typeof compileDatePattern> => { let c = patterns.get(p); if (!c) { c = compileDatePattern(p); patterns.set(p, c) } return c }

function otherDatePattern(col: ColumnProfile): string | undefined {
  const sample = col.sample.slice(0, 200)
  for (const [re, pattern, rule] of OTHER_DATES) {
    if (!sample.every((v) => re.test(v))) continue
    if (rule === 'dayFirst' && !sample.some((v) => +v.split(/[/-]/)[0]! > 12) && !dayFirstFile()) continue
    if (rule === 'monthFirst' && (!sample.some((v) => +v.split('/')[1]! > 12) || sample.some((v) => +v.split('/')[0]! > 12))) continue
    // a pattern with seconds where some values have none: try it as written
    const p = pattern.endsWith(':ss') && sample.some((v) => !/:\d{2}:\d{2}/.test(v)) ? pattern.slice(0, -3) : pattern
    let parse: ((t: string) => unknown) | undefined
    try { const c = compiled(p); parse = (t) => c.parse(t) } catch { parse = undefined }
    if (parse && sample.every((v) => parse!(v) !== undefined)) return p
  }
  return undefined
}


const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9_.]/g, '')
const weight = (x: string): number => (WEAK.has(x) ? 0.5 : /^\d+$/.test(x) ? 0.2 : 1)
const sum = (xs: Iterable<string>): number => { let n = 0; for (const x of xs) n += weight(x); return n }
const pct = (x: number): string => `${Math.round(x * 100)}%`
const norm = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '')

function typeShare(col: ColumnProfile, node: FieldNode): number {
  if (node.xdmType === 'string' || !col.sample.length) return 1
  const conv = converterFor(node)
  const sample = col.sample.slice(0, 200)
  return sample.filter((v) => !(conv(v) instanceof ConvertError)).length / sample.length
}

/** Share of values that are among the field's enum (enforced) or suggested values (meta:enum keys or labels). */
function enumFit(col: ColumnProfile, node: FieldNode): { enforced: boolean; fit: number } | undefined {
  const values = node.enum ? node.enum.map(String) : node.metaEnum ? [...Object.keys(node.metaEnum), ...Object.values(node.metaEnum)] : undefined
  if (!values || !col.sample.length) return undefined
  const allowed = new Set(values.map(norm))
  return { enforced: !!node.enum, fit: col.sample.filter((v) => allowed.has(norm(v))).length / col.sample.length }
}

/** The leaf is a generic name whose meaning is its parent's (productListItems[].name: the product). */
const GENERIC_LEAF_OF_PARENT = (t: Target): boolean => !t.leafCore.includes('name')

/** The words only this field has (tracking in shipping.trackingNumber): a column saying all of them needs no qualifier. */
const ownWords = (t: Target): string[] => t.leafCore.filter((x) => weight(x) === 1 && !GENERICISH.has(x) && !['method', 'amount', 'price'].includes(x))

/** A (trimmed) name that ends in the word ID ("ID", "User ID", "customer_id"), not in "UID" or "Guid". */
export const endsInIdWord = (h: string): boolean => /(^|[^\p{L}])id$/iu.test(h)

/** The sampled values are the row's number in the file: whole numbers from 1 (or 0) up, one more on each row. */
const rowCounter = (p: ColumnProfile): boolean => {
  const v = p.sample.filter((x) => x.trim())
  if (v.length < 3 || v.length !== p.sample.length || !v.every((x) => /^\d{1,7}$/.test(x.trim()))) return false
  const n = v.map((x) => +x)
  return n[0]! <= 1 && n.every((x, i) => i === 0 || x === n[i - 1]! + 1)
}

export function score(col: Column, t: Target, ctx: HeaderContext): Score {
  const zero = (why: string): Score => ({ confidence: 0, name: 0, value: 0, signals: [why] })
  const C = new Set(col.words)
  /** The column's words or its dotted prefix (`device.category`'s "device") say one of these words. */
  const says = (...words: string[]): boolean => words.some((x) => C.has(x) || col.prefix.includes(x))
  const signals: string[] = []
  const node = t.node
  const isTime = node.xdmType === 'date-time' || node.xdmType === 'date'

  // system and audit fields: only a column that names them exactly
  if (t.system) {
    if (!t.exactNames.has(compact(col.name))) return zero('system field')
    // (a bare leaf every address, phone and e-mail has, "Status Reason", names none of them: a CRM record's own)
    if (t.addressLike && compact(col.name) === compact(node.name)) return zero("the bare name of a field every address, phone and e-mail has")
    // (the platform writes the repository's own dates: "Create Date" of a CRM export is the record's, not `_repo.createDate`)
    if (/(^|\.)_repo\./.test(t.destination) && !compact(col.name).includes('repo')) return zero("the repository's own field, written by the platform")
    return { confidence: 0.9, name: 1, value: 1, signals: [`name ${JSON.stringify(col.name)} is exactly the field ${t.destination}`] }
  }
  // numbered siblings: street1 unless the column says 2, 3, 4
  if (t.index !== undefined) {
    if (t.index > 1 && !col.digits.includes(String(t.index))) return zero('numbered sibling')
    if (t.index === 1 && col.digits.length && !col.digits.includes('1')) return zero('numbered sibling')
    if (t.index > 1 && !ctx.firstStreet) return zero('a further street line without a first one in the header')
  }

  // sub-entities (an assistant's name, a return's status, a payment's amount) only for columns that name them
  const paymentExport = ctx.paymentExport && t.entities.every((e) => e === 'payment')
  // (a transaction's id names the payment's transactionID, "transaction_id" of a tip jar or a shop; in analytics, as GA4's
  // transaction_id, it is the order's)
  const namesEntity = (e: string): boolean => C.has(e) || (e === 'payment' && node.name === 'transactionID' && C.has('transaction') && !ctx.analytics)
  if (t.entities.length && !paymentExport && !t.entities.some(namesEntity)) return zero(`the column does not name the ${t.entities[0]}`)
  // a points programme's transaction heading the header ("Transaktions-ID", "ID Transacción" of a partner's points
  // bookings: earned and redeemed points) is the booking's own record, no payment's
  const pointsBooking = ctx.points && col.first && C.has('transaction') && ['id', 'number', 'key'].some((x) => C.has(x)) && !C.has('payment')
  if (pointsBooking && (node.name === 'transactionID' || node.name === 'purchaseID')) return zero("a points booking's id, no payment's or order's")
  // ---- name
  const fieldWords = new Set([...t.leaf, ...t.context, ...t.title])
  const isTimestamp = t.destination === 'timestamp'
  const timeWord = C.has('date') || C.has('time') || C.has('timestamp') || C.has('created')
  // in a profile the customer, contact or member is the profile itself; an event's end-user IDs and environment are the
  // customer's ("customer_ip_address" is the event's IP)
  // (a member is the profile's person, except in a loyalty programme's export, where the member is the programme's)
  const self = (x: string): boolean => PROFILE_SELF.has(x) && !(x === 'member' && ctx.loyalty) && !t.entities.length && (!ctx.event || t.destination.startsWith('endUserIDs.') || t.destination.startsWith('environment.'))
  // (organizations[] holds the organisations' names: "Company Name" says no more than "Company")
  const namesOrganization = t.destination === 'organizations[0]' && [...C].some((w) => w !== 'name' && t.leaf.has(w))
  const explains = (x: string): boolean => fieldWords.has(x) || self(x) || (x === 'name' && namesOrganization) ||
    // (a date or time field's column may say it is one: "LAST_VISIT_TS", "Last Activity Date")
    (isTime && (x === 'date' || x === 'time' || x === 'timestamp')) || (x === 'address' && t.context.has('address')) || (QUALIFIERS.has(x) && (ctx.qualifiers.has(QUALIFIER_FAMILY[x] ?? x) || x === 'mailing')) ||
    (isTimestamp && timeWord && FIRST_TIME.has(x)) ||
    // (in a points programme's export the member is the programme's: "Member Tier", "Member Points", "ระดับสมาชิก"; a
    // club's "Membership Level" is its own)
    (x === 'member' && ctx.points && t.destination.startsWith('loyalty.'))
  const explainedWords = [...C].filter(explains)
  const explained = C.size ? sum(explainedWords) / sum(C) : 0
  const leafWords = [...C].filter((x) => t.leaf.has(x) || (t.title.has(x) && !t.context.has(x)) || (isTimestamp && timeWord && FIRST_TIME.has(x)))
  const strong = (x: string): boolean => weight(x) === 1 || (isTime && (x === 'date' || x === 'timestamp' || x === 'time'))
  const strongLeaf = leafWords.some(strong)
  const coreCov = t.leafCore.length ? sum(t.leafCore.filter((x) => C.has(x))) / sum(t.leafCore) : 0
  const leafScore = coreCov >= 0.5 ? Math.max(coreCov, strongLeaf ? 0.75 : 0) : strongLeaf ? 0.7 : leafWords.length ? 0.3 : 0
  let name = leafScore > 0 ? explained * leafScore : 0.2 * explained
  // a column that names another object ("Card Brand" against device.manufacturer) is about that object
  if (name > 0 && [...C].some((x) => OBJECTS.has(x) && !explains(x))) name -= 0.3
  if (name > 0 && [...C].some((x) => OTHER_PEOPLE.has(x) && !explains(x))) return zero('the column is about another person')
  // (an alternate, secondary or additional contact is another person: "Alternate Contact Phone")
  if (name > 0 && C.has('contact') && ['alternate', 'secondary', 'additional', 'second'].some((x) => C.has(x))) return zero('the column is about another person')
  if (name > 0 && [...C].some((x) => DERIVED.has(x) && !explains(x))) return zero('an average, a bound, an estimate or a next or previous value, not the value itself')
  // a birthday without its year written as the product's locale writes it (03/25, 25.03, 25/03) is an MM-DD day too: read by
  // an expression
  const dayMonth = t.kind === 'dayMonth' && (col.profile.shares.dayMonth ?? 0) < 0.9 ? dayMonthOf(col.profile.sample) : undefined
  /** The share of sampled values of the field's kind (all of them where a day and month are read by the expression). */
  // (a column whose name says phone holds phone numbers written in digits alone too, as SMS and payment tools and Nordic
  // exports write them, 254712345678, 31969777: the phone detector wants a mark or a trunk 0, for order numbers look so
  // too, so only a name saying phone lets them count)
  // (so do a column whose name says product code or barcode and its barcodes, EAN-13, UPC-A, EAN-8 and GTIN-14 written in
  // digits alone, 7894297397409: the product-code detector wants a letter, for order numbers look so too)
  // (where it is the header's one product code: beside an article number, the barcode is not the SKU)
  const onlyCode = (): boolean => col.words.includes('sku') && col.words.every((x) => ['sku', 'code', 'cod', 'product', 'item', 'number'].includes(x)) &&
    ctx.words.filter((w) => w.includes('sku') || ((w.includes('product') || w.includes('item')) && ['code', 'reference', 'number', 'id'].some((x) => w.includes(x)))).length === 1
  const barcodes = (): number => col.profile.nonEmpty ? col.profile.sample.filter((v) => /^\d{8}$|^\d{12,14}$/.test(v.trim())).length / col.profile.nonEmpty : 0
  const kindShare = t.kind === undefined ? undefined : dayMonth ? 1 : t.kind === 'phone' && name >= 0.3 && col.profile.shares.phone < 0.9 ? col.profile.shares.phoneDigits
    : t.kind === 'sku' && name >= 0.3 && col.profile.shares.sku < 0.9 && onlyCode() ? Math.max(col.profile.shares.sku, barcodes()) : col.profile.shares[t.kind]
  // the field's own strong words the column lacks (lastUpdatedDate for "Order Date") cost
  const kindConfirmed = t.kind !== undefined && STRICT.includes(t.kind) && col.profile.nonEmpty >= 3 && kindShare! >= 0.9
  if (name > 0 && coreCov < 1 && !isTimestamp && !kindConfirmed) {
    // (a synonym said means the whole concept is named: "Join Date" is memberSince)
    const strongCore = t.leafCore.filter((x) => weight(x) === 1 && !GENERICISH.has(x)).length
    const said = [...leafWords, ...col.prefix.filter((x) => t.leafCore.includes(x))].filter((x) => weight(x) === 1 && !GENERICISH.has(x))
    if (!said.some((x) => !t.leafCore.includes(x))) name -= Math.min(0.5, 0.35 * Math.max(0, strongCore - said.length))
  }
  // a dotted prefix (`device.` in device.category) names the field's parents, or another branch
  if (name > 0 && col.prefix.length) {
    const hits = col.prefix.filter((x) => t.context.has(x)).length
    // (a prefix naming the profile's own person, `customer.` or `contact.`, is no other branch)
    name += hits ? Math.min(0.2, 0.1 * hits) : col.softPrefix || col.prefix.every(self) ? 0 : -0.4
  }
  // qualifiers: a column that says "billing" wants the billing object; an unqualified one the header's default
  if (name > 0) {
    const foreign = C.size > 1 && [...C].some((x) => QUALIFIERS.has(x) && x !== 'mailing' && x !== 'company' && !ctx.qualifiers.has(QUALIFIER_FAMILY[x] ?? x))
    // a billing or shipping qualifier no instance of the field's data type has ("Billing Email" where emails are personal
    // or work) selects nothing
    const avail = t.typeKey ? ctx.typeQualifiers.get(t.typeKey) : undefined
    // (only an order's roles, billing and shipping: a work phone is never the home phone, even where no work phone exists)
    const quals = col.qualifiers.length && avail && col.qualifiers.every((q) => q === 'billing' || q === 'shipping') && !col.qualifiers.some((q) => avail.has(q)) ? [] : col.qualifiers
    // a column that names a qualifier never goes to an instance with another (Business Phone is not the home phone)
    if (quals.length && t.qualifier && !quals.includes(t.qualifier)) return zero(`qualified ${quals.join('/')}, the field is ${t.qualifier}`)
    if (quals.length) name += t.qualifier ? 0.15 : 0
    else if (foreign && t.qualifier) name -= 0.6
    else if (t.qualifier && !t.addressLike && ownWords(t).length && ownWords(t).every((x) => C.has(x))) name += 0
    else if (t.qualifier) {
      const dq = t.inAddress ? ctx.addressQualifier : ctx.defaultQualifier
      if (t.addressLike && t.qualifier !== dq && t.qualifier !== 'mobile') return zero(`unqualified, the field is ${t.qualifier}`)
      name += t.addressLike && t.qualifier === dq ? 0.04 : t.qualifier === 'mobile' ? 0.02 : -0.5
      // (the mobile only while the values may be mobiles: a column of landlines, 04 91 93 00 00 or (11) 3456-7890, is a desk's
      // or a switchboard's phone)
      if (t.qualifier === 'mobile' && landlineNumbers(col.profile)) return zero('unqualified landline numbers, no mobile')
    }
    // parsimony: parents the column does not mention cost a little (person.name before assistantDetails.name)
    const unmatched = [...t.context].filter((x) => !says(x) && !WEAK.has(x)).length
    name -= 0.01 * unmatched
  }
  // order level vs line level in commerce events
  if (name > 0 && t.level) {
    const P = new Set([...C, ...col.prefix])
    const line = P.has('product') || C.has('sku') || C.has('quantity') || C.has('unit') || (C.has('price') && !P.has('order') && !C.has('total'))
    if (t.level === 'line' && !line) name -= ctx.lines ? 0.4 : 1
    if (t.level === 'order' && line && !P.has('order')) name -= 0.4
  }
  // identifiers: a field that is an id takes a column that says id, number, key or code
  const namesThing = leafWords.some((x) => weight(x) === 1 && x !== 'id' && !PERSONISH.has(x))
  if (t.leafCore.includes('id') && !namesThing && !['id', 'number', 'key', 'code', 'sku'].some((x) => C.has(x))) return zero('not an identifier')
  // a column holding several address parts ("PLZ/Ort", "Code postal / Ville", "Street, City") is none of them
  if (t.inAddress && [['postal', 'city'], ['street', 'city'], ['street', 'postal']].some(([a, b]) => C.has(a!) && C.has(b!))) return zero('several address parts in one column')
  // statuses (active, abgemeldet, suscrito...) are not a place: "Estado"/"Stato" holding statuses is no address part
  // (the event's place, placeContext.geo, is one too: a bill's "State" holding due, overdue, paid)
  if ((t.inAddress || t.addressLike) && col.profile.nonEmpty >= 2 && col.profile.shares.status >= 0.5) return zero('values are statuses, not a place')
  // a place guessed from the IP address ("IP Country", "ip_city") is no postal address
  if ((t.inAddress || t.addressLike) && says('ip')) return zero("a place of the IP address, not a postal address")
  // a geo-IP place ("Geo City", `geo.country` of an e-mail tool) is where the person opened a mail, not a postal address
  if (!ctx.event && (t.inAddress || t.addressLike || /Address\./.test(t.destination)) && says('geo')) return zero('a geo-IP location, not a postal address')
  // latitude and longitude belong to an address (a profile's, an order's shipping or billing address) only when the
  // header has a street: else they are a geo-IP location, the event's place
  if (/(Address|\.address)\./.test(t.destination) && /latitude|longitude/i.test(node.name) && !ctx.street) return zero('coordinates without a street in the header: a geo-IP location, not the address')
  // a postal address ("Address City", "Address Country" of a buyer) is the person's, and a place of the order or its
  // buyer ("purchase_country", "Customer City") the order's: not where the event happened
  if (t.destination.startsWith('placeContext.geo.') && ['address', 'street', 'order', 'purchase', 'buyer', 'customer'].some((x) => C.has(x)) && !says('geo') && !C.has('ip')) return zero("a postal address or the order's place is not the event's location")
  // a payment or order export's place words (card country, a status "Estado", the buyer's "Country") are not where the
  // event happened
  if ((ctx.paymentExport || ctx.orderExport) && !ctx.analytics && t.destination.startsWith('placeContext.geo.') && !says('geo') && !C.has('ip')) return zero("a payment or order export's place word is the buyer's or the shipment's, not the event's location")
  // a VAT number (USt-IdNr., TVA, IVA, BTW) identifies a business, not the person's tax id
  if (node.name === 'taxId' && VAT.test(col.name)) return zero("a VAT number is a business's, not a person's tax id")
  // a document's or id's type ("Tipo de documento": CC, CE, NIT) is no tax id
  if (node.name === 'taxId' && C.has('type')) return zero("the type of a document, not its number")
  // ... and in a B2B contact list (job titles, companies) a tax number is the company's (unless it names the person or the contact: "Codice fiscale rappresentante")
  // (values shaped as a person's own tax number, a Brazilian CPF or an Italian codice fiscale of a person, are the person's)
  if (node.name === 'taxId' && ctx.b2b && !['person', 'personal', 'private', 'home', 'contact'].some((x) => C.has(x)) && !mostly(col.profile, (v) => PERSONAL_TAX_ID.test(v.trim()))) return zero("in a B2B list a tax number is the company's")
  // loyalty fields only in an export about a loyalty programme (points, tiers, cards, members, rewards)
  if (t.destination.startsWith('loyalty.') && !ctx.loyalty) return zero('nothing in the header is about a loyalty programme')
  // points are counted in whole numbers: values with cents (12.50, -3.20) are a balance of money, no points
  // (a column that says points, whose every value has zero cents, is points written with decimals: Pospal's 积分 5220.00)
  if (t.leafCore.includes('point') && col.profile.nonEmpty >= 3 && centsShare(col.profile.sample) >= 0.5 &&
    !(says('point') && col.profile.sample.every((v) => !v.trim() || /[.,]00$/.test(v.trim())))) return zero('values carry cents: money, not points')
  // the points' expiry only for a column that says points ("Expiry Date" of a membership or a card is not theirs)
  if (t.leafCore.includes('point') && t.leafCore.includes('expiration') && !says('point')) return zero('an expiry that does not say points')
  // a generic name leaf (a product's name) is not the thing's type, category, code, brand or size
  if (node.name === 'name' && GENERIC_LEAF_OF_PARENT(t) && ['type', 'category', 'code', 'id', 'url', 'image', 'weight', 'vendor', 'manufacturer', 'variant', 'size', 'color', 'path', 'slug', 'link'].some((x) => C.has(x))) return zero("an attribute of the thing, not its name")
  // in an order or payment export (not an analytics one) the browser's details need a column that says browser ("Vendor"
  // is the product's; a user agent, "Agente de usuario", names it too)
  const sales = (ctx.orderExport || ctx.paymentExport) && !ctx.analytics
  if (sales && t.destination.startsWith('environment.browserDetails.') && !says('browser') && !(node.name === 'userAgent' && says('agent'))) return zero('not about the browser')
  // ... and the device's a column that says device ("Hersteller", "Marque" are the product's, a payment's "Marca" the card's)
  if (sales && t.destination.startsWith('device.') && !says('device')) return zero('not about the device')
  // ... and the event's environment (its language, its duration) a column about the browser, the device or the system
  // ("Language" of an order export is the buyer's)
  // (nor a column about the payment, "payment_platform": the platform that took the payment)
  if ((t.destination.startsWith('environment.') || t.destination.startsWith('device.')) && C.has('payment')) return zero("the payment's, not the browser's or the device's")
  if (sales && t.destination.startsWith('environment.') && !says('browser', 'device', 'operating', 'ip', 'environment', 'agent', 'screen', 'viewport')) return zero('not about the browser, the device or the system')
  // ... and a web page or link of a sales export (an invoice's or a receipt's link) is no visited page: only a column about
  // pages, sites, referrers or landing
  if (sales && t.destination.startsWith('web.') && !says('page', 'web', 'site', 'website', 'referrer', 'landing', 'visit', 'click', 'browser')) return zero('a link of the order or the payment, not a visited page')
  // (nor do a sales export's links whose name says nothing the field knows, "Lien public", go anywhere by their values)
  if (sales && t.kind === 'url' && name < 0.3) return zero("a link of the order or the payment the name does not place")
  // a device's push opt-in only for a column about push or notifications (a bare "Opt In" is a marketing consent)
  if (node.name === 'isPushOptIn' && !says('push', 'notification', 'device')) return zero('an opt-in that does not say push')
  // a phone's country code is the phone's, no address's
  if (t.inAddress && C.has('phone')) return zero("a phone's part, no address's")
  // a B2B person's type takes a column naming a type ("Sales Person" is the owner, no type)
  if (node.name === 'personType' && !C.has('type') && !C.has('kind')) return zero('the column does not name a type')
  // a person's type (B2C, B2B: the kind of individual) only for a column that says person or individual and type: a
  // lead's, a customer's or a contact's type ("Lead Type", "Contact Type": Individual, Organization, Household) is the
  // record's category in its CRM, and "Company Type" an industry or a legal form
  if (t.destination === 'person.type' && (!C.has('type') || !['person', 'individual'].some((x) => C.has(x)) || C.has('company'))) return zero('the column does not name a type of person')
  // ... and whose values are such kinds (B2C, Consumer, Individual, Business): a natural or legal person (Física / Jurídica,
  // PF / PJ) is the record's legal form, a contact's type (Privat, Kunde / Lieferant, Medlem) its role in the CRM
  if (t.destination === 'person.type' && !mostly(col.profile, (v) => PERSON_KIND.test(v.trim()))) return zero('values are no kind of individual (B2C, B2B, consumer, business)')
  // a loyalty status (or its card's) is a member's standing in the programme: a column naming SMS, e-mail or a newsletter, or
  // holding a mailing list's states (Bounced, Opted in, afgemeld, Non confirmé, Atrakstījies), is the mailing list's
  if (node.name === 'status' && t.destination.startsWith('loyalty.') && (['sms', 'email', 'newsletter', 'phone'].some((x) => C.has(x)) || (col.profile.nonEmpty >= 3 && col.profile.sample.some((v) => MAILING_STATE.test(v.trim()))))) return zero("a mailing list's states, no loyalty status")
  // a courtesy title holds a few titles (Mr., Frau, Pani): a salutation of many first names ("Dear" + Daniel, Sarah,
  // John...) is a letter's greeting, and so is a letter's whole greeting ("Geachte heer De Boer", "Sehr geehrte Frau Dr.
  // Weber", "Dear Mr Smith": three words and more, each row its own), no title
  if (node.name === 'courtesyTitle' && col.profile.shares.courtesy < 0.3 && col.profile.distinct >= 5) {
    if (mostly(col.profile, (v) => /^\p{Lu}\p{Ll}+$/u.test(v.trim()))) return zero('values are first names, not courtesy titles')
    if (mostly(col.profile, (v) => v.trim().split(/\s+/).length >= 3)) return zero('values are letter greetings, not courtesy titles')
  }
  // the web interaction's URL is a link clicked: a column that says link or click, or any URL of a header about clicks (an
  // e-mail tool's events); a recording's, a receipt's, a meeting's or a review's URL is that record's link, no interaction
  if (t.destination === 'web.webInteraction.URL' && !/link|click/i.test(col.name) && !ctx.clicks) return zero('a URL of no link clicked')
  // (and a bare "URL" outside analytics is no page nor referrer either: a bill's link, https://www.billplz.com/bills/8x1z2q)
  if ((t.destination === 'web.webPageDetails.URL' || t.destination === 'web.webReferrer.URL') && C.size === 1 && C.has('url') && !col.prefix.length && !ctx.analytics) return zero('a bare URL of no page')
  // courtesy titles (Mr, Ms, Frau) are a person's title, or the gender they say: never a product's name or another text
  // (two capitals are a country's code: MX is Mexico, not Mx)
  if (node.name !== 'courtesyTitle' && node.name !== 'gender' && col.profile.nonEmpty >= 3 && col.profile.shares.courtesy >= 0.8 && !col.profile.sample.every((v) => /^[A-Z]{2}$/.test(v.trim()))) return zero('values are courtesy titles')
  // an order's own dates (created, updated, cancelled) only in an order export or for a column naming the order: a
  // support ticket's "Updated at" is the ticket's
  // (a booking's, a reservation's or an enrolment's cancellation day is the cancel date too, outside a payment export:
  // "Date d'annulation", "Fecha anulación", "Storniert am")
  const bookingCancel = node.name === 'cancelDate' && C.has('cancel') && !ctx.paymentExport && !ctx.analytics
  if (t.destination.startsWith('commerce.order.') && isTime && !ctx.orderExport && !says('order') && !bookingCancel) return zero('a date of no order')
  // a store's or site's code takes a column naming a code or an identifier: a bare "Store", "Site" or a store's name
  // (Burger do Zé - Pinheiros, 店舗名) is the shop's name, which the schema has no field for
  if (['storeCode', 'storeViewCode', 'websiteCode'].includes(node.name) && !['code', 'id', 'number', 'key'].some((x) => C.has(x))) return zero("a shop's name, not its code")
  // the web server of a page holds host names (www.example.com): a restaurant's "Server" is a waiter
  if (t.destination === 'web.webPageDetails.server' && col.profile.nonEmpty >= 3 && col.profile.sample.filter((v) => /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(v.trim())).length < col.profile.nonEmpty * 0.5) return zero('values are no host names')
  // an address of the other IP version is not the field's: dotted IPv4 (21.144.53.138) is no IPv6, nor the reverse
  // (two IP columns of an e-mail tool's opens and clicks, both IPv4: the second is left, not put in ipV6)
  if ((node.name === 'ipV6' || node.name === 'ipV4') && col.profile.nonEmpty >= 1 && col.profile.shares.ip >= 0.8) {
    const dotted = col.profile.sample.filter((v) => DOTTED_QUAD.test(v.trim())).length
    if (node.name === 'ipV6' ? dotted === col.profile.nonEmpty : dotted === 0) return zero(`values are ${node.name === 'ipV6' ? 'IPv4' : 'IPv6'} addresses`)
  }
  // a photo's URL only for a column that says photo (a LinkedIn or website URL is not a photo)
  if (node.name === 'photoUrl' && !['photo', 'picture', 'image', 'avatar', 'foto', 'bild', 'immagine', 'imagen', 'imagem'].some((x) => C.has(x))) return zero('the column does not name a photo')
  // an identifier field does not take people's names ("Reports To": Jane Doe)
  if (t.leafCore.includes('id') && col.profile.nonEmpty >= 2 && col.profile.sample.filter((v) => /^\p{Lu}[\p{L}'.-]+( [\p{L}'.-]+)+$/u.test(v)).length / col.profile.nonEmpty >= 0.8) return zero('values are names, not identifiers')
  // a record's own identifier differs from row to row: values repeating on most rows (a property's key, a type) are none
  const repeats = col.profile.nonEmpty >= 5 && col.profile.distinct / col.profile.nonEmpty < 0.5
  if (t.destination === '_id' && repeats) return zero("values repeat from row to row: no record's own identifier")
  // ... nor an order's or a payment's, where the rows are orders or payments, not an order's lines (a merchant reference
  // "Webshop", "Abo Juni": the channel or the campaign)
  if ((node.name === 'purchaseID' || node.name === 'transactionID') && !ctx.lines && repeats) return zero("values repeat from row to row, and the rows are no order's lines: no order's or payment's identifier")
  // an identifier field (its core says id, or its name ends so: purchaseID, _id)
  const idField = t.leafCore.includes('id') || /I[Dd]$/.test(node.name)
  // a running row number (1, 2, 3 ... in file order: "No", "#", "Lp.") counts rows and identifies nothing
  // (a column that names whose number it is, "Kundennummer", "Customer ID", or a bare "ID", is the record's key, numbered from 1 by a
  // small shop's till or invoicing tool)
  if (idField && rowCounter(col.profile) && !(endsInIdWord(col.name.trim()) || C.has('customer') || C.has('contact') || C.has('member'))) return zero('values count the rows (1, 2, 3 ...), they identify nothing')
  // a name field does not take numbers: an organisation or a person written as 4711 is the record's id, not its name
  const nameField = t.destination === 'organizations[0]' || node.name === 'companyName' || (t.destination.includes('name.') && ['firstName', 'lastName', 'fullName'].includes(node.name))
  if (nameField && col.profile.nonEmpty >= 3 && col.profile.shares.integer >= 0.9) return zero('values are numbers, not names')
  // ... nor does a name or an identifier take yes/no flags: an "Account" or a "Firma" column of yes, tak, oui says whether the
  // person has one, and names or identifies nothing
  if ((nameField || idField || ['company', 'account', 'organization'].some((x) => C.has(x))) && node.xdmType !== 'boolean' && col.profile.nonEmpty >= 3 && col.profile.shares.flag >= 0.9) return zero('values are yes/no flags, no name or identifier')
  // a social network's account ("Twitter account", "LinkedIn profile") is no record's account, identifier or company
  if (C.has('social') && !/social|linkedin|twitter|facebook/i.test(t.destination)) return zero("a social network's account or profile, and the field is not about one")
  // an amount is not an identifier ("Sold For": $19.90 is no order number): ids are not written as money
  if (idField && col.profile.nonEmpty >= 3 && col.profile.shares.money >= 0.8) return zero('values are amounts of money, not identifiers')
  // an identifier is not an amount ("Payment ID" is not the payment's amount)
  if (['id', 'key'].some((x) => C.has(x)) && t.leafCore.some((x) => ['amount', 'total', 'price', 'value', 'points', 'quantity'].includes(x)) && !t.leafCore.includes('id')) return zero('an identifier is not an amount')
  // a brand is a device's maker only where the header is about devices (an analytics export, a device, browser or OS column):
  // a help desk's brand, a product's brand or a card's is no device's
  if (node.name === 'manufacturer' && t.destination.startsWith('device.') && !C.has('device') && !col.prefix.includes('device') && !ctx.analytics &&
    !ctx.words.some((w) => w.some((x) => ['device', 'browser', 'operating', 'os', 'model'].includes(x)))) return zero('a brand of no device')
  // an internet service provider is named as one (ISP, Provider, Internet provider): a help desk's or a booking's "Service" is none
  if (node.name === 'ISP' && C.has('service') && !['isp', 'provider', 'internet'].some((x) => C.has(x))) return zero('no internet provider named')
  // a sender (an e-mail log's "Sender", "from") is the business that sent, no person's identity
  if (C.has('sender') && (t.destination.startsWith('endUserIDs.') || t.kind === 'email')) return zero("the sender's, no person's")
  // a tracking number is a parcel's only where the header ships something or lists goods (a call tracker's "Tracking Number" is
  // its own phone line)
  const ships = (): boolean => ctx.words.some((w) => has(w, ...PARCEL_WORDS))
  if (node.name === 'trackingNumber' && !ctx.lines && !ships()) return zero('a tracking number of no shipment')
  // (and a tracking link where nothing ships, a ticket shop's "Tracking Link", is a promoter's or a campaign's link: no street,
  // no tracking number, no shipping word beside it)
  if (node.name === 'trackingURL' && !ctx.street && !ships() && !ctx.words.some((w) => has(w, 'tracking') && has(w, 'number'))) return zero('a tracking link of no shipment')
  // a contact's, a lead's or a member's ID is the person's record, not the account it belongs to (b2b.accountID is titled
  // "Contact Account id")
  if (node.name === 'accountID' && ['contact', 'person', 'lead', 'member', 'attendee'].some((x) => C.has(x)) && !['account', 'company', 'organization'].some((x) => C.has(x))) return zero("a person's id, not an account's")
  // an event's _id identifies the event, not the person or the customer
  if (ctx.event && t.destination === '_id' && ['user', 'customer', 'contact', 'person', 'member', 'visitor', 'anonymous', 'lead'].some((x) => C.has(x))) return zero('a person id is not the event id')
  const leafName = node.name.toLowerCase()
  // a discount on the shipping ("Diskon Ongkir", "Shipping Discount") is neither the order's nor an item's discount, nor what the
  // shipping cost
  if ((leafName === 'discountamount' || leafName === 'shippingamount') && C.has('discount') && C.has('shipping')) return zero("a discount on the shipping: not the order's nor an item's discount, nor the shipping's amount")
  // a net amount (after fees or before tax: "Net Total", "Nettobetrag") is not the order's total nor the amount paid
  if ((leafName === 'pricetotal' || leafName === 'paymentamount') && C.has('net') && !C.has('gross')) return zero('a net amount is not the total')
  // ... nor is a payout (what the seller or host is paid, after fees: "Total Payout", "Auszahlung")
  if ((leafName === 'pricetotal' || leafName === 'paymentamount') && C.has('payout')) return zero("a payout is the seller's, after fees, not the total")
  // a unit price is not a total
  if (leafName === 'pricetotal' && !C.has('total') && !C.has('amount')) return zero('a price is not a total')
  // a product's amount or value without "total" is its unit price more often than its line total
  if (leafName === 'pricetotal' && t.level === 'line' && !C.has('total') && !C.has('subtotal')) return zero("a product's amount is not the line total")
  // a ticket or booking export's event is a show: its date or start ("Event Date", "Eventdatum", "Data evento") is when
  // the show is on, not when the record happened
  if (isTimestamp && ctx.shows && SHOW_TIME.test(col.name)) return zero("the show's date, not the record's time")
  // the event's time: creation, order and event times before later ones
  if (t.destination === 'timestamp' && name > 0) {
    if ([...C].some((x) => LATER.has(x))) name -= 0.3
    else if ([...C].some((x) => FIRST_TIME.has(x))) name += 0.1
  }
  // a shipping method needs a column saying shipping or an order export ("Fuente / Medio" of a web analytics report is
  // a traffic medium, "Zahlungsmethode" a payment's)
  if (node.name === 'shippingMethod' && (!ctx.orderExport || ctx.analytics) && !C.has('shipping') && !C.has('carrier')) return zero('a method of no shipment')
  // in an order export a carrier is the parcel service (not the mobile network) and a tracking code the parcel's;
  // outside analytics exports the mobile network needs a column that says mobile or network
  // (beside a device's columns, an app's events, a bare carrier is the mobile network, unless the header ships goods)
  if ((ctx.orderExport || !ctx.analytics) && !ctx.devices && node.name === 'carrier' && !C.has('mobile') && !C.has('network')) return zero('a shipping carrier is not the mobile network')
  if ((ctx.orderExport || C.has('number')) && node.name === 'trackingCode' && !C.has('campaign') && !C.has('marketing')) return zero('a parcel tracking code is not a campaign code')
  // the tax or discount on shipping ("shipping-tax", "Shipping Discount") is not the order's
  if (t.level === 'order' && C.has('shipping') && !C.has('order') && t.leafCore.some((x) => x === 'tax' || x === 'discount')) return zero("the shipping's tax or discount, not the order's")
  // a key's source ("personKey.sourceType") only for a column that names an id, a key, a type or a system ("Source" is a lead source)
  if (/Key\.source/.test(t.destination) && !['id', 'key', 'type', 'system', 'namespace', 'instance'].some((x) => C.has(x))) return zero("a key's source needs a column naming an id, a key or a type")
  // a B2B person's source is named as one ("Lead Source", "Origine"): a count of leads ("Leads") is none
  if (node.name === 'personSource' && !C.has('source') && !C.has('origin')) return zero('the column names no source')
  // an identifier is not a company's name ("Account Number" is not the account's name)
  if (['id', 'number', 'key'].some((x) => C.has(x)) && !C.has('name') && (t.destination === 'organizations[0]' || node.name === 'companyName')) return zero('an identifier is not a name')
  // a person's name does not take company names ("display_name": Acme Corp, Globex GmbH)
  if (t.destination.includes('name.') && ['firstName', 'lastName', 'fullName', 'middleName'].includes(node.name) && col.profile.shares.company >= 0.4) return zero('values are company names, not a person\'s')
  // an event's Analytics custom ID holds the business's own identifier of the end user ("Kunden-ID", "ID Pelanggan"):
  // a column naming an id or number, whose values carry no blank (no customer's name, no number plate)
  // (nor a count: "Number of guests", 1 to 6)
  if (t.destination.startsWith('endUserIDs._experience.aacustomid') && (!['id', 'number', 'code', 'key'].some((x) => C.has(x)) ||
    col.profile.sample.filter((v) => /\s/.test(v.trim())).length * 2 > col.profile.sample.length ||
    (col.profile.nonEmpty > 0 && col.profile.sample.every((v) => v.trim() === '' || /^\d{1,2}$/.test(v.trim()))))) return zero('no identifier of the end user')
  // a bare id in an order export is the order's
  const bareId = col.words.length > 0 && col.words.every((x) => x === 'id' || x === 'number')
  if (t.destination === '_id' && ctx.orderExport && bareId) name -= 0.3
  // (in a payments export, with fees and net amounts, a bare id is the payment's: never the order's number)
  if (node.name === 'purchaseID' && ctx.paymentExport && bareId) return zero("a payments export's bare id is the payment's, not the order's")
  // (and so is its receipt's number: a card acquirer's "Número de recibo")
  if (node.name === 'purchaseID' && ctx.paymentExport && C.has('receipt') && !C.has('order')) return zero("a payments export's receipt is the payment's, not the order's")
  if (node.name === 'purchaseID' && ctx.orderExport && bareId) name = Math.max(name, 0.8)
  // the header's first column, an identifier unique on every row, is the record's own ("Buchungs-ID", "support_id",
  // "Partner Key"), unless it names an order, a payment, a loyalty account or card, or another record (or is an order
  // export's bare "ID": the order's)
  // (in a profile, the first column numbering or coding the people, "Hospital Number", "Nº Processo", "Código", "Contact
  // Code", is their id too; a bare "Number" or "Numéro" of an SMS tool's contacts is their phone, an account's or a
  // company's code the account's)
  const ownNumber = !ctx.event && !col.words.some((x) => DERIVED.has(x)) && col.profile.shares.phone < 0.5 &&
    ((C.has('number') && col.words.length >= 2) || (C.has('code') && !C.has('account') && !C.has('company') && (col.words.length >= 2 || col.words[0] === 'code')) ||
      // (or keys them: an agency system's bare "Clave")
      (col.words.length === 1 && col.words[0] === 'key'))
  if (t.destination === '_id' && col.first && (name > 0 || ownNumber) && !(ctx.orderExport && bareId) && col.profile.nonEmpty >= 3 && col.profile.distinct === col.profile.nonEmpty && (['id', 'key', 'number'].some((x) => C.has(x)) || ownNumber) &&
    (pointsBooking || !['order', 'purchase', 'payment', 'transaction', 'billing', 'return', 'loyalty', 'card'].some((x) => C.has(x)))) name = Math.max(name, 0.8)
  name = Math.max(0, Math.min(1, name))

  // ---- values
  const unit = isTime ? epochUnit(col.profile) : undefined
  const dateOnly = col.profile.shares.date >= 0.9 && col.profile.shares.datetime < 0.1 && unit === undefined && (col.profile.shares.integer < 0.5 || col.profile.sample.every((v) => /^(19|20)\d{6}$/.test(v)))
  // (a date without a time is no event's time, unless the column names the record's own date: a bare "Date", "Fecha",
  // "Transaction Date", "Invoice Date" of a sales, payments or invoices export is when the event happened, to the day; not
  // an analytics report's day, nor a date beside its own time column ("Date", "Time": PayPal, Square), nor an order's
  // date, which is the order's, nor an invoice's date beside it)
  const namesOwnDate = isTimestamp && C.has('date') && [...C].every((x) => x === 'date' || (x === 'billing' && !ctx.orderDate) || (FIRST_TIME.has(x) && x !== 'order'))
  const ownDateWords = namesOwnDate && !ctx.analytics
  // (... unless the time column beside it holds times of day: the two make the instant, "Fecha" 06/04/2020 + "Hora" 14:05; so
  // too where a campaign column makes the header look like analytics: a call centre's "Date" + "Heure" beside its "Campagne")
  const withTime = namesOwnDate && ctx.timeOfDay && ctx.dayTime && unit === undefined && col.profile.shares.datetime < 0.1 ? pairedDatePattern(col.profile) : undefined
  const ownDate = (ownDateWords && !ctx.timeOfDay) || withTime !== undefined
  if (node.xdmType === 'date-time' && t.destination === 'timestamp' && dateOnly && !ownDate) return zero('a date without a time is not the event time')
  let compat = unit === 's' || unit === 'us' ? (node.xdmType === 'date-time' ? 1 : 0) : typeShare(col.profile, node)
  if (isTime && unit === undefined && col.profile.shares.integer >= 0.9 && !col.profile.sample.every((v) => /^\d{8}$/.test(v))) compat = 0
  // day-first dates (31.12.2024, 31/12/2024 14:30) the converters do not read, or read month-first where a day above 12
  // elsewhere in the column says which comes first (01/07/2022 beside 21/06/2022): a date() expression with the pattern
  // (slashed dates whose day and month are both 12 or less everywhere, 01/04/2025, read month-first by the converters: in
  // a file whose languages all write the day first, a Vietnamese or Indonesian invoice list dated the 1st of each month,
  // the day-first reading is the file's, so the pattern says it)
  const inDoubt = isTime && unit === undefined && col.profile.nonEmpty >= 2 && col.profile.shares.dayMonthInDoubt === 1
  const pattern = isTime && (compat < 1 || (inDoubt && dayFirstFile())) && unit === undefined ? dayFirstPattern(col.profile) : undefined
  if (pattern) compat = 1
  // yes/no words of the file's language (Ja/Nej, Oui/Non, 0/1) into a boolean field: decoded by an expression
  const flags = node.xdmType === 'boolean' && compat < 1 ? flagDecode(col.profile.sample) : undefined
  if (flags) compat = 1
  const shares = col.profile.shares
  // amounts with a decimal comma (4,95; 1.234,56) into a number field: read by an expression
  // (and whole amounts grouped by dots or spaces, 3.024.000; 166 963, which the same expression reads)
  // (... even where they would read as decimals: whole amounts grouped by one dot, 356.000 and 249.000 rupiah, are never three
  // decimals of zero on every row; 1.234.500 has two groups)
  // (read only for a number field the values would otherwise fill: score() runs once per column and field)
  const dotGroups = (): boolean => col.profile.nonEmpty >= 3 && shares.groupedInt + shares.integer >= 0.9 && shares.groupedInt >= 0.5 &&
    col.profile.sample.every((v) => !/\./.test(v) || /\.000$/.test(v) || /\..*\./.test(v))
  const decimalComma = node.xdmType === 'number' && (compat < 0.6 || dotGroups()) && col.profile.nonEmpty > 0 && shares.decimalComma + shares.groupedInt + shares.integer >= 0.9 && shares.decimalComma + shares.groupedInt >= 0.5
  if (decimalComma) compat = 1
  // amounts with thousands separators (1,234.56) into a number field: read by an expression
  const thousands = node.xdmType === 'number' && !decimalComma && compat < 0.6 && col.profile.nonEmpty > 0 && shares.thousands > 0 && shares.thousands + shares.decimal >= 0.9
  if (thousands) compat = 1
  // amounts with a currency mark ($19.90, 19.90 €, 236.00 EUR, R$ 1.819,00) into a number field: read by an expression
  // that drops the mark (and, for a decimal comma, the groups)
  const markedShare = shares.symbolAmount + shares.symbolComma
  const markedComma = shares.symbolComma > 0 && commaAmounts(col.profile.sample)
  const symbolAmounts = node.xdmType === 'number' && !decimalComma && !thousands && compat < 0.6 && col.profile.nonEmpty > 0 && markedShare >= 0.5 &&
    markedShare + shares.decimal + (markedComma ? shares.decimalComma : 0) >= 0.9 && (markedComma || shares.symbolComma === 0)
  if (symbolAmounts) compat = 1
  if (pattern && isTimestamp && !/[Hh]/.test(pattern) && !ownDate) return zero('a date without a time is not the event time')
  // slashed dates whose day and month are both 12 or less everywhere (03/01/2024): which is the day is in doubt
  if (inDoubt && !pattern) return zero('day and month in doubt')
  const datesIn = (col.profile.shares.date + col.profile.shares.datetime >= 0.9 && col.profile.shares.integer < 0.5) || (col.profile.nonEmpty > 0 && col.profile.shares.dateShaped >= 0.9)
  // dates go to date fields (or text fields whose name is a date); never to "created by", a name, an id
  if (datesIn && !isTime && ![...t.leaf].some((x) => ['date', 'time', 'day', 'month', 'year', 'timestamp', 'since'].includes(x))) return zero('dates into a field that is not a date')
  // flags (0/1, yes/no: "Do Not SMS") are no phone number, e-mail, code or link
  // (one country's code over and over in a column naming the country, Slovenia's SI or Norway's NO, is that country, not a yes or a no)
  const oneCountry = t.kind === 'countryCode' && C.has('country') && new Set(col.profile.sample.map((v) => v.trim())).size === 1 && col.profile.shares.countryCode === 1
  if (t.kind && FLAGLESS.includes(t.kind) && col.profile.nonEmpty >= 3 && col.profile.shares.flag >= 0.9 && !oneCountry) return zero('values are flags')
  if (t.kind && STRICT.includes(t.kind) && col.profile.nonEmpty >= 3 && (kindShare ?? 0) < 0.3) return zero(`values are not ${DETECTOR_WORDS[t.kind] ?? t.kind}`)
  if (node.name === 'ianaTimezone' && col.profile.sample.some((v) => !v.includes('/'))) return zero('not IANA zones')
  const sem = kindShare
  // (identifiers are written in digits and dashes as phone numbers and epoch seconds are: 6533451844 and 12-34567-89012
  // are order numbers)
  const digitId = idField && shares.phone + shares.integer + shares.date + shares.datetime >= 0.9
  const strongValues = LEADING.filter((d) => shares[d] >= 0.9 && !(d === 'phone' && digitId))
  const dateLike = shares.date + shares.datetime >= 0.9 && node.xdmType === 'string' && !digitId
  const numeric = shares.decimal + shares.decimalComma + shares.groupedInt + shares.thousands + shares.symbolAmount + shares.symbolComma >= 0.9 && col.profile.nonEmpty > 0
  let value = compat < 0.6 ? 0 : (sem !== undefined ? sem : (strongValues.length || dateLike) && node.xdmType === 'string' ? 0.3 : 0.7) * compat
  // numbers into a text field (a cost into a "method", an amount into a name) are unlikely
  // (a version is written as a number: "120.0" is a browser's version)
  const textual = numeric && node.xdmType === 'string' && sem === undefined && [...t.leaf].some((x) => TEXTUAL.has(x)) && !(t.leaf.has('version') && C.has('version'))
  if (textual) value = Math.min(value, 0.1)
  const en = enumFit(col.profile, node)
  if (en) value = en.fit >= 0.8 ? Math.max(value, en.fit) : Math.min(value, en.fit)
  let fits = 1
  // gender words and letters of the file's language (Kobieta, Mężczyzna; H/M) into the gender enum: decoded by an expression
  const genders = node.name === 'gender' && node.enum && en?.enforced && en.fit < 0.9 ? genderDecode(col.profile.sample, node.enum) : undefined
  // (and marital statuses likewise: Gehuwd, Casado(a), verheiratet)
  const maritals = !genders && node.name === 'maritalStatus' && node.enum && en?.enforced && en.fit < 0.9 ? maritalDecode(col.profile.sample, node.enum) : undefined
  if (genders || maritals) value = Math.max(value, 0.9)
  else if (en?.enforced) fits = en.fit
  let upper = false
  let nationalities: [string, string][] | undefined
  if (!genders && !maritals && !en?.enforced && node.pattern && col.profile.sample.length) {
    let re: RegExp | undefined
    try { re = new RegExp(node.pattern, 'u') } catch { re = undefined }
    const share = (xs: string[]): number => xs.filter((v) => re!.test(v)).length / xs.length
    if (re) fits = share(col.profile.sample)
    // codes written in lower case (Stripe's and Medusa's "usd", "de") where the pattern wants capitals: read by upper()
    if (re && fits < 0.9 && /[a-z]/.test(col.profile.sample.join('')) && share(col.profile.sample.map((v) => v.toUpperCase())) >= 0.9) { fits = 1; upper = true }
    // nationalities written as words or alpha-3 codes (Italiana, deutsch, Suomi, DEU) where the field wants alpha-2 codes:
    // decoded by an expression
    if (re && fits < 0.9 && !upper && node.name === 'nationality') {
      nationalities = nationalityDecode(col.profile.sample, col.name)
      if (nationalities) fits = 1
    }
  }
  if (dayMonth) fits = 1
  value = Math.min(value, fits)

  // ---- together
  let confidence: number
  const suggested = en && !en.enforced
  if (compat < 0.6 || fits < 0.5) confidence = 0
  // (a payment method written in the product's own words, "Банковская карта", "Przelew": the field's suggested values are
  // examples, and a name that says payment method or type is enough)
  else if (suggested && en.fit < 0.3 && node.name === 'paymentType' && name >= 0.7 && col.profile.shares.integer < 0.5) confidence = 0.75 * name + 0.25 * 0.5
  else if (suggested && en.fit < 0.3 && !t.exactNames.has(compact(col.name))) confidence = 0
  // (a column without sampled values has nothing to confirm its name: only a name that is the field's goes there)
  // (... or, for a text or date field other than the record's id and the event's time, a name that says it well: "Firma",
  // "Code promo", "Geannuleerd op" left empty in the sample)
  else if (col.profile.nonEmpty === 0 && (name < 0.65 || (name < 0.9 && (t.destination === '_id' || t.destination === 'timestamp' || node.xdmType === 'number' || node.xdmType === 'boolean')))) confidence = 0
  else if (name >= 0.3) confidence = (0.75 * name + 0.25 * value) * (textual ? 0.5 : 1)
  else if (!col.informative && col.profile.nonEmpty >= 3) confidence = valueLed(col, t, ctx, sem, en?.fit, unit)
  else confidence = 0.5 * name * value
  if (name >= 0.3) signals.push(`name ${JSON.stringify(col.name)} → [${col.words.join(' ')}] matches ${t.destination}${leafWords.length ? ` (${leafWords.join(', ')})` : ''}${node.title ? `, title '${node.title}'` : ''}${col.qualifiers.length && t.qualifier ? `, qualifier ${t.qualifier}` : ''}`)
  else signals.push(`values decide (name ${JSON.stringify(col.name)} says little)`)
  // (Iranian exports write Solar Hijri dates, 1403/02/14: the field is right, but Data Prep has no such calendar and would read
  // year 1403 of ours; say so, so that the user converts them first)
  const sampled = col.profile.sample.map((v) => v.trim()).filter((v) => v)
  if (isTime && sampled.length && sampled.every((v) => /^1[34]\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b/.test(v))) signals.push(`values are Solar Hijri (Jalali) dates (${sampled[0]}): Data Prep would read the year as ${sampled[0]!.slice(0, 4)} of the Gregorian calendar, so convert them before ingestion`)
  if (unit) signals.push(`${pct(shares[unit === 's' ? 'epochS' : unit === 'ms' ? 'epochMs' : 'epochUs'])} of sampled values are ${UNIT_WORDS[unit]}${unit !== 'ms' ? ', converted to milliseconds by an expression' : ''}`)
  else if (dayMonth) signals.push(`values are a day and month without a year, the ${dayMonth.dayFirst ? 'day' : 'month'} first (${col.profile.sample.find((v) => v.trim())?.trim()}), written MM-DD by an expression`)
  else if (t.kind && sem !== undefined) signals.push(`${pct(sem)} of sampled values look like ${DETECTOR_WORDS[t.kind] ?? t.kind}`)
  else if (en) signals.push(`${pct(en.fit)} of sampled values are among the field's ${en.enforced ? 'enum' : 'suggested values'}`)
  else if (col.profile.nonEmpty === 0) signals.push('no values in the sample: the name alone decides')
  else signals.push(node.xdmType !== 'string' ? `${pct(compat)} of sampled values convert to ${node.xdmType}` : 'string field')
  const s: Score = { confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000, name, value, signals }
  if (name >= 0.3 && leafWords.length && leafWords.every((x) => GENERIC_ONLY.has(x)) && ![...C, ...col.prefix].some((x) => t.context.has(x) && !WEAK.has(x))) s.genericOnly = true
  if (unit === 's' || unit === 'us') s.epoch = unit
  if (withTime && ctx.dayTime) {
    s.withTime = { name: ctx.dayTime.name, datePattern: withTime, timePattern: ctx.dayTime.pattern }
    signals.push(`the day's date with its time of day in ${JSON.stringify(ctx.dayTime.name)}: read together as ${withTime} ${ctx.dayTime.pattern}`)
  } else if (pattern) { s.pattern = pattern; signals.push(`values are dates written ${pattern}, read by date() with that pattern`) }
  if (thousands) { s.thousands = THOUSANDS_MARKS.filter((x) => col.profile.sample.some((v) => v.includes(x))); signals.push(`${pct(shares.thousands)} of sampled values are amounts with thousands separators, read by an expression`) }
  if (symbolAmounts) {
    s.symbols = currencyMarks(col.profile.sample)
    if (markedComma) s.symbolComma = true
    else {
      const spaces = SPACE_GROUPS.filter(([, re]) => col.profile.sample.some((v) => re.test(v))).map(([x]) => x)
      if (spaces.length) s.symbolSpaces = spaces
    }
    signals.push(`${pct(markedShare)} of sampled values are amounts with a currency mark${markedComma ? ' and a decimal comma' : ''}, read by an expression`)
  }
  if (compat < 0.6 && name >= 0.7 && col.profile.nonEmpty > 0) s.typeMiss = compat
  if (upper) { s.upper = true; signals.push('values are codes written in lower case, read by upper()') }
  if (dayMonth) s.dayMonth = dayMonth
  if (flags) { s.decode = flags; s.decodeKeeps = true; signals.push(`values are yes/no words (${[...new Set(col.profile.sample.map((v) => v.trim()).filter(Boolean))].slice(0, 4).join(', ')}), decoded to true and false by an expression`) }
  if (maritals) { s.decode = maritals; signals.push(`values are marital statuses (${maritals.map(([v]) => v).slice(0, 4).join(', ')}), decoded to the field's enum by an expression`) }
  if (nationalities) { s.decode = nationalities; signals.push(`values are nationalities (${nationalities.map(([v]) => v).slice(0, 4).join(', ')}), decoded to ISO 3166-1 alpha-2 codes by an expression whose table holds the sample's and others of their kind; a value outside it becomes empty, so extend the table for a file with others`) }
  if (genders) { s.decode = genders; signals.push(`values are gender words (${genders.map(([v]) => v).slice(0, 4).join(', ')}), decoded to the field's enum by an expression`) }
  if (decimalComma) { s.decimalComma = GROUP_SPACES.filter((x) => col.profile.sample.some((v) => v.includes(x))); signals.push(`${pct(shares.decimalComma + shares.groupedInt)} of sampled values are amounts with a decimal comma${shares.groupedInt ? ' or groups of thousands' : ''}, read by an expression`) }
  return s
}

/** A person's own tax number by its shape: a Brazilian CPF (123.456.789-09; a company's CNPJ has 14 digits) or an Italian
 * codice fiscale of a person (RSSMRA85T10A562S; a company's is 11 digits). */
const PERSONAL_TAX_ID = /^(\d{3}\.\d{3}\.\d{3}-\d{2}|[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z])$/i
/**
 * VAT number words of the vocabulary's languages (VAT, USt-IdNr., MwSt, TVA, IVA, BTW, P.IVA, KDV, DPH, PDV, DDV); the
 * Nordic and Baltic ones also at the head of a compound (Momsnummer, MVA-nummer, ALV-numero, PVM kodas, KMKR nr).
 */
const VAT = /(^|[^\p{L}])(vat|ust|ust-?id|ust-?idnr|mwst|tva|iva|btw|p\.? ?iva|kdv|dph|pdv|ddv)([^\p{L}]|$)|(^|[^\p{L}])(moms|mva|alv|pvm|pvn|kmkr)/iu


/** A field chosen by values alone: only strong, specific evidence (see LEADING), enum fits, event times, catalogue codes. */
function valueLed(col: Column, t: Target, ctx: HeaderContext, sem: number | undefined, fit: number | undefined, unit: EpochUnit | undefined): number {
  const p = col.profile
  const pref = t.qualifier === undefined || t.qualifier === ctx.defaultQualifier ? 0.02 : t.qualifier === 'home' ? 0.01 : 0
  // (an event's phone identity needs a name saying so: digits and dashes are as often a shipment's or an order's number,
  // Ozon's "Номер отправления" 12345678-0001-1, OXID's OXBILLFON a billing line's)
  if (t.kind === 'phone' && t.destination.startsWith('endUserIDs.')) return 0
  if (t.kind && LEADING.includes(t.kind) && (sem ?? 0) >= 0.9) return 0.5 + 0.15 * (sem ?? 0) + pref
  // a name with a real but unknown word means something: only the specific kinds above may then decide
  if (col.unknownWords) return 0
  // (written date-times only: whole numbers in the epoch's range are as often a reference or an id: "KID", "IndvId")
  if (t.destination === 'timestamp' && p.shares.datetime >= 0.9 && !unit) return 0.62
  // (a header with no column about products has no product, unless no name says anything: a click id, Cj0KCQ..., a
  // payment gateway's code, UPI-PG, a call's custom field, is no SKU; one code on every row is the account's or the
  // merchant's, no product's)
  if (t.kind === 'sku' && p.shares.sku >= 0.9 && p.distinct / p.nonEmpty < 0.9 && p.distinct > 1 && (ctx.lines || ctx.mute)) return 0.6
  if (fit !== undefined && fit >= 0.9 && p.shares.boolean < 0.5 && p.distinct > 1) return 0.58
  return 0
}
