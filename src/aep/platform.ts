import { XdmapError } from '../util/errors.js'
import type { Credentials } from './credentials.js'
import { httpError, NetworkError, retrying, sendFileOnce, where, type FileBody, type HttpResponse, type RetryOptions } from './http.js'
import { TokenProvider } from './ims.js'
import { redact } from './redact.js'

/**
 * Authenticated calls to the Platform APIs (Catalog, Batch Ingestion, Data Access): every header AEP requires
 * (Authorization, x-api-key, x-gw-ims-org-id, x-sandbox-name; Adobe's "Getting started" pages of each API), retries
 * from http.ts, and one fresh token after a 401 (IMS tokens have no refresh: ask again). Each call names its step
 * ("upload part-00002.json", "complete the batch"), and the errors it raises carry it:
 * - retries exhausted on the network, 429 or 5xx: AEP_UNAVAILABLE, exit 3 ("gave up on the network");
 * - 401/403: AEP_UNAUTHORIZED / AEP_FORBIDDEN, exit 2; any other 4xx: AEP_HTTP_ERROR naming the call, exit 2.
 */
export interface PlatformCall {
  /** What this call does, for messages: 'create the batch'. */
  step: string
  method: string
  /** Path under the platform URL ('/data/foundation/...'), or an absolute URL on the same origin. */
  path: string
  headers?: Record<string, string>
  /** JSON body (serialized here) or a file range streamed from disk. */
  json?: unknown
  file?: FileBody
}

export class PlatformClient {
  readonly credentials: Credentials
  readonly tokens: TokenProvider
  readonly retry: RetryOptions
  /** Requests sent (attempts included), for reports. */
  requests = 0

  constructor(options: { credentials: Credentials; tokens?: TokenProvider; retry?: RetryOptions }) {
    this.credentials = options.credentials
    this.retry = options.retry ?? {}
    this.tokens = options.tokens ?? new TokenProvider(options.credentials, { retry: this.retry })
  }

  url(path: string): string {
    if (/^https?:\/\//.test(path)) {
      // only ever send the token to the platform's own origin
      if (new URL(path).origin !== new URL(this.credentials.platformUrl).origin) throw new XdmapError('AEP_HTTP_ERROR', `Refusing to send credentials to ${new URL(path).origin}, which is not AEP_PLATFORM_URL`)
      return path
    }
    return `${this.credentials.platformUrl}${path}`
  }

  private async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const c = this.credentials
    return { authorization: `Bearer ${await this.tokens.get()}`, 'x-api-key': c.clientId, 'x-gw-ims-org-id': c.orgId, 'x-sandbox-name': c.sandbox, ...extra }
  }

  /** Sends the call (retries, one fresh token after a 401) and returns the answer, whatever its status. */
  async send(call: PlatformCall): Promise<HttpResponse> {
    const url = this.url(call.path)
    const timeoutMs = this.retry.timeoutMs ?? 30_000
    const once = async (): Promise<HttpResponse> => {
      const headers = await this.headers({ ...(call.json !== undefined ? { 'content-type': 'application/json' } : {}), ...call.headers })
      return retrying(`${call.step} (${where({ method: call.method, url })})`, async () => {
        this.requests++
        if (call.file) return sendFileOnce(call.method, url, headers, call.file, timeoutMs)
        let res: Response
        try {
          res = await fetch(url, { method: call.method, headers, ...(call.json !== undefined ? { body: JSON.stringify(call.json) } : {}), signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' })
          return { status: res.status, headers: res.headers, text: await res.text() }
        } catch (e) {
          const err = e as Error & { cause?: { code?: string } }
          throw new NetworkError(err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `connection failed (${err.cause?.code ?? err.message})`)
        }
      }, this.retry)
    }
    try {
      let res = await once()
      if (res.status === 401) {
        // an expired or revoked token: ask IMS once more, then give up
        this.tokens.invalidate()
        res = await once()
      }
      return res
    } catch (e) {
      if (e instanceof XdmapError && e.code === 'AEP_UNAVAILABLE') throw new XdmapError('AEP_UNAVAILABLE', `Gave up on the network at step "${call.step}": ${e.message}`, {}, 3)
      throw e
    }
  }

  /** Sends the call and insists on one of `ok`; anything else is an error naming the step. */
  async expect(call: PlatformCall, ok: number[], what = call.step): Promise<HttpResponse> {
    const res = await this.send(call)
    if (ok.includes(res.status)) return res
    throw this.error(call, res, what)
  }

  error(call: PlatformCall, res: HttpResponse, what: string): XdmapError {
    const base = httpError({ method: call.method, url: this.url(call.path) }, res, what)
    const network = res.status === 429 || res.status >= 500
    return new XdmapError(base.code === 'AEP_HTTP_ERROR' && network ? 'AEP_UNAVAILABLE' : base.code, `${network ? 'Gave up' : 'Failed'} at step "${call.step}": ${base.message}`, {}, network ? 3 : 2)
  }

  /** Parses a JSON answer, or fails naming the step. */
  static json<T>(res: HttpResponse, step: string): T {
    try {
      return JSON.parse(res.text) as T
    } catch {
      throw new XdmapError('AEP_HTTP_ERROR', `Step "${step}": AEP answered HTTP ${res.status} with a body that is not JSON (${redact(res.text.slice(0, 80))})`)
    }
  }
}
