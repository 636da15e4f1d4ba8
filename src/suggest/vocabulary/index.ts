import * as de from './de.js'
import * as en from './en.js'
import * as es from './es.js'
import * as fr from './fr.js'
import * as it from './it.js'
import * as nl from './nl.js'
import * as pl from './pl.js'
import * as pt from './pt.js'
import * as sv from './sv.js'
import * as tr from './tr.js'
import * as cs from './cs.js'
import * as hu from './hu.js'
import * as ro from './ro.js'
import * as ru from './ru.js'
import * as ja from './ja.js'
import * as zh from './zh.js'
import * as ko from './ko.js'
import * as id from './id.js'
import * as vi from './vi.js'
import * as el from './el.js'
import * as bg from './bg.js'
import * as hr from './hr.js'
import * as baltic from './baltic.js'
import * as ca from './ca.js'
import * as ar from './ar.js'
import * as he from './he.js'
import * as fa from './fa.js'
import * as hi from './hi.js'
import * as th from './th.js'
import * as is from './is.js'
import { table } from '../../util/table.js'
import { simplified } from './hant.js'

/**
 * The column vocabulary of all languages merged: a word or phrase (lower-case, accents folded) → the words XDM field
 * names use. English first; a word another language spells the same way keeps the English meaning unless listed
 * in OVERRIDES (German/Dutch "land" is a country, Italian/Portuguese "data" a date).
 */
/** Each vocabulary file by its language (or family), in the order a word's first meaning is taken. */
const LANGS = { en, de, fr, es, nl, it, pt, pl, sv, tr, cs, hu, ro, ru, ja, zh, ko, id, vi, el, bg, hr, baltic, ca, ar, he, fa, hi, th, is }
export type Lang = keyof typeof LANGS
export const LANG_CODES = Object.keys(LANGS) as Lang[]

/** One language's own words, phrases, whole-header words and false friends (see OWN below). */
export interface LanguageVocabulary {
  words: Record<string, string[]>
  phrases: Record<string, string[]>
  alone: Record<string, string[]>
  /** its words that other languages' vocabularies read otherwise: in a file of this language they mean what it says (or nothing) */
  own: Record<string, string[]>
}
export const BY_LANGUAGE: Record<string, LanguageVocabulary> = table()
/** Keys as names are read: lower-case, folded (the files write them so; Greek, Vietnamese and others are folded here). */
const folded = (r: Record<string, string[]>): Record<string, string[]> => table(Object.fromEntries(Object.entries(r).map(([k, v]) => [fold(k).toLowerCase(), v])))
for (const code of LANG_CODES) {
  const m = LANGS[code] as { WORDS: Record<string, string[]>; PHRASES: Record<string, string[]>; ALONE?: Record<string, string[]>; OWN?: Record<string, string[]> }
  BY_LANGUAGE[code] = { words: folded(m.WORDS), phrases: folded(m.PHRASES), alone: folded(m.ALONE ?? {}), own: folded(m.OWN ?? {}) }
}

/**
 * Words the languages read differently (Polish "kraj" the country, Czech "kraj" a region; German "Firma" a company,
 * Spanish "firma" a signature): in a file none of whose languages has the word, it names nothing unless it is the
 * whole header.
 */
export const AMBIGUOUS = new Set<string>()
{
  const meanings = new Map<string, Set<string>>()
  for (const v of Object.values(BY_LANGUAGE)) for (const [k, m] of [...Object.entries(v.words), ...Object.entries(v.own)]) {
    let s = meanings.get(k)
    if (!s) { s = new Set(); meanings.set(k, s) }
    s.add(m.join(' '))
  }
  for (const [k, s] of meanings) if (s.size > 1) AMBIGUOUS.add(k)
}

export const WORDS: Record<string, string[]> = table()
export const PHRASES: Record<string, string[]> = table()
for (const code of LANG_CODES) {
  const l = BY_LANGUAGE[code]!
  for (const [k, v] of Object.entries(l.words)) if (!(k in WORDS)) WORDS[k] = v
  for (const [k, v] of Object.entries(l.phrases)) if (!(k in PHRASES)) PHRASES[k] = v
}
/** Words of scripts written without spaces (Japanese, Chinese, Thai; Korean often glued): read by the longest known word first. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u
export const UNSPACED_WORDS = new Set(Object.keys(WORDS).filter((k) => UNSPACED.test(k)))
export const UNSPACED_MAX = Math.max(1, ...[...UNSPACED_WORDS].map((k) => k.length))
/**
 * Words that name a field only when they are the whole header: elsewhere they are a stop word or another word of an
 * earlier language (Turkish "İl" is the province, Italian "il" an article; Danish "By" is the city, English "by" a
 * word of "Created by"). A header is never a stop word alone.
 */
export const ALONE: Record<string, string[]> = table(...LANG_CODES.map((code) => BY_LANGUAGE[code]!.alone))

const OVERRIDES: Record<string, string[]> = { land: ['country'], data: ['date'] }
Object.assign(WORDS, OVERRIDES)

/** Rewrites over the rewritten words: a company is what "account name" means in CRM exports. */
export const CANONICAL_PHRASES: [string[], string[]][] = [
  // "incl. tax" qualifies an amount (a total with tax is the total); "excl. tax" makes it a net amount
  [['total', 'tax', 'incl'], ['total']], [['incl', 'tax'], []], [['excl', 'tax'], ['net']], [['incl', 'shipping', 'tax'], []], [['incl', 'tax', 'shipping'], []], [['incl', 'shipping'], []], [['incl', 'fee'], []], [['incl'], []], [['excl'], ['net']],
  [['account', 'name'], ['company', 'name']],
  // the points earned in all ("Total Points Earned", "إجمالي النقاط المكتسبة") are the lifetime points, not a total amount
  [['total', 'points', 'earned'], ['point', 'earned']], [['total', 'point', 'earned'], ['point', 'earned']],
  // a country with its region in one column ("Country/Region", "Land/Region", "国/地域", "국가/지역": Mainland China, Hong Kong SAR)
  // is the country: the region names a territory where it is no country
  [['country', 'state'], ['country']],
  // a reservation's number, abbreviated ("Res. No.", Turkish "Rez. No"), is the booking's number
  [['res', 'number'], ['order', 'number']], [['rez', 'number'], ['order', 'number']],
  // the amount paid, written after its word ("Valor pago", "Montant payé"), is the payment's amount; the total paid ("סה\"כ שולם",
  // "Total pagado") the order's total
  [['total', 'paid'], ['total']], [['amount', 'paid'], ['payment', 'amount']],
  // a gross price ("Verkaufspreis brutto", "Preis (brutto)") is still a price; "Brutto" alone is the total
  // (a unit price with its gross, "Einzelpreis brutto", is still the unit price)
  [['unit', 'price', 'gross'], ['unit', 'price']], [['gross', 'unit', 'price'], ['unit', 'price']],
  [['price', 'gross'], ['price']], [['gross', 'price'], ['price']], [['gross'], ['total']],
  // the seller's or vendor's reference on a marketplace ("Référence vendeur", "seller-sku") is the product's SKU
  [['reference', 'seller'], ['sku']], [['seller', 'reference'], ['sku']], [['seller', 'sku'], ['sku']], [['seller', 'id'], ['seller', 'id']],
  [['customer', 'number'], ['customer', 'id']],
  [['member', 'number'], ['member', 'id']],
  [['product', 'number'], ['sku']],
  [['unit', 'price'], ['unit', 'price']],
  [['customer', 'code'], ['customer', 'id']],
  // (the code written first, as Spanish, French, Malay and Thai put it: "Código de socio", "Code adhérent", "Kode Member",
  // รหัสสมาชิก, รหัสลูกค้า; and a member's code in English)
  [['code', 'customer'], ['customer', 'id']], [['code', 'member'], ['member', 'id']], [['member', 'code'], ['member', 'id']],
  [['payment', 'id'], ['payment', 'transaction', 'id']],
  [['merchant', 'reference'], ['order', 'id']],
  // (the merchant's own transaction id at a payment gateway, Peach's "Merchant Transaction ID", is the shop's order number)
  [['merchant', 'transaction', 'id'], ['order', 'id']],
  [['order', 'reference'], ['order', 'id']], [['reference', 'order'], ['order', 'id']],
  // an order's code (Snapdeal's "Order Code", "Codice ordine") is its number
  [['order', 'code'], ['order', 'id']], [['code', 'order'], ['order', 'id']],
  [['price', 'id'], ['payment', 'transaction', 'id']],
  [['reference', 'product'], ['sku']], [['product', 'reference'], ['sku']],
  [['discount', 'code'], ['coupon', 'code']], [['coupon', 'discount'], ['coupon']], [['discount', 'coupon'], ['coupon']],
  // a discount's value ("Discount Value", valor del descuento) is its amount
  [['discount', 'value'], ['discount', 'amount']], [['value', 'discount'], ['discount', 'amount']],
  // an order's refunded amount (Refund Amount, Сумма возврата) is its refund total: one number, not an entry of its refunds
  [['refund', 'amount'], ['refund', 'total']], [['amount', 'refund'], ['refund', 'total']],
  [['tax', 'total'], ['tax', 'amount']], [['total', 'tax'], ['tax', 'amount']], [['discount', 'total'], ['discount', 'amount']], [['total', 'discount'], ['discount', 'amount']],
  [['shipping', 'total'], ['shipping', 'amount']],
  // a shipment's number (Saadetise number, Shipment Number) is its tracking number; a shipment's destination place is the shipping address's
  [['shipping', 'number'], ['tracking', 'number']],
  [['destination', 'city'], ['shipping', 'city']], [['destination', 'state'], ['shipping', 'state']], [['destination', 'country'], ['shipping', 'country']], [['destination', 'postal'], ['shipping', 'postal']], [['destination', 'street'], ['shipping', 'street']], [['total', 'shipping'], ['shipping', 'amount']],
  // (behind the place, as Spanish and Portuguese write it: "Ciudad destino", "CEP Destino")
  [['city', 'destination'], ['shipping', 'city']], [['state', 'destination'], ['shipping', 'state']], [['country', 'destination'], ['shipping', 'country']], [['postal', 'code', 'destination'], ['shipping', 'postal', 'code']], [['street', 'destination'], ['shipping', 'street']],
  // a shipping fee in any language (Liefergebühr, frais de livraison) is the shipping amount
  [['shipping', 'fee'], ['shipping', 'amount']], [['fee', 'shipping'], ['shipping', 'amount']],
  // a transaction's amount (거래금액, 取引金額, Transaction Amount) is the payment's amount ...
  [['transaction', 'amount'], ['payment', 'amount']],
  // ... and its number (거래번호, Transaction Number) its identifier
  [['transaction', 'number'], ['transaction', 'id']],
  [['id', 'payment'], ['payment', 'transaction', 'id']],
  [['complete', 'name'], ['full', 'name']],
  // a sales document's number and total (Italian "N. Documento", "Totale Documento": a till's receipt, an invoice)
  [['number', 'document'], ['order', 'number']], [['document', 'number'], ['order', 'number']], [['total', 'document'], ['total']], [['document', 'total'], ['total']],
  // revenue, totals or amounts of the products (plural) are the order's subtotal, not a line total
  [['total', 'goods'], ['subtotal']], [['amount', 'goods'], ['subtotal']], [['price', 'goods'], ['subtotal']], [['goods', 'total'], ['subtotal']],
]

/** Longest phrase first (up to 4 words). */
export const MAX_PHRASE = 4

/**
 * Folds accents, ß, Icelandic ð and þ and Turkish dotless ı for lookups (then recomposes what is left: Hangul syllables, kana with their
 * marks), and traditional Chinese characters to their simplified forms (hant.ts).
 */
export function fold(s: string): string {
  return simplified(s).replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ð/g, 'd').replace(/Ð/g, 'D').replace(/þ/g, 'th').replace(/Þ/g, 'Th').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
}

/** Two-letter abbreviations that end compounds: id, number (nr, no), IP address, created/updated by, timestamp. */
const SHORT_TAILS = new Set(['id', 'nr', 'no', 'ip', 'by', 'ts'])

/**
 * A compound (German, Dutch: "Kundennummer", "verzendkosten"; glued upper-case names: "TOTALORDERSUM") as known
 * words, or undefined: a known last word and a known or itself compound rest.
 */
export function decompound(word: string): string[] | undefined {
  if (word.length < 7) return undefined
  for (let i = word.length - 2; i >= 3; i--) {
    const left = word.slice(0, i), right = word.slice(i)
    // (a two-letter last part only as an abbreviation, "nr" in "kundennr", "id" in "clientid": no Spanish plural's "os" read as
    // the operating system in "productos", no "st" in "eventstart"; "ts" only after a participle, "createdts", no English
    // plural's "ts" in "loyaltypoints"; two characters of Chinese or Japanese are a word, 回数 in キャンセル回数)
    if (right.length === 2 && !UNSPACED.test(right) && (!SHORT_TAILS.has(right) || (right === 'ts' && !left.endsWith('d')))) continue
    const r = WORDS[right]
    // (a last part that is a stop word of some language, "et" in "totalnet", is no word of the compound either)
    if (!r?.length) continue
    const l = WORDS[left] ?? (left.endsWith('s') ? WORDS[left.slice(0, -1)] : undefined) ?? (left.endsWith('n') ? WORDS[left.slice(0, -1)] : undefined) ?? (left.endsWith('en') ? WORDS[left.slice(0, -2)] : undefined) ?? decompound(left)
    // (nor a first part that is one, "au" in "Auszahlung")
    if (l && l.length) return [...l, ...r]
  }
  return undefined
}
