import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode, normalizeEncoding, type DecodeStats, type Encoding } from '../src/index.js'

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

  it('decodes UTF-8 exactly as TextDecoder does, valid or not, however the bytes are chunked', async () => {
    const bytes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }).map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 30 }),
      fc.array(fc.constantFrom(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xff, 0x41, 0x0a, 0xef, 0xbf, 0xbd), { maxLength: 30 }).map((a) => Uint8Array.from(a)),
    )
    await fc.assert(fc.asyncProperty(bytes, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }), async (b, sizes) => {
      const data = Uint8Array.from([0x41, 0x42, 0x43, ...b]) // no BOM at the start
      const chunks: Uint8Array[] = []
      for (let pos = 0, k = 0; pos < data.length; k++) { const n = sizes[k % sizes.length]!; chunks.push(data.subarray(pos, pos + n)); pos += n }
      const stats = { encoding: 'utf8' as const, bom: false, bytes: 0, invalid: false }
      let text = ''
      for await (const t of decode((async function* () { yield* chunks })(), { encoding: 'utf8', stats })) text += t
      const expected = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)
      expect(text).toBe(expected)
      expect(stats.invalid).toBe(expected.split('\uFFFD').length > Buffer.from(data).toString('latin1').split('\u00ef\u00bf\u00bd').length)
    }), { numRuns: 2000 })
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
