import { createReadStream } from 'node:fs'
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { S3Client } from '@aws-sdk/client-s3'
import { XdmapError } from '../util/errors.js'

/**
 * Where a distributed run reads its input and writes its outputs: a shared filesystem (plain paths) or
 * S3-compatible object storage (`s3://bucket/key`). Keys are absolute paths for the filesystem and object keys for
 * S3; `join` builds them. Data only ever moves between storage and the machines: never through Redis.
 */
export interface Storage {
  readonly kind: 'fs' | 's3'
  /** The URL of a key, as a user would write it (`/data/x.csv`, `s3://bucket/x.csv`). */
  url(key: string): string
  join(key: string, ...parts: string[]): string
  /** Size in bytes and a version tag (mtime or ETag), or undefined if absent. */
  head(key: string): Promise<{ size: number; version: string } | undefined>
  /** Bytes [start, end) of an object (ranged GET on S3). */
  readRange(key: string, start: number, end: number): AsyncIterable<Uint8Array>
  readText(key: string): Promise<string | undefined>
  /** Writes a small object whole (atomically on the filesystem: temp name, then rename). */
  writeText(key: string, text: string): Promise<void>
  /** Stores a local file under `key` (a rename or copy on the filesystem; a multipart upload on S3 when large). */
  putFile(localPath: string, key: string, options?: { move?: boolean }): Promise<void>
  /** Keys directly or indirectly under a prefix (a directory on the filesystem). */
  list(prefix: string): Promise<string[]>
  /** Moves an object (rename on the filesystem; copy then delete on S3). */
  move(from: string, to: string): Promise<void>
  remove(key: string): Promise<void>
  /** Removes everything under a prefix. */
  removeAll(prefix: string): Promise<void>
  /** A local directory the key is, when the storage is a filesystem (so run() can write straight into it). */
  localPath(key: string): string | undefined
}

export interface Location {
  storage: Storage
  key: string
}

export function isS3Url(url: string): boolean {
  return /^s3:\/\//i.test(url)
}

/** `s3://bucket/key` or a path. */
export function openLocation(url: string, env: NodeJS.ProcessEnv = process.env): Location {
  if (isS3Url(url)) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url)
    if (!m || !m[1]) throw new XdmapError('USAGE', `${url} is not an S3 URL: write s3://bucket/key`)
    return { storage: new S3Storage(m[1], env), key: m[2]!.replace(/\/+$/, '') }
  }
  return { storage: fsStorage, key: resolve(url) }
}

class FsStorage implements Storage {
  readonly kind = 'fs' as const
  url(key: string): string { return key }
  join(key: string, ...parts: string[]): string { return join(key, ...parts) }
  localPath(key: string): string { return key }
  async head(key: string): Promise<{ size: number; version: string } | undefined> {
    try {
      const s = await stat(key)
      if (s.isDirectory()) throw new XdmapError('IO_ERROR', `${key} is a directory, not a file`, { file: key })
      return { size: s.size, version: `${s.size}-${s.mtimeMs}` }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }
  readRange(key: string, start: number, end: number): AsyncIterable<Uint8Array> {
    if (end <= start) return (async function* () {})()
    return createReadStream(key, { start, end: end - 1, highWaterMark: 1 << 17 })
  }
  async readText(key: string): Promise<string | undefined> {
    try { return await readFile(key, 'utf8') } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw e
    }
  }
  async writeText(key: string, text: string): Promise<void> {
    await mkdir(dirname(key), { recursive: true })
    const tmp = `${key}.${randomUUID()}.tmp`
    const h = await open(tmp, 'w')
    try { await h.writeFile(text); await h.sync() } finally { await h.close() }
    await rename(tmp, key)
  }
  async putFile(localPath: string, key: string, options: { move?: boolean } = {}): Promise<void> {
    if (localPath === key) return
    await mkdir(dirname(key), { recursive: true })
    if (options.move) {
      try { await rename(localPath, key); return } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e
      }
    }
    const tmp = `${key}.${randomUUID()}.tmp`
    await copyFile(localPath, tmp)
    await rename(tmp, key)
    if (options.move) await rm(localPath, { force: true })
  }
  async list(prefix: string): Promise<string[]> {
    const out: string[] = []
    const walk = async (dir: string): Promise<void> => {
      let entries
      try { entries = await readdir(dir, { withFileTypes: true }) } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return
        throw e
      }
      for (const d of entries) {
        const p = join(dir, d.name)
        if (d.isDirectory()) await walk(p)
        else out.push(p)
      }
    }
    await walk(prefix)
    return out.sort()
  }
  async move(from: string, to: string): Promise<void> {
    await mkdir(dirname(to), { recursive: true })
    await rename(from, to)
  }
  async remove(key: string): Promise<void> { await rm(key, { force: true }) }
  async removeAll(prefix: string): Promise<void> { await rm(prefix, { recursive: true, force: true }) }
}

export const fsStorage: Storage = new FsStorage()

/** Bytes of one part of a multipart upload (S3's minimum is 5 MiB). `XDMAP_S3_PART_BYTES` overrides. */
function partBytes(env: NodeJS.ProcessEnv): number {
  const n = Number(env.XDMAP_S3_PART_BYTES ?? 16 * 1024 * 1024)
  return Number.isFinite(n) && n >= 5 * 1024 * 1024 ? n : 16 * 1024 * 1024
}

let sdk: typeof import('@aws-sdk/client-s3') | undefined
async function loadSdk(): Promise<typeof import('@aws-sdk/client-s3')> {
  // the SDK warns on Node < 22 about its releases after January 2027 (pinned in package.json): nothing a user can act on here
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  sdk ??= await import('@aws-sdk/client-s3')
  return sdk
}

/**
 * S3-compatible storage through @aws-sdk/client-s3. Endpoint, region and credentials come from the usual variables
 * (AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, AWS_REGION or AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY or the SDK's other sources); AWS_S3_FORCE_PATH_STYLE=true for servers that need
 * path-style URLs (MinIO, Ceph, local stand-ins).
 */
export class S3Storage implements Storage {
  readonly kind = 's3' as const
  readonly bucket: string
  private readonly env: NodeJS.ProcessEnv
  private client: S3Client | undefined

  constructor(bucket: string, env: NodeJS.ProcessEnv) {
    this.bucket = bucket
    this.env = env
  }

  private async s3(): Promise<S3Client> {
    if (this.client) return this.client
    const { S3Client } = await loadSdk()
    const env = this.env
    const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL
    this.client = new S3Client({
      region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: /^(1|true|yes)$/i.test(env.AWS_S3_FORCE_PATH_STYLE ?? ''),
      // keys from the given environment; otherwise the SDK's own chain (profiles, instance roles, ...)
      ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } }
        : {}),
      // S3-compatible servers do not all take the SDK's default trailing checksums
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    return this.client
  }

  private fail(op: string, key: string, e: unknown): never {
    if (e instanceof XdmapError) throw e
    throw new XdmapError('S3_ERROR', `S3 ${op} s3://${this.bucket}/${key} failed: ${(e as Error).name}: ${(e as Error).message}`, { file: `s3://${this.bucket}/${key}` })
  }

  url(key: string): string { return `s3://${this.bucket}/${key}` }
  join(key: string, ...parts: string[]): string { return [key, ...parts].filter((p) => p !== '').join('/') }
  localPath(): undefined { return undefined }

  async head(key: string): Promise<{ size: number; version: string } | undefined> {
    const { HeadObjectCommand } = await loadSdk()
    try {
      const r = await (await this.s3()).send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))
      return { size: Number(r.ContentLength ?? 0), version: String(r.ETag ?? r.LastModified?.toISOString() ?? '') }
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if (status === 404 || (e as Error).name === 'NotFound' || (e as Error).name === 'NoSuchKey') return undefined
      this.fail('HEAD', key, e)
    }
  }

  readRange(key: string, start: number, end: number): AsyncIterable<Uint8Array> {
    const self = this
    return (async function* () {
      if (end <= start) return
      const { GetObjectCommand } = await loadSdk()
      let body!: AsyncIterable<Uint8Array>
      try {
        const r = await (await self.s3()).send(new GetObjectCommand({ Bucket: self.bucket, Key: key, Range: `bytes=${start}-${end - 1}` }))
        body = r.Body as unknown as AsyncIterable<Uint8Array>
      } catch (e) { self.fail('GET', key, e) }
      let n = 0
      for await (const b of body) { n += b.length; yield b }
      if (n !== end - start) throw new XdmapError('S3_ERROR', `S3 GET s3://${self.bucket}/${key} bytes ${start}-${end - 1}: got ${n} bytes, expected ${end - start}`)
    })()
  }

  async readText(key: string): Promise<string | undefined> {
    const { GetObjectCommand } = await loadSdk()
    try {
      const r = await (await this.s3()).send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))
      return await r.Body!.transformToString('utf8')
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if (status === 404 || (e as Error).name === 'NoSuchKey') return undefined
      this.fail('GET', key, e)
    }
  }

  async writeText(key: string, text: string): Promise<void> {
    const { PutObjectCommand } = await loadSdk()
    try {
      await (await this.s3()).send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: Buffer.from(text, 'utf8') }))
    } catch (e) { this.fail('PUT', key, e) }
  }

  /** One PUT for a small file; a multipart upload (parts of XDMAP_S3_PART_BYTES, default 16 MiB) otherwise. */
  async putFile(localPath: string, key: string, options: { move?: boolean } = {}): Promise<void> {
    const { PutObjectCommand, CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, AbortMultipartUploadCommand } = await loadSdk()
    const s3 = await this.s3()
    const size = (await stat(localPath)).size
    const part = partBytes(this.env)
    if (size <= part) {
      try {
        await s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: await readFile(localPath) }))
      } catch (e) { this.fail('PUT', key, e) }
    } else {
      let uploadId: string | undefined
      const h = await open(localPath, 'r')
      try {
        uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key }))).UploadId!
        const parts: { ETag: string; PartNumber: number }[] = []
        for (let off = 0, n = 1; off < size; off += part, n++) {
          const len = Math.min(part, size - off)
          const buf = Buffer.allocUnsafe(len)
          let got = 0
          while (got < len) got += (await h.read(buf, got, len - got, off + got)).bytesRead
          const r = await s3.send(new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: n, Body: buf, ContentLength: len }))
          parts.push({ ETag: r.ETag!, PartNumber: n })
        }
        await s3.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }))
      } catch (e) {
        if (uploadId) await s3.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId })).catch(() => {})
        this.fail('multipart upload', key, e)
      } finally { await h.close() }
    }
    if (options.move) await rm(localPath, { force: true })
  }

  async list(prefix: string): Promise<string[]> {
    const { ListObjectsV2Command } = await loadSdk()
    const s3 = await this.s3()
    const out: string[] = []
    const p = prefix.endsWith('/') || prefix === '' ? prefix : prefix + '/'
    let token: string | undefined
    try {
      do {
        const r = await s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: p, ...(token ? { ContinuationToken: token } : {}) }))
        for (const o of r.Contents ?? []) if (o.Key) out.push(o.Key)
        token = r.IsTruncated ? r.NextContinuationToken : undefined
      } while (token)
    } catch (e) { this.fail('LIST', prefix, e) }
    return out.sort()
  }

  async move(from: string, to: string): Promise<void> {
    const { CopyObjectCommand } = await loadSdk()
    try {
      await (await this.s3()).send(new CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: `${this.bucket}/${from.split('/').map(encodeURIComponent).join('/')}` }))
    } catch (e) { this.fail('COPY', from, e) }
    await this.remove(from)
  }

  async remove(key: string): Promise<void> {
    const { DeleteObjectCommand } = await loadSdk()
    try { await (await this.s3()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })) } catch (e) { this.fail('DELETE', key, e) }
  }

  async removeAll(prefix: string): Promise<void> {
    for (const k of await this.list(prefix)) await this.remove(k)
  }
}

/** Reads an object whole into memory (small objects: headers, markers). */
export async function readBytes(storage: Storage, key: string, start: number, end: number): Promise<Buffer> {
  const parts: Uint8Array[] = []
  for await (const b of storage.readRange(key, start, end)) parts.push(b)
  return Buffer.concat(parts)
}
