import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { XdmapError } from '../util/errors.js'
import { writeFileAtomic } from '../util/atomic-file.js'
import type { Credentials } from './credentials.js'
import { httpError, request, type HttpRequest, type HttpResponse, type RetryOptions } from './http.js'
import { TokenProvider } from './ims.js'

export const XED_FULL = 'application/vnd.adobe.xed-full+json; version=1'
export const XED_FULL_DESC = 'application/vnd.adobe.xed-full-desc+json; version=1'

export type Container = 'global' | 'tenant'

/** Adobe's own schemas live in the global container; anything with a tenant namespace in the tenant one. */
export function containerOf(id: string): Container {
  if (/^https:\/\/ns\.adobe\.com\/(xdm|experience)\//.test(id)) return 'global'
  if (/^_(xdm|experience)\./.test(id)) return 'global'
  return 'tenant'
}

export interface RegistryOptions {
  credentials: Credentials
  retry?: RetryOptions
  tokens?: TokenProvider
}

/** A Schema Registry client: authenticated GETs with every header AEP requires, one retry on an expired token. */
export class RegistryClient {
  readonly credentials: Credentials
  readonly tokens: TokenProvider
  private readonly retry: RetryOptions

  constructor(options: RegistryOptions) {
    this.credentials = options.credentials
    this.retry = options.retry ?? {}
    this.tokens = options.tokens ?? new TokenProvider(options.credentials, { retry: this.retry })
  }

  private async get(path: string, accept: string, extra: Record<string, string> = {}): Promise<{ req: HttpRequest; res: HttpResponse }> {
    const c = this.credentials
    const send = async (): Promise<{ req: HttpRequest; res: HttpResponse }> => {
      const req: HttpRequest = {
        url: `${c.platformUrl}/data/foundation/schemaregistry${path}`,
        headers: {
          authorization: `Bearer ${await this.tokens.get()}`,
          'x-api-key': c.clientId,
          'x-gw-ims-org-id': c.orgId,
          'x-sandbox-name': c.sandbox,
          accept,
          ...extra,
        },
      }
      return { req, res: await request(req, this.retry) }
    }
    let r = await send()
    if (r.res.status === 401) {
      // an expired or revoked token: ask IMS once more, then give up
      this.tokens.invalidate()
      r = await send()
    }
    return r
  }

  /**
   * Fetches a schema by `$id` or `meta:altId` in the registry's resolved shape (`xed-full`, or `xed-full-desc`
   * with descriptors). With an ETag, a 304 answer gives `{ notModified: true }`.
   */
  async getSchema(id: string, options: { descriptors?: boolean; container?: Container; etag?: string } = {}): Promise<{ schema?: Record<string, unknown>; etag?: string; notModified?: boolean }> {
    const container = options.container ?? containerOf(id)
    const accept = options.descriptors ? XED_FULL_DESC : XED_FULL
    const { req, res } = await this.get(`/${container}/schemas/${encodeURIComponent(id)}`, accept, options.etag ? { 'if-none-match': options.etag } : {})
    if (res.status === 304) return { notModified: true }
    if (res.status !== 200) throw httpError(req, res, `schema ${id} (${container} container)`)
    let schema: Record<string, unknown>
    try {
      schema = JSON.parse(res.text) as Record<string, unknown>
    } catch {
      throw new XdmapError('AEP_HTTP_ERROR', `The registry answered 200 for ${id} with a body that is not JSON`)
    }
    const etag = res.headers.get('etag') ?? undefined
    return etag ? { schema, etag } : { schema }
  }
}

/** On-disk cache of pulled schemas: `<dir>/<sandbox>/<encoded id>.json` holding { id, etag, fetchedAt, schema }. */
export interface CachedSchema {
  id: string
  etag?: string
  fetchedAt: string
  descriptors: boolean
  schema: Record<string, unknown>
}

export function cachePath(dir: string, sandbox: string, id: string, descriptors: boolean): string {
  return join(dir, encodeURIComponent(sandbox), `${encodeURIComponent(id)}${descriptors ? '.desc' : ''}.json`)
}

export async function readCache(file: string): Promise<CachedSchema | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CachedSchema
  } catch {
    return undefined
  }
}

export async function writeCache(file: string, entry: CachedSchema): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true })
  await writeFileAtomic(file, JSON.stringify(entry, null, 2) + '\n')
}
