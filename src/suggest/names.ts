/**
 * Names → tokens: split camelCase, snake_case, kebab-case, spaces, slashes, dots and digits; lower-case; fold
 * accents; rewrite the abbreviations, synonyms and other languages' words of CRM, e-commerce, marketing, analytics,
 * loyalty and payment exports (vocabulary/) into the words XDM field names use; split German and Dutch compounds.
 * Also the field-side vocabulary: qualifiers, weak words, generic leaves and field synonyms.
 */

import { ALONE, AMBIGUOUS, BY_LANGUAGE, CANONICAL_PHRASES, decompound, fold, LANG_CODES, MAX_PHRASE, PHRASES, UNSPACED, UNSPACED_MAX, UNSPACED_WORDS, WORDS, type Lang, type LanguageVocabulary } from './vocabulary/index.js'
import { table } from '../util/table.js'

/** Words of a field name or title: split and stemmed, without the abbreviation rewrites columns get. */
export function fieldTokens(name: string): string[] {
  return split(name).map(stem)
}

/**
 * ISO currency codes (and yuan, yen, won) written into a header ("Total (EUR)", "Ingresos (MXN)", "实付金额(元)"): a unit, not
 * a word of the name; so are the local names and signs of a currency written as its unit ("Tutar (TL)", "จำนวนเงิน (บาท)",
 * "المبلغ (ريال)", "Montant (DH)", "Сумма, руб.", "Kwota (zł)", "Belopp (kr)").
 */
const CURRENCY_UNITS = new Set(('aed ars aud bgn brl cad chf clp cny cop czk dkk eur gbp hkd huf idr ils inr jpy krw mxn myr nok nzd pen php pln ron rub sek sgd thb try twd uah usd vnd zar egp sar kes ngn rmb kzt byn irr pkr bdt lkr mad dzd tnd qar kwd omr bhd jod ghs xof xaf tzs ugx rm 元 円 원 ' +
  'tl บาท ريال درهم دينار جنيه руб грн лв zł kč kr lei dh').split(' '))

/** A word saying an amount includes something (English, German "inkl."/"enth.", Dutch, Italian, Spanish, French). */
const INCL = /^(incl|inkl|inc|enth|including|inclusive|inclusief|incluso|inclusa|incluido|incluida|inclus|compris)$/

function split(name: string): string[] {
  const parts = splitRaw(name)
  return parts.length > 1 ? parts.filter((p) => !CURRENCY_UNITS.has(p)) : parts
}

function splitRaw(name: string): string[] {
  // "N°", "Nº", "N.º" (French, Spanish, Portuguese, Italian), "№" (Russian, Ukrainian, Bulgarian): a number sign
  // "Order#", "PO#", "Line#": a number sign glued to its word
  // "HK$", "NT$", "R$", "S$" (a dollar's or real's mark, "金額 (HK$)"): a currency unit, no word
  // "iso2a", "ISO3", "_iso_2" after a country or currency ("billingcountryiso2a", "CountryISO2", "currencyiso3a"): its ISO code
  // "1、您的姓名", "5．所在部门" (a Chinese or Japanese questionnaire's numbered questions): the question's number is no word
  // "Št.", "št." (Slovenian številka, a number: "Št. računa", "Poštna št."), never the state "St." folding would make it
  return fold(name.replace(/^\s*\d{1,3}\s*[、．]\s*/u, '').replace(/(^|[^\p{L}])[Šš]t\.(?!\p{L})/gu, '$1 number ').replace(/iso[_ -]?[23]a?(?![\p{L}\d])/giu, ' code ').replace(/(^|[^\p{L}])[Nn]\.?\s*[º°]\.?/gu, '$1 number ').replace(/№/g, ' number ').replace(/(\p{L})#/gu, '$1 #').replace(/(^|[^\p{L}])(HK|NT|US|NZ|AU|CA|MX|[ACRS])\$/gu, '$1 '))
    .replace(/^[_@$]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    // letters of any script (Cyrillic, Greek) are words too, with their marks (Devanagari vowel signs); a script the
    // vocabulary lacks gives unknown words
    .split(/[^\p{L}\p{M}0-9#]+/u)
    .filter(Boolean)
    .flatMap(unspaced)
}

/** The given name in Japanese and Chinese, and the plain word for a name that 名 means after another word. */
const GIVEN_NAME = '名'
const NAME_OF = '名前'
/** The family name in Korean; after another word 성 is the suffix "-ness" (광고성: of an advertising nature). */
const SURNAME_KO = '성'

/**
 * A run of a script written without spaces (注文番号, 주문번호) as its known words: the reading that leaves the fewest
 * letters unknown, then the one with the fewest words ("注文日時" is 注文 + 日時, not 注文日 + an unknown 時); letters
 * no word starts at stay together as one unknown word. Other words as they are.
 */
function unspaced(part: string): string[] {
  if (!UNSPACED.test(part) || UNSPACED_WORDS.has(part)) return [part]
  const n = part.length
  // best[i]: [unknown letters, words] of the best reading of part.slice(i), and the length of its first word (0: unknown letter)
  const best: [number, number, number][] = new Array(n + 1)
  best[n] = [0, 0, 0]
  for (let i = n - 1; i >= 0; i--) {
    const rest = best[i + 1]!
    let b: [number, number, number] = [rest[0] + 1, rest[1] + 1, 0]
    for (let k = Math.min(UNSPACED_MAX, n - i); k >= 1; k--) {
      if (!UNSPACED_WORDS.has(part.slice(i, i + k))) continue
      const r = best[i + k]!
      if (r[0] < b[0] || (r[0] === b[0] && r[1] + 1 < b[1])) b = [r[0], r[1] + 1, k]
    }
    best[i] = b
  }
  const out: string[] = []
  let unknown = ''
  for (let i = 0; i < n;) {
    const k = best[i]![2]
    if (k === 0) { unknown += part[i]; i++; continue }
    if (unknown) { out.push(unknown); unknown = '' }
    // (名 after another word is that thing's name, チケット名, 表示名: the given name only alone or first; 성 after
    // another word is a suffix, no family name)
    const w = part.slice(i, i + k)
    if (!(w === SURNAME_KO && i > 0)) out.push(w === GIVEN_NAME && i > 0 ? NAME_OF : w)
    i += k
  }
  if (unknown) out.push(unknown)
  return out
}

/** Address words ("address", "Adresse", "dirección"): the street when alone, the object's context next to a part. */
const ADDRESS_WORDS = new Set(['address', 'addr', 'adresse', 'adres', 'direccion', 'indirizzo', 'endereco', 'anschrift', 'morada'])
const ADDRESS_PARTS = new Set(['street', 'city', 'postal', 'state', 'country', 'region', 'company', 'phone', 'email', 'name', 'first', 'last', 'district', 'ip', 'status'])

/** Words after "Address 1" that name a part of that address (not a street line). */
const ADDRESS_TAIL = new Set(['city', 'postal', 'zip', 'postcode', 'country', 'region', 'state', 'province', 'street', 'type', 'formatted', 'extended', 'po', 'label'])

/**
 * The languages of the file being read, best first (detectLanguages over its whole header), while suggestFrom reads
 * it; undefined elsewhere (every language's words, the first language's meaning).
 */
let active: LanguageVocabulary[] | undefined
let activeCodes: readonly Lang[] = []

/** Runs fn reading words as the given languages say them first. */
export function withLanguages<T>(langs: readonly Lang[], fn: () => T): T {
  const prev = active, prevCodes = activeCodes
  active = langs.length ? langs.map((l) => BY_LANGUAGE[l]!) : undefined
  activeCodes = langs
  try { return fn() } finally { active = prev; activeCodes = prevCodes }
}

/** The languages of the file being read (withLanguages), best first; [] elsewhere. */
export const fileLanguages = (): readonly Lang[] => activeCodes

/** Least evidence (weighted words) for a file's language, and the share of the best language's evidence another needs. */
const LANGUAGE_EVIDENCE = 2
const LANGUAGE_SHARE = 0.5

/**
 * The languages a header is written in, best first: every word and phrase of its names found in a language's
 * vocabulary counts for that language, a word several languages share (Telefon, Status) split between them. A
 * language needs some evidence and half the best one's; none found (codes, an unknown language): [].
 */
export function detectLanguages(header: readonly string[]): Lang[] {
  const score = new Map<Lang, number>()
  for (const h of header) {
    const parts = splitRaw(h).filter((p) => !/^\d+$/.test(p))
    for (let i = 0; i < parts.length; i++) {
      for (let n = Math.min(3, parts.length - i); n >= 1; n--) {
        const key = parts.slice(i, i + n).join(' ')
        // (two letters are a word in scripts written without spaces: 姓名, 電話, 주소)
        if (n === 1 && key.length < 3 && !UNSPACED.test(key)) continue
        const langs = LANG_CODES.filter((l) => { const v = BY_LANGUAGE[l]!; return n > 1 ? key in v.phrases : key in v.words || key in v.own || (parts.length === 1 && key in v.alone) })
        if (!langs.length) continue
        for (const l of langs) score.set(l, (score.get(l) ?? 0) + n / langs.length)
        if (n > 1) { i += n - 1; break }
      }
    }
  }
  const best = Math.max(0, ...score.values())
  return [...score].filter(([, x]) => x >= LANGUAGE_EVIDENCE && x >= best * LANGUAGE_SHARE).sort((a, b) => b[1] - a[1]).map(([l]) => l)
}

/** A word of the vocabulary, or its singular's ("costos", "unidades", "Rechnungen" fall back to their singular). */
function word(w: string): string[] | undefined {
  const hit = lookup(w)
  if (hit) return hit
  // Arabic writes the article on the word ("المدينة", the city; "مدينة الشحن", the shipping's city): a word with or
  // without it is the same word
  if (/^[\u0600-\u06ff]/.test(w)) {
    const other = w.startsWith('ال') && w.length > 3 ? lookup(w.slice(2)) : lookup(`ال${w}`)
    if (other) return other
  }
  if (w.length < 5) return undefined
  const one = (w.endsWith('es') && lookup(w.slice(0, -2))) || (w.endsWith('s') && !w.endsWith('ss') && lookup(w.slice(0, -1))) || (w.endsWith('en') && lookup(w.slice(0, -2))) || undefined
  // products in the plural ("productos", "Artikeln") are the order's goods, not one line
  return one && one.length === 1 && one[0] === 'product' ? ['goods'] : one
}

/**
 * A word as the file's languages say it: the first of them that has it decides (Czech "kraj" is a region, Polish
 * "kraj" the country); a word one of them lists as its own false friend means what it says there; a word the languages
 * read differently that none of the file's languages has names nothing unless it is the whole header; other words as
 * the vocabulary merged says them.
 */
function lookup(w: string, whole = false): string[] | undefined {
  if (active) {
    for (const l of active) { const m = l.own[w] ?? l.words[w]; if (m) return m }
    // (a word the languages read differently, none of them the file's: only the whole header)
    if (!whole && AMBIGUOUS.has(w)) return undefined
  }
  return WORDS[w]
}

/**
 * A whole header that is a word of the file's languages only (see ALONE): Turkish "Ad" is the first name, but an English
 * ads export's "Ad" is the advert. No language detected: every language's.
 */
function aloneWord(w: string): string[] | undefined {
  if (!active) return ALONE[w]
  for (const l of active) { const m = l.alone[w]; if (m) return m }
  return undefined
}

/** A phrase as the file's languages say it first. */
function phraseOf(p: string): string[] | undefined {
  if (active) for (const l of active) { const m = l.phrases[p]; if (m) return m }
  return PHRASES[p]
}

const singular = (w: string): string => (w.length >= 5 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)

/** Tokens for a column name, with abbreviations, synonyms and other languages' words rewritten. */
export function tokens(name: string): string[] {
  const parts = split(name)
  // the tax an amount contains, alone ("enth. MwSt. 19 %", "incl. VAT", "inkl. USt."), is the tax amount itself; beside another
  // word it qualifies that amount ("Sales (incl. tax)" is a total)
  const words = parts.filter((p) => !/^\d+$/.test(p))
  if (words.length >= 2 && (INCL.test(words[0]!) || INCL.test(words[words.length - 1]!))) {
    const rest = words.filter((p) => !INCL.test(p))
    if (rest.length && rest.length < words.length && tokens(rest.join(' ')).join(' ') === 'tax') return ['tax', 'amount']
  }
  // whole-name abbreviation first ("FNAME", "e-mail", "zip_code" joined)
  const joined = parts.join('')
  const alone = parts.length === 1 ? aloneWord(joined) : undefined
  if (alone) return alone.map(stem)
  const whole = lookup(joined, parts.length === 1)
  if (whole && parts.length > 1) return whole.map(stem)
  if (parts.length === 1 && whole) return canonical(rewriteAddress(whole, parts)).map(stem)
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    // "Address 1 - City", "Address 2 - Postal Code" (Google Contacts): the number counts addresses, not street lines
    if (ADDRESS_WORDS.has(parts[i]!) && /^\d$/.test(parts[i + 1] ?? '') && i + 2 < parts.length && ADDRESS_TAIL.has(parts[i + 2]!)) { out.push('@address'); i++; continue }
    let done = false
    for (let n = Math.min(MAX_PHRASE, parts.length - i); n >= 2 && !done; n--) {
      const words = parts.slice(i, i + n)
      // (two parts written apart may be one word: "e mail", "zip code"; but not when the second is a letter that begins
      // the next part's word: Swedish "Kund e-post" is the customer's e-post, not "kunde" and a post)
      const splitLetter = n === 2 && words[1]!.length === 1 && i + 2 < parts.length && lookup(words[1]! + parts[i + 2]!) !== undefined
      const phrase = phraseOf(words.join(' ')) ?? phraseOf(words.map(singular).join(' ')) ?? (n === 2 && words.join('').length > 3 && !splitLetter ? lookup(words.join('')) : undefined)
      if (phrase) { out.push(...phrase); i += n - 1; done = true }
    }
    if (done) continue
    const w = parts[i]!
    if (ADDRESS_WORDS.has(w)) { out.push('@address'); continue }
    // a compound ending in an address word ("Rechnungsadresse", "bezorgadres"): its qualifier and the address
    const tail = w.length > 7 && !lookup(w) ? [...ADDRESS_WORDS].find((a) => w.endsWith(a) && w.length - a.length >= 4) : undefined
    const head = tail ? w.slice(0, -tail.length) : ''
    const headWords = tail ? word(head) ?? (head.endsWith('s') || head.endsWith('n') ? word(head.slice(0, -1)) : undefined) : undefined
    if (headWords) { out.push(...headWords, '@address'); continue }
    out.push(...(word(w) ?? decompound(w) ?? [w]))
  }
  return canonical(rewriteAddress(out, parts)).map(stem)
}

function rewriteAddress(words: string[], _parts: string[]): string[] {
  const at = words.indexOf('@address')
  // "Company Address" is the company's street; "Address Company" (Shopify) the address's company
  const companyFirst = at > 0 && words.slice(0, at).includes('company') && !words.some((w) => ADDRESS_PARTS.has(w) && w !== 'company')
  const hasPart = !companyFirst && words.some((w) => ADDRESS_PARTS.has(w))
  return words.flatMap((w) => (w === '@address' ? [hasPart ? 'address' : 'street'] : [w]))
}

function canonical(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const hit = CANONICAL_PHRASES.find(([from]) => from.every((w, k) => words[i + k] === w))
    if (hit) { out.push(...hit[1]); i += hit[0].length - 1 } else out.push(words[i]!)
  }
  // first and last name in one column ("Nombre y apellidos", "Nom et prénom", "Name, Vorname") is the full name
  const names = out.filter((w) => w === 'name').length
  if ((out.includes('first') && out.includes('last')) || (names >= 2 && (out.includes('first') || out.includes('last')))) {
    return [...out.filter((w) => w !== 'first' && w !== 'last' && w !== 'name' && w !== 'full'), 'full', 'name']
  }
  return out
}

export function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us')) return t.slice(0, -1)
  return t
}

/** Whether a column's words include any of `xs`. */
export const has = (ws: string[], ...xs: string[]): boolean => xs.some((x) => ws.includes(x))

/** Qualifiers that tell one instance of a data type from another (homeAddress vs workAddress). */
export const QUALIFIERS = new Set(['home', 'work', 'billing', 'shipping', 'mailing', 'personal', 'business', 'mobile', 'fax', 'office', 'other', 'company'])

/** Qualifiers that mean the same instance: an office or business address is the work address, personal is home. */
export const QUALIFIER_FAMILY: Record<string, string> = table({ office: 'work', business: 'work', company: 'work', personal: 'home' })

/** Words that say little on their own: they count half as much when names are compared. */
export const WEAK = new Set(['number', 'id', 'code', 'name', 'date', 'value', 'type', 'address', 'text', 'data', 'info', 'flag', '1', '2', '3', 'd'])

/** Leaves whose meaning is their parent's (`mobilePhone.number`, `personalEmail.address`). */
export const GENERIC_LEAVES = new Set(['number', 'address', 'value', 'id', 'code', 'name'])

/** Extra words a field answers to, by its path's last segment or last two segments (lower-case). */
export const FIELD_SYNONYMS: Record<string, string[]> = table({
  purchaseid: ['order', 'id', 'transaction', 'number', 'billing', 'receipt'],
  // (an insurance policy's premium, "Prima total", "Brüt Prim", is the price paid for it)
  pricetotal: ['total', 'amount', 'premium'],
  currencycode: ['currency'],
  courtesytitle: ['title', 'courtesy'],
  stateprovince: ['state'],
  street1: ['street'],
  street2: ['street', '2'],
  postalcode: ['postal', 'code'],
  countrycode: ['country', 'code'],
  birthdate: ['birth', 'date'],
  birthdayandmonth: ['birth', 'day', 'month'],
  birthyear: ['birth', 'year'],
  firstname: ['first', 'name'],
  lastname: ['last', 'name'],
  middlename: ['middle', 'name'],
  fullname: ['full', 'name'],
  sku: ['sku', 'product', 'code', 'id'],
  quantity: ['quantity'],
  timestamp: ['timestamp', 'date', 'time', 'occurred', 'created'],
  eventtype: ['event', 'type'],
  _id: ['id', 'record', 'customer', 'contact', 'user', 'person', 'event', 'hit', 'row', 'profile', 'lead'],
  personid: ['person', 'id', 'customer', 'lead'],
  memberid: ['member', 'id', 'loyalty'],
  lifetimevalue: ['lifetime', 'value', 'spend', 'total'],
  optin: ['opt', 'in', 'marketing', 'accept', 'consent'],
  storevisits: ['visit', 'store'],
  points: ['point', 'loyalty', 'balance'],
  promisedpoints: ['pending', 'point'],
  membersince: ['member', 'since', 'join', 'date'],
  lastactivity: ['last', 'activity', 'seen', 'visit', 'date'],
  tier: ['tier', 'loyalty'],
  organizations: ['company', 'organization', 'account'],
  companyname: ['company', 'name', 'account'],
  // (a B2B person's account is the company the person works for: "Company Id", "Organization ID" of a CRM's people)
  accountid: ['account', 'id', 'company', 'organization'],
  companywebsite: ['website', 'url'],
  jobtitle: ['job', 'title'],
  departments: ['department'],
  taxid: ['tax', 'id'],
  ipv4: ['ip'],
  ipv6: ['ip'],
  'browserdetails.name': ['browser'],
  'browserdetails.version': ['browser', 'version'],
  'webpagedetails.url': ['page', 'url'],
  'webpagedetails.name': ['page', 'name', 'title'],
  'productlistitems.name': ['name', 'title', 'description'],
  'webreferrer.url': ['referrer', 'url'],
  'device.type': ['device', 'category', 'type'],
  // ("Email Address" is the whole address an e-mail identity holds, as "Email")
  'emailid.id': ['email', 'address'],
  // (an event's phone identity, endUserIDs._experience.phonenumberid.id, holds the end user's number: "Phone", "Telefon")
  'phonenumberid.id': ['phone', 'number', 'mobile', 'whatsapp'],
  // (an event's Analytics custom ID, endUserIDs._experience.aacustomid.id, holds the business's own ID of the end user: "Customer ID", "Kundennummer")
  'aacustomid.id': ['customer', 'user', 'id', 'number'],
  trackingcode: ['campaign', 'tracking', 'code'],
  campaignname: ['campaign', 'name'],
  shippingamount: ['amount', 'price', 'handling', 'cost'],
  shippingmethod: ['method'],
  taxamount: ['tax', 'amount'],
  discountamount: ['discount', 'amount'],
  refundtotal: ['refund', 'total', 'amount'],
  promotionid: ['coupon', 'promotion', 'code'],
  'loyalty.loyaltyid': ['member', 'id', 'loyalty'],
  'cardsdetails.number': ['card', 'number'],
  pointsredeemed: ['point', 'redeemed', 'spend'],
  pointsexpiring: ['point', 'expiry'],
  pointsexpirationdate: ['point', 'expiry', 'date'],
  lifetimepurchases: ['lifetime', 'spend', 'purchase'],
  joindate: ['join', 'date', 'since', 'member'],
  tierexpirydate: ['tier', 'expiry', 'end', 'date'],
  manufacturer: ['manufacturer'],
  createddate: ['created', 'date', 'order'],
  lastactivitydate: ['last', 'activity', 'date'],
  lastupdateddate: ['updated', 'date'],
  externalid: ['external', 'id'],
  cookiesenabled: ['cookie'],
  viewportheight: ['height', 'window'],
  viewportwidth: ['width', 'window'],
  javaenabled: ['java'],
  paymentamount: ['payment', 'amount'],
  lifetimepoints: ['lifetime', 'point', 'earned'],
  'person.type': ['person', 'type', 'contact'],
  transactionid: ['transaction', 'id'],
  paymenttype: ['payment', 'method', 'type'],
})
