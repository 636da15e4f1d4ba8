/**
 * The record's own identifiers, and identifier columns that are not the record's: a lookup key of an enumeration
 * (`TransactionTypeId`, `status_id`) and, in a B2B contact export, the customer's code of the company a contact
 * belongs to ("Code client", "Customer number" beside "Contact ID").
 */

/** The record's own identifiers: `_id`, `personID` and a B2B person's source keys. */
export function ownId(destination: string): boolean {
  return destination === '_id' || destination === 'personID' || destination.startsWith('b2b.personKey.') || destination === 'extSourceSystemAudit.externalID'
}

/** Words naming an enumeration whose members are keyed by an id: `type_id`, `StatusId`, `kind_key`. */
const LOOKUP_WORDS = new Set(['type', 'status', 'kind'])

/** A column holding an enumeration's key (`TransactionTypeId`: 5 = a sale, 7 = a refund): no record's identifier. */
export function lookupKey(words: readonly string[]): boolean {
  return words.some((x, k) => (x === 'id' || x === 'key') && k > 0 && LOOKUP_WORDS.has(words[k - 1]!))
}

/** Words saying a column identifies something. */
export const ID_WORDS = new Set(['id', 'key', 'number', 'code', 'uuid', 'guid', 'identifier', 'ref', 'reference', 'no', '#'])
/** Words naming a contact record itself (not the customer it buys for). */
const CONTACT_WORDS = new Set(['contact', 'person', 'lead', 'prospect'])
/** Words naming a customer or client (vocabularies read "client", "klant", "relatie" so). */
const CUSTOMER_WORDS = new Set(['customer', 'client'])

/**
 * In a B2B contact export (the schema has an account), the header's identifier of the contact ("Id contact", a bare
 * "ID") is the record's; a customer's code or number beside it ("Code client", "Code relatie") identifies the
 * company the contact belongs to, the customer, never the person. The columns (by index) that are such codes.
 */
export function accountCodes(words: readonly (readonly string[])[], b2b: boolean): Set<number> {
  const codes = new Set<number>()
  if (!b2b) return codes
  const isId = (ws: readonly string[]): boolean => ws.some((x) => ID_WORDS.has(x))
  const ownId = words.some((ws) => isId(ws) && !ws.some((x) => CUSTOMER_WORDS.has(x)) && ws.every((x) => ID_WORDS.has(x) || CONTACT_WORDS.has(x)))
  if (!ownId) return codes
  words.forEach((ws, i) => {
    if (isId(ws) && ws.some((x) => CUSTOMER_WORDS.has(x)) && !ws.some((x) => CONTACT_WORDS.has(x))) codes.add(i)
  })
  return codes
}
