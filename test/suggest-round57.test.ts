// Rules of round 57 (tune1-124, first look on tune123-124; each test fails with its rule removed), checked on made-up headers.
import { describe, expect, it } from 'vitest'
import { decompound } from '../src/suggest/vocabulary/index.js'

describe('round 57 (tune123-124)', () => {
  it('a compound ends in a two-letter part only when it is an abbreviation (id, nr, no, ip, by; ts after a participle)', () => {
    expect(decompound('kundennr')).toEqual(['customer', 'number'])
    expect(decompound('clientid')).toEqual(['customer', 'id'])
    expect(decompound('createdts')).toEqual(['created', 'timestamp'])
    // (Spanish plurals are no operating system, English plurals no timestamp, "start" no state)
    for (const w of ['productos', 'usuarios', 'comentarios', 'eventstart', 'variants']) expect(decompound(w), w).toBeUndefined()
    expect(decompound('loyaltypoints')).toEqual(['loyalty', 'points'])
    // (two characters of Chinese or Japanese are a word)
    expect(decompound('紧急联系人电话')).toEqual(['emergency', 'contact', 'phone'])
  })
})
