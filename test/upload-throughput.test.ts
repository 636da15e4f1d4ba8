import { createHash } from 'node:crypto'
import { mkdirSync, openSync, rmSync, writeSync, closeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCredentials } from '../src/aep/credentials.js'
import { upload, verifyParts } from '../src/aep/upload.js'
import type { Manifest } from '../src/output/manifest.js'
import { SCHEMA_ID, standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'

/**
 * Throughput of `upload` against the loopback stand-in (which hashes every byte it receives). Skipped unless
 * XDMAP_UPLOAD_BENCH_MB is set: `XDMAP_UPLOAD_BENCH_MB=1024 npx vitest run test/upload-throughput.test.ts`.
 * The output is generated under /tmp (JSON Lines part files of at most 256 MiB and a manifest), not by `run`.
 */
const MB = Number(process.env.XDMAP_UPLOAD_BENCH_MB ?? 0)
const dir = join(process.env.XDMAP_UPLOAD_BENCH_DIR ?? '/tmp', `xdmap-upload-bench-${process.pid}`)
let aep: Standin

describe.skipIf(!MB)('upload throughput', () => {
  beforeAll(async () => {
    aep = await startStandin()
    mkdirSync(dir, { recursive: true })
    const record = (i: number) => JSON.stringify({ _id: `C-${i}`, person: { name: { firstName: 'Ewart', lastName: 'Bennedsen' }, birthDate: '2004-09-25' }, personalEmail: { address: `user${i}@example.com` }, homeAddress: { city: 'Anniston', postalCode: '36205', countryCode: 'US' } }) + '\n'
    const total = MB * 1024 * 1024
    const per = 256 * 1024 * 1024
    const files: Manifest['files'] = []
    let i = 0, written = 0
    // parts of at most 256 MiB (a run's default --max-file-bytes): each goes as one PUT
    for (let part = 1; written < total - 1024; part++) {
      const name = `part-${String(part).padStart(5, '0')}.json`
      const fd = openSync(join(dir, name), 'w')
      const hash = createHash('sha256')
      let bytes = 0, rows = 0
      const target = Math.min(per, total - written)
      while (bytes < target) {
        const lines: string[] = []
        let chunk = 0
        for (;;) {
          const l = record(i)
          if (chunk >= (1 << 20) || bytes + chunk + l.length > target) break
          lines.push(l); chunk += l.length; rows++; i++
        }
        if (!lines.length) break
        const buf = Buffer.from(lines.join(''))
        writeSync(fd, buf)
        hash.update(buf)
        bytes += buf.length
      }
      closeSync(fd)
      files.push({ name, rows, bytes, sha256: hash.digest('hex') })
      written += bytes
    }
    const manifest = { manifestVersion: 1, tool: 'xdmap', status: 'ok', schema: { id: SCHEMA_ID, source: 'bench' }, format: 'json', isMultiLineJson: false, options: { maxErrors: '5%' }, files, finishedAt: new Date().toISOString() }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  }, 600_000)
  afterAll(async () => {
    await aep?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`uploads ${MB} MiB${process.env.XDMAP_UPLOAD_BENCH_LARGE ? ' with the large-file protocol' : ''}`, async () => {
    const manifest = (await import(join(dir, 'manifest.json'), { with: { type: 'json' } })).default as Manifest
    const bytes = manifest.files.reduce((a, f) => a + f.bytes, 0)
    const t0 = performance.now()
    await verifyParts(dir, manifest)
    const verifyMs = performance.now() - t0
    const t1 = performance.now()
    const large = process.env.XDMAP_UPLOAD_BENCH_LARGE ? { largeFileBytes: 1024 * 1024 } : {}
    const r = await upload(dir, { datasetId: 'ds-profile', credentials: await loadCredentials({ env: standinEnv(aep.url) }), ...large })
    const totalMs = performance.now() - t1
    const b = aep.batches.get(r.batchId)!
    for (const f of manifest.files) expect(b.files.get(f.name)).toMatchObject({ bytes: f.bytes, sha256: f.sha256 })
    const mib = bytes / 1024 / 1024
    const line = `upload ${mib.toFixed(0)} MiB in ${manifest.files.length} files${large.largeFileBytes ? ' (large-file protocol, 64 MiB chunks)' : ' (one PUT each)'}: verify-only pass ${(verifyMs / 1000).toFixed(2)} s (${(mib / (verifyMs / 1000)).toFixed(0)} MiB/s); upload() total ${(totalMs / 1000).toFixed(2)} s = ${(mib / (totalMs / 1000)).toFixed(0)} MiB/s (verify + send, server hashing)`
    console.log(line)
    writeFileSync(join(process.env.XDMAP_UPLOAD_BENCH_OUT ?? '/tmp', 'xdmap-upload-bench.txt'), line + '\n', { flag: 'a' })
  }, 600_000)
})
