import { XdmapError } from '../util/errors.js'
import type { Credentials } from './credentials.js'
import { httpError, request, type RetryOptions } from './http.js'
import { addSecret } from './redact.js'

/**
 * OAuth server-to-server tokens from IMS (`POST {ims}/ims/token/v3`, client_credentials). A token is kept until
 * shortly before `expires_in` runs out; `invalidate()` drops it (after a 401) so the next call asks again.
 */
export class TokenProvider {
  private token: string | undefined
  private expiresAt = 0
  private pending: Promise<string> | undefined
  private readonly credentials: Credentials
  private readonly retry: RetryOptions
  private readonly now: () => number
  /** Seconds before expiry at which a new token is fetched. */
  static readonly MARGIN_S = 300
  /** Tokens fetched so far (for tests and debug output). */
  fetched = 0

  constructor(credentials: Credentials, options: { retry?: RetryOptions; now?: () => number } = {}) {
    this.credentials = credentials
    addSecret(credentials.clientSecret)
    this.retry = options.retry ?? {}
    this.now = options.now ?? Date.now
  }

  async get(): Promise<string> {
    if (this.token && this.now() < this.expiresAt) return this.token
    this.pending ??= this.fetch().finally(() => { this.pending = undefined })
    return this.pending
  }

  invalidate(): void {
    this.token = undefined
    this.expiresAt = 0
  }

  private async fetch(): Promise<string> {
    const c = this.credentials
    const req = {
      method: 'POST',
      url: `${c.imsUrl}/ims/token/v3`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, scope: c.scopes }).toString(),
      // the body holds the client secret: a redirect is never followed (fetch would re-send the body on a 307/308
      // to whatever origin the Location names); IMS does not redirect the token call, so a 3xx is an error
      redirect: 'manual' as const,
    }
    const res = await request(req, this.retry)
    if (res.status >= 300 && res.status < 400) {
      let target = 'another location'
      try { target = new URL(res.headers.get('location') ?? '', req.url).origin } catch { /* no usable Location */ }
      throw new XdmapError('AEP_IMS_REDIRECT', `POST ${c.imsUrl}/ims/token/v3 → HTTP ${res.status} redirecting to ${target}: not followed, since the request carries the client secret; check AEP_IMS_URL (it should be the IMS host itself, e.g. https://ims-na1.adobelogin.com)`)
    }
    if (res.status !== 200) {
      const err = httpError(req, res, 'the IMS token endpoint')
      throw new XdmapError(res.status === 400 || res.status === 401 ? 'AEP_UNAUTHORIZED' : err.code, `${err.message}${res.status === 400 ? '; IMS refused the client credentials: check AEP_CLIENT_ID, AEP_CLIENT_SECRET and AEP_SCOPES' : ''}`)
    }
    let body: { access_token?: string; expires_in?: number }
    try {
      body = JSON.parse(res.text) as typeof body
    } catch {
      throw new XdmapError('AEP_HTTP_ERROR', 'IMS answered 200 with a body that is not JSON')
    }
    if (!body.access_token) throw new XdmapError('AEP_HTTP_ERROR', 'IMS answered without an access_token')
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 3600
    addSecret(body.access_token)
    this.token = body.access_token
    this.expiresAt = this.now() + Math.max(0, lifetime - TokenProvider.MARGIN_S) * 1000
    this.fetched++
    return this.token
  }
}
