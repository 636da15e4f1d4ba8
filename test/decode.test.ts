import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isUtf8 } from 'node:buffer'
import { decode, encodingHint, hasInvalidBytes, normalizeEncoding, rawBytes, type DecodeStats, type Encoding } from '../src/csv/decode.js'

async function decodeAll(bytes: Uint8Array, encoding: Encoding = 'utf8', chunk = 3): Promise<{ text: string; stats: DecodeStats }> {
  async function* src(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk)
  }
  const stats: DecodeStats = { encoding, bom: false, bytes: 0, invalid: false }
  let text = ''
  for await (const t of decode(src(), { encoding, stats })) text += t
  return { text, stats }
}

describe('decode', () => {
  it('strips a UTF-8 BOM and keeps multi-byte characters split across chunks', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 7 }), async (s, chunk) => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])
      const { text, stats } = await decodeAll(bytes, 'utf8', chunk)
      expect(text).toBe(s)
      expect(stats.bom).toBe(true)
      expect(stats.invalid).toBe(false)
      expect(stats.bytes).toBe(bytes.length)
    }))
  })

  it('switches to UTF-16 when it sees a UTF-16 BOM, whatever the option says', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\nZoë,東京\n', 'utf16le')])
    const r = await decodeAll(le, 'utf8', 5)
    expect(r.text).toBe('a,b\nZoë,東京\n')
    expect(r.stats.encoding).toBe('utf16le')
    const be = Buffer.from(le).swap16()
    expect((await decodeAll(be, 'utf8', 5)).text).toBe('a,b\nZoë,東京\n')
  })

  it('decodes windows-1252 and true latin1 differently in 0x80-0x9F', async () => {
    const bytes = Buffer.from([0x80, 0x93, 0x94, 0xe9])
    expect((await decodeAll(bytes, 'windows-1252')).text).toBe('€“”é')
    expect((await decodeAll(bytes, 'latin1')).text).toBe('\u0080\u0093\u0094é')
  })

  it('flags invalid UTF-8 (a windows-1252 file read as UTF-8) but not a genuine U+FFFD', async () => {
    expect((await decodeAll(Buffer.from([0x61, 0xe9, 0x62]))).stats.invalid).toBe(true)
    expect((await decodeAll(Buffer.from('a\uFFFDb', 'utf8'), 'utf8', 100)).stats.invalid).toBe(false)
  })

  it('hashes the raw bytes', async () => {
    const { stats } = await decodeAll(Buffer.from('abc'))
    expect(stats.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('decodes UTF-8 as TextDecoder does when valid, and invalid bytes as Python\'s surrogateescape, however the bytes are chunked; rawBytes gives the bytes back', async () => {
    // the oracle: at each byte, the well-formed sequence TextDecoder (fatal) accepts, else the byte as U+DC00 + byte
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    const reference = (data: Uint8Array): string => {
      let out = ''
      for (let i = 0; i < data.length;) {
        let len = 0
        for (let n = 1; n <= 4 && i + n <= data.length && !len; n++) { try { fatal.decode(data.subarray(i, i + n)); len = n } catch { /* not this length */ } }
        if (len) { out += fatal.decode(data.subarray(i, i + len)); i += len } else { out += String.fromCharCode(0xdc00 + data[i]!); i++ }
      }
      return out
    }
    const bytes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 30 }),
      fc.array(fc.constantFrom(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xff, 0x41, 0x0a, 0xef, 0xbf, 0xbd, 0xc0, 0xf4, 0x90, 0xe0), { maxLength: 30 }).map((a) => Uint8Array.from(a)),
    )
    await fc.assert(fc.asyncProperty(bytes, fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 4 }), async (b, sizes) => {
      const data = Uint8Array.from([0x41, 0x42, 0x43, ...b]) // no BOM at the start
      const chunks: Uint8Array[] = []
      for (let pos = 0, k = 0; pos < data.length; k++) { const n = sizes[k % sizes.length]!; chunks.push(data.subarray(pos, pos + n)); pos += n }
      const stats: DecodeStats = { encoding: 'utf8', bom: false, bytes: 0, invalid: false }
      let text = ''
      for await (const t of decode((async function* () { yield* chunks })(), { encoding: 'utf8', stats })) text += t
      const expected = reference(data)
      expect(text).toBe(expected)
      const valid = isUtf8(data)
      if (valid) expect(text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(data))
      expect(stats.invalid).toBe(!valid)
      expect(hasInvalidBytes(text)).toBe(!valid)
      expect(Buffer.compare(rawBytes(text, 'utf8'), Buffer.from(data))).toBe(0)
    }), { numRuns: 3000 })
  })

  it('tells invalid bytes per row: a genuine U+FFFD after an invalid byte is fine', async () => {
    const { text, stats } = await decodeAll(Uint8Array.from([...Buffer.from('a\n'), 0xe9, ...Buffer.from('\nb\uFFFD\n')]), 'utf8', 2)
    expect(stats.invalid).toBe(true)
    const rows = text.split('\n')
    expect(rows.map(hasInvalidBytes)).toEqual([false, true, false, false])
    expect(rawBytes(rows[1]!, 'utf8')).toEqual(Buffer.from([0xe9]))
  })

  it('recognises UTF-16 without a BOM by its NUL bytes, and leaves UTF-8 with a stray NUL alone', async () => {
    const s = 'id,name\n1,Zoë\n2,東京\n'
    for (const chunk of [1, 5, 1000]) {
      const le = await decodeAll(Buffer.from(s, 'utf16le'), 'utf8', chunk)
      expect([le.text, le.stats.encoding, le.stats.detected, le.stats.bom]).toEqual([s, 'utf16le', true, false])
      const be = await decodeAll(Buffer.from(s, 'utf16le').swap16(), 'utf8', chunk)
      expect([be.text, be.stats.encoding]).toEqual([s, 'utf16be'])
    }
    // invalid UTF-16 (a lone surrogate, a last odd byte) is kept and flagged, whatever the chunking
    for (const chunk of [1, 3, 1000]) {
      const bad = Buffer.concat([Buffer.from('a,b\n1,', 'utf16le'), Buffer.from([0x67, 0xd8]), Buffer.from('x\n', 'utf16le'), Buffer.from([0x41])])
      const r = await decodeAll(Buffer.concat([Buffer.from([0xff, 0xfe]), bad]), 'utf8', chunk)
      expect([r.text, r.stats.invalid]).toEqual(['a,b\n1,\uD867x\n\uDC41', true])
    }
    const nul = await decodeAll(Buffer.from('id,name\n1,a\u0000b\n2,c\n'), 'utf8')
    expect(nul.stats.encoding).toBe('utf8')
    expect((await decodeAll(Buffer.from(s, 'utf16le'), 'windows-1252')).stats.encoding).toBe('windows-1252')
  })

  it('gives back the original bytes of a raw row in every encoding', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const td = (bytes: Uint8Array, enc: 'windows-1252' | 'latin1') => Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => enc === 'latin1' ? c : new TextDecoder('windows-1252').decode(Uint8Array.of(c.charCodeAt(0)), { stream: true }))
    expect(rawBytes(td(all, 'latin1'), 'latin1')).toEqual(Buffer.from(all))
    expect(rawBytes('€“”éŸ\u0081', 'windows-1252')).toEqual(Buffer.from([0x80, 0x93, 0x94, 0xe9, 0x9f, 0x81]))
    expect(rawBytes('a\uD800b', 'utf16le')).toEqual(Buffer.from([0x61, 0, 0x00, 0xd8, 0x62, 0]))
    expect(rawBytes('ab', 'utf16be')).toEqual(Buffer.from([0, 0x61, 0, 0x62]))
    // invalid UTF-16 (a lone surrogate) written as UTF-8 stays invalid: its 3-byte form, read back as invalid bytes (fuzz case)
    expect(rawBytes('a\uD867b\uDCE9', 'utf8')).toEqual(Buffer.from([0x61, 0xed, 0xa1, 0xa7, 0x62, 0xe9]))
  })

  it('hints at --encoding for a header with invalid bytes or U+FFFD', () => {
    expect(encodingHint('id,name', 'utf8')).toBeUndefined()
    expect(encodingHint('id,n\uDCE9me', 'utf8')).toMatch(/--encoding windows-1252/)
    expect(encodingHint('id,n\uFFFDme', 'utf8')).toMatch(/--encoding windows-1252/)
    expect(encodingHint('id,n\uFFFDme', 'windows-1252')).toMatch(/--encoding utf8/)
  })

  it('tells a U+FFFD the file holds from one the decoder made, also when its bytes are split between chunks', async () => {
    for (const chunk of [1, 2, 3, 4]) {
      const genuine = await decodeAll(Buffer.from('a,\uFFFD\uFFFD\n'), 'utf8', chunk)
      expect(genuine.text).toBe('a,\uFFFD\uFFFD\n')
      expect(genuine.stats.invalid, `chunk ${chunk}`).toBe(false)
      const broken = await decodeAll(Uint8Array.from([0x61, 0x2c, 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0x0a]), 'utf8', chunk)
      expect(broken.stats.invalid, `chunk ${chunk}`).toBe(true)
    }
  })

  it('names the encodings it knows', () => {
    expect(normalizeEncoding('UTF-8')).toBe('utf8')
    expect(normalizeEncoding('cp1252')).toBe('windows-1252')
    expect(() => normalizeEncoding('ebcdic')).toThrow(/Unknown encoding "ebcdic"/)
  })
})
