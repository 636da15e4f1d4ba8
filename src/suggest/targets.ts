import { leaves, type FieldCatalog, type FieldNode } from '../schema/catalog.js'
import { FIELD_SYNONYMS, fieldTokens, GENERIC_LEAVES, QUALIFIER_FAMILY, QUALIFIERS, stem } from './names.js'
import type { Detector } from './profile.js'
import { table } from '../util/table.js'

/**
 * What each leaf field of a schema means for matching: the words of its own name (a generic leaf such as a phone's
 * `number` means what its parent names), its parents' words, its title and description words, the qualifier that
 * tells one instance of a data type from another (home / work / billing / shipping ...), the value kind it expects,
 * its level in a commerce event (order or line), its position among numbered siblings (street1..street4), and
 * whether it is a system or audit field that a CSV column may reach only by naming it exactly.
 */
export interface Target {
  destination: string
  node: FieldNode
  /** Words of the leaf (with its synonyms). */
  leaf: Set<string>
  /** The leaf's own meaning words (what a column must say). */
  leafCore: string[]
  context: Set<string>
  title: Set<string>
  qualifier?: string
  kind?: Detector
  /** commerce events: an order-level or a line-level (productListItems) field */
  level?: 'order' | 'line'
  /** inside an address, phone, email or geo object (where an unqualified column takes the header's default) */
  addressLike: boolean
  /** inside an address or geo object (where an unqualified column follows the file's qualified street) */
  inAddress: boolean
  /** sub-entities among the parents (assistantDetails, returns, refunds, payments...): a column must name them */
  entities: string[]
  /** 1 for street1, 2 for street2 ...; undefined when the leaf is not numbered */
  index?: number
  /** the data type's path without its qualifier (`email.address` for personalEmail.address and workEmail.address) */
  typeKey?: string
  /** system, audit and internal fields: only a column naming them exactly maps there */
  system: boolean
  /** the compact names a column must equal to reach a system field */
  exactNames: Set<string>
}

export const segments = (path: string): string[] => path.split('.').map((s) => s.replace(/\[\]$/, ''))

const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9_.]/g, '')

/** What a field's values should look like, from its format, enum and name. */
function kindOf(node: FieldNode, segs: string[]): Detector | undefined {
  const leaf = segs[segs.length - 1]!.toLowerCase()
  const parent = (segs[segs.length - 2] ?? '').toLowerCase()
  // (an event's e-mail identity, endUserIDs._experience.emailid.id, holds the address too)
  if (node.format === 'email' || (leaf === 'address' && parent.endsWith('email')) || (leaf === 'id' && parent === 'emailid')) return 'email'
  if (node.format === 'uri' || node.format === 'url' || leaf === 'url') return 'url'
  if ((leaf === 'number' && parent.endsWith('phone')) || (leaf === 'id' && parent === 'phonenumberid')) return 'phone'
  if (leaf === 'countrycode' && !parent.endsWith('phone')) return 'countryCode'
  if (leaf === 'currencycode') return 'currencyCode'
  if (leaf === 'postalcode') return 'postalCode'
  if (leaf === 'latitude') return 'latitude'
  if (leaf === 'longitude') return 'longitude'
  if (leaf === 'gender') return 'gender'
  if (leaf === 'birthdayandmonth') return 'dayMonth'
  if (leaf === 'birthyear') return 'year'
  if (leaf === 'ipv4' || leaf === 'ipv6') return 'ip'
  if (leaf === 'courtesytitle') return 'courtesy'
  if (leaf === 'sku') return 'sku'
  if (leaf === 'ianatimezone') return 'ianaZone'
  return undefined
}

const ADDRESS_INTERNALS = new Set(['status', 'statusreason', 'label', 'primary', 'lastverifieddate', 'dmaid', 'msaid', 'validity', 'type'])
const CONTAINERS = /(address|phone|email|geo|^shipping|^billing)$/i
const MEASURES = new Set(['cartabandons', 'checkouts', 'productlistadds', 'productlistopens', 'productlistremovals', 'productlistreopens', 'productlistviews', 'productviews',
  'purchases', 'saveforlaters', 'instantpurchase', 'instorepurchase', 'requisitionlistopens', 'requisitionlistdeletes', 'requisitionlistadds', 'requisitionlistremovals',
  'pageviews', 'linkclicks', 'poientries', 'poiexits'])

/** System, audit and internal fields (see Target.system). */
function isSystem(segs: string[]): boolean {
  const lower = segs.map((s) => s.toLowerCase())
  const leaf = lower[lower.length - 1]!
  const parent = lower[lower.length - 2] ?? ''
  if (lower.some((s) => s === '_repo' || s.startsWith('repository') || s.endsWith('bybatchid'))) return true
  if (leaf === '_id' && lower.length > 1) return true
  if (leaf === 'description' && parent === '_schema') return true
  if (leaf === 'elevation') return true
  if (lower.some((s) => s === 'poiinteraction' || s === 'activepois' || s === 'geoshape' || s === 'beaconinteractiondetails' || s === 'geointeractiondetails')) return true
  if (ADDRESS_INTERNALS.has(leaf) && CONTAINERS.test(parent)) return true
  if (lower[0] === 'enduserids' && leaf !== 'id') return true
  if (leaf === 'eventmergeid' || leaf === 'producedby' || lower[0] === 'identitymap') return true
  if ((leaf === 'id' || leaf === 'value') && MEASURES.has(parent)) return true
  return false
}

/** Parent objects that are entities of their own: a column lands inside only when it names them. */
const ENTITIES: Record<string, string[]> = table({
  assistantdetails: ['assistant'], returns: ['return'], returnitem: ['return'], refunds: ['refund'], payments: ['payment'], challenges: ['challenge'], tasks: ['task'],
  badges: ['badge'], coupons: ['coupon'], giveaways: ['giveaway'], referrals: ['referral'], cart: ['cart'], requisitionlist: ['requisition'], selectedoptions: ['option'],
  pointsexpiration: ['expiry'], commercescope: ['store', 'website'], useragentclienthints: ['hint'], accountkey: ['account'], convertedcontactkey: ['converted'], matchedaccount: ['matched'],
})

// ("is" of a boolean leaf says only that it is one: isBlocked means blocked, as its title "Blocked Indicator" does)
const STOP = new Set(['and', 'of', 'the', 'to', 'in', 'for', 'is'])

const family = (q: string): string => QUALIFIER_FAMILY[q] ?? q

/** Leaves whose meaning is narrower than their name's words: a price total is a total. */
const CORE: Record<string, string[]> = table({
  pricetotal: ['total'], purchaseid: ['purchase', 'id'], stateprovince: ['state'], companywebsite: ['website'],
  // (a B2B person's source is the source: "Source", "Kaynak", "Origem" say all of it)
  personsource: ['source'],
  'webpagedetails.name': ['page', 'name'], 'webpagedetails.url': ['page', 'url'], 'webreferrer.url': ['referrer'], 'browserdetails.name': ['browser'],
})

export function targetsOf(catalog: FieldCatalog): Target[] {
  return leaves(catalog).filter((n) => !n.path.includes('{}')).map((node) => {
    const segs = segments(node.path)
    const last = segs[segs.length - 1]!
    const contextList = segs.slice(0, -1).filter((s) => !/^_[a-z]+$/i.test(s) || s === '_schema').flatMap(fieldTokens)
    let leafCore = fieldTokens(last).filter((x) => !/^\d+$/.test(x) && x.length > 1 && !STOP.has(x))
    // a generic leaf (phone "number", email "address", product "name") means what its parent names
    if (leafCore.every((x) => GENERIC_LEAVES.has(x)) && segs.length > 1) {
      const parentCore = fieldTokens(segs[segs.length - 2]!).filter((x) => !QUALIFIERS.has(x) && x !== 'list' && x !== 'detail' && x !== 'item')
      leafCore = parentCore.length ? parentCore : leafCore
    }
    const tail2 = segs.slice(-2).join('.').toLowerCase()
    const synonyms = [...(FIELD_SYNONYMS[tail2] ?? []), ...(FIELD_SYNONYMS[last.toLowerCase()] ?? [])].map(stem)
    const leaf = new Set([...leafCore, ...fieldTokens(last), ...synonyms])
    const system = isSystem(segs)
    const entities = segs.slice(0, -1).flatMap((seg) => ENTITIES[seg.toLowerCase()] ?? [])
    const t: Target = {
      destination: node.path.replace(/\[\]/g, '[0]'), node, leaf, leafCore, context: new Set(contextList),
      title: new Set(fieldTokens(node.title ?? '').filter((x) => !QUALIFIERS.has(x))), system,
      addressLike: /(address|phone|email|geo)$/i.test(segs[segs.length - 2] ?? ''),
      inAddress: /(address|geo)$/i.test(segs[segs.length - 2] ?? ''),
      entities, exactNames: new Set([...(fieldTokens(last).length >= 2 && compact(last).length >= 10 ? [compact(last)] : []), compact(segs.slice(-2).join('')), compact(segs.slice(-2).join('.')), compact(node.path)]),
    }
    // the qualifier of the data-type instance: workAddress, homePhone, billingAddressPhone, commerce.shipping
    const qualifying = segs.slice(0, -1).find((seg) => CONTAINERS.test(seg) && fieldTokens(seg).some((x) => QUALIFIERS.has(x))) ??
      segs.slice(0, -1).find((seg) => QUALIFIERS.has(seg.toLowerCase())) ?? (CONTAINERS.test(last) ? last : undefined)
    const q = qualifying ? fieldTokens(qualifying).find((x) => QUALIFIERS.has(x)) : undefined
    if (q) t.qualifier = family(q)
    if (q && qualifying) t.typeKey = segs.map((seg) => { if (seg !== qualifying) return seg.toLowerCase(); const w = fieldTokens(seg).filter((x) => !QUALIFIERS.has(x)); return (w.length > 1 ? w.filter((x) => x !== 'address') : w).join('') }).join('.')
    // words of the qualifier are context, not the leaf's meaning (shippingAmount means an amount)
    if (q) { t.leafCore = t.leafCore.filter((x) => !QUALIFIERS.has(x)); for (const x of [...t.leaf]) if (QUALIFIERS.has(x)) t.leaf.delete(x) }
    const over = CORE[tail2] ?? CORE[last.toLowerCase()]
    if (over) t.leafCore = over
    const k = kindOf(node, segs)
    if (k) t.kind = k
    if (segs[0] === 'productListItems') t.level = 'line'
    else if (segs[0] === 'commerce' && segs[1] === 'order') t.level = 'order'
    const m = /^street(\d)$/i.exec(last)
    if (m) t.index = +m[1]!
    return t
  })
}
