import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonLinesSink } from '../src/output/jsonl.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-sinks-')
let n = 0

async function writeAll(dir: string, lines: string[], options: Partial<Parameters<typeof jsonLinesSink>[0]> = {}) {
  const sink = jsonLinesSink({ dir, ...options })
  for (const l of lines) await sink.write(Buffer.from(l + '\n'))
  return sink.finish()
}

describe('JSON Lines sink', () => {
  it('rolls to a new file before one would pass maxFileBytes, and reports exact bytes and sha256', async () => {
    const dir = join(base, 'roll')
    const lines = Array.from({ length: 100 }, (_, i) => JSON.stringify({ i, s: 'é'.repeat(i % 7) }))
    const files = await writeAll(dir, lines, { maxFileBytes: 1024 })
    expect(files.length).toBeGreaterThan(1)
    let rows = 0
    for (const f of files) {
      const buf = readFileSync(join(dir, f.name))
      expect(buf.length).toBe(f.bytes)
      expect(buf.length).toBeLessThanOrEqual(1024)
      expect(createHash('sha256').update(buf).digest('hex')).toBe(f.sha256)
      expect(buf.toString().split('\n').filter(Boolean).length).toBe(f.rows)
      rows += f.rows
    }
    expect(rows).toBe(100)
    expect(files.map((f) => f.name)).toEqual(files.map((_, i) => `part-${String(i + 1).padStart(5, '0')}.json`))
    expect(files.map((f) => readFileSync(join(dir, f.name), 'utf8')).join('')).toBe(lines.join('\n') + '\n')
  })

  it('rolls by row count', async () => {
    const dir = join(base, 'rows')
    const files = await writeAll(dir, Array.from({ length: 10 }, (_, i) => `{"i":${i}}`), { maxRows: 4 })
    expect(files.map((f) => f.rows)).toEqual([4, 4, 2])
  })

  it('writes valid JSON arrays in multiline mode, within the size limit', async () => {
    const dir = join(base, 'multi')
    const files = await writeAll(dir, Array.from({ length: 50 }, (_, i) => `{"i":${i}}`), { multiline: true, maxFileBytes: 200 })
    const all = files.flatMap((f) => {
      const text = readFileSync(join(dir, f.name), 'utf8')
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200)
      expect(Buffer.byteLength(text)).toBe(f.bytes)
      return JSON.parse(text) as { i: number }[]
    })
    expect(all.map((x) => x.i)).toEqual(Array.from({ length: 50 }, (_, i) => i))
  })

  it('leaves no temporary files behind, and abort removes them', async () => {
    const dir = join(base, 'tmp')
    await writeAll(dir, ['{"a":1}'])
    expect(readdirSync(dir)).toEqual(['part-00001.json'])
    const dir2 = join(base, 'abort')
    const sink = jsonLinesSink({ dir: dir2 })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir2)
    sink.write(Buffer.from('{"a":1}\n'))
    await sink.abort()
    expect(readdirSync(dir2)).toEqual([])
  })

  it('writes batches of lines (writeLines) into the same files, bytes and rows as line by line', async () => {
    const options = [{ maxFileBytes: 1024 }, { maxRows: 7 }, { maxFileBytes: 300, maxRows: 3 }, { multiline: true, maxFileBytes: 400 }, {}]
    await fc.assert(fc.asyncProperty(fc.array(fc.array(fc.option(fc.string({ maxLength: 40 }), { nil: undefined, freq: 4 }), { maxLength: 30 }), { maxLength: 8 }), fc.constantFrom(...options), async (batches, opts) => {
      const dir = join(base, `lines-${n++}`)
      const one = await writeAll(`${dir}-a`, batches.flat().filter((x): x is string => x !== undefined).map((x) => JSON.stringify({ x })), opts)
      const sink = jsonLinesSink({ dir: `${dir}-b`, ...opts })
      for (const batch of batches) {
        // undefined: a row without a line (rejected), length -1
        const lines = batch.map((x) => (x === undefined ? undefined : Buffer.from(JSON.stringify({ x }) + '\n')))
        await sink.writeLines(Buffer.concat(lines.flatMap((l) => (l ? [l] : []))), Int32Array.from(lines.map((l) => l?.length ?? -1)))
      }
      const many = await sink.finish()
      expect(many).toEqual(one)
      for (const f of many) expect(readFileSync(join(`${dir}-b`, f.name), 'utf8')).toBe(readFileSync(join(`${dir}-a`, f.name), 'utf8'))
    }), { numRuns: 60 })
  })

  it('writes nothing for no records', async () => {
    expect(await writeAll(join(base, 'none'), [])).toEqual([])
  })
})
