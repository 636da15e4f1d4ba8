import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createRequire } from 'node:module'
import { createValidator, EVERYDAY_URL, pointerToPath, prefixedKeywords, remembered } from '../src/validate.js'
import { XdmapError } from '../src/util/errors.js'
import { eventsCatalog, profileCatalog } from './helpers/fixtures.js'

describe('XDM validation', () => {
  it('gives full field paths, also for required fields, with the keyword and value', async () => {
    const v = createValidator((await eventsCatalog()).schema as Record<string, unknown>)
    expect(v({ _id: 'a', timestamp: '2020-01-01T00:00:00.000Z' })).toBeUndefined()
    const issues = v({ productListItems: [{ SKU: 'a', currencyCode: 'usd' }], commerce: { order: { payments: [{ paymentType: 'coins' }] } } })!
    expect(issues.map((i) => [i.code, i.field, i.value])).toEqual([
      ['XDM_REQUIRED', '_id', undefined],
      ['XDM_REQUIRED', 'timestamp', undefined],
      ['XDM_ENUM', 'commerce.order.payments[0].paymentType', 'coins'],
      ['XDM_PATTERN', 'productListItems[0].currencyCode', 'usd'],
    ])
    expect(issues.every((i) => i.class === 'validation')).toBe(true)
  })

  it('checks formats (date-time, email, uri) with ajv-formats', async () => {
    const v = createValidator((await eventsCatalog()).schema as Record<string, unknown>)
    const issues = v({ _id: 'a', timestamp: 'yesterday', web: { webPageDetails: { URL: 'not a uri' } } })!
    expect(issues.map((i) => [i.code, i.field])).toEqual([['XDM_FORMAT', 'timestamp'], ['XDM_FORMAT', 'web.webPageDetails.URL']])
    const p = createValidator((await profileCatalog()).schema as Record<string, unknown>)
    expect(p({ personalEmail: { address: 'x@' } })![0]!.code).toBe('XDM_FORMAT')
  })

  it('tells map keys from array indexes in paths', () => {
    expect(pointerToPath('/identityMap/0/0/id', { identityMap: { 0: [{ id: 1 }] } })).toBe('identityMap.0[0].id')
  })

  it('registers prefixed annotation keywords so strict mode can stay on', () => {
    expect([...prefixedKeywords({ 'meta:foo': 1, properties: { a: { 'xdm:bar': 2, items: { 'meta:baz': 3 } } } })]).toEqual(['meta:foo', 'xdm:bar', 'meta:baz'])
    const v = createValidator({ type: 'object', 'meta:brandNew': true, properties: { a: { type: 'string', 'xed:other': 1 } } })
    expect(v({ a: 'x' })).toBeUndefined()
  })

  it('rejects a schema with an unknown plain keyword (strict mode) as SCHEMA_INVALID', () => {
    expect(() => createValidator({ type: 'object', propertes: {} }, 'x.json')).toThrow(XdmapError)
    expect(() => createValidator({ type: 'object', propertes: {} }, 'x.json')).toThrow(/unknown keyword: "propertes"/)
  })
})

// ajv-formats' own full uri check (RFC 3986), the oracle of the everyday-URL shortcut
const fullUri = ((): ((s: string) => boolean) => {
  const require = createRequire(import.meta.url)
  const Ajv = require('ajv').default
  const ajv = new Ajv()
  require('ajv-formats').default(ajv)
  return ajv.formats.uri as (s: string) => boolean
})()

describe('remembered format checks', () => {
  it('give the answers of the check itself, whatever the order and repetition of the strings (property)', () => {
    const check = (x: string): boolean => /^[a-c]+:\/\/[a-c]*$/.test(x)
    fc.assert(fc.property(fc.array(fc.constantFrom('a://b', 'c://', 'a:/b', 'ab://ccc', '', 'x://a', 'b://b'), { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (strings, size) => {
      let calls = 0
      const r = remembered((x) => { calls++; return check(x) }, size)
      for (const x of strings) expect(r(x), x).toBe(check(x))
      expect(calls).toBeLessThanOrEqual(strings.length)
    }))
  })

  it('the everyday-URL shortcut accepts only what the full uri check accepts, and the uri format answers as the full check (property)', () => {
    const pieces = fc.constantFrom(...'abcXYZ019.-_~!$&\'()*+,;=:@/?#%[]{}|\\^` "<>'.split(''), '%20', '%zz', '%4', 'ü', '\n', '://', 'http', 'https')
    let matched = 0
    const v = createValidator({ type: 'object', properties: { u: { type: 'string', format: 'uri' } } }, 'inline')
    fc.assert(fc.property(fc.constantFrom('http://', 'https://', 'HTTP://', 'http:/', 'ftp://', ''), fc.array(pieces, { maxLength: 40 }), (pre, parts) => {
      const s = pre + parts.join('')
      if (EVERYDAY_URL.test(s)) { matched++; expect(fullUri(s), s).toBe(true) }
      expect(v({ u: s }) === undefined, s).toBe(fullUri(s))
    }), { numRuns: 20_000, seed: 11 })
    // the shortcut was taken often enough to be tested
    expect(matched).toBeGreaterThan(200)
  })

  it('check a uri field as before: a cached good URL does not let a bad one through', () => {
    const v = createValidator({ type: 'object', properties: { u: { type: 'string', format: 'uri' } } }, 'inline')
    expect(v({ u: 'https://shop.example.com/cart' })).toBeUndefined()
    expect(v({ u: 'https://shop.example.com/cart' })).toBeUndefined()
    expect(v({ u: 'not a uri' })?.[0]?.code).toBe('XDM_FORMAT')
    expect(v({ u: 'not a uri' })?.[0]?.code).toBe('XDM_FORMAT')
  })
})
