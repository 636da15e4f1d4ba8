import { XdmapError } from '../errors.js'

/**
 * HTTP for the AEP APIs, on Node's fetch: a timeout per attempt, retries with exponential backoff and full
 * jitter on 429, 5xx and connection errors (honouring Retry-After), a bounded number of attempts, and errors
 * that say what to check. Secrets never reach a message: only method, URL path and status are reported.
 */

export interface RetryOptions {
  /** Attempts in all (first try included). Default 4. */
  attempts?: number
  /** Per-attempt timeout in ms. Default 30 s. */
  timeoutMs?: number
  /** Backoff base in ms (doubles per retry, full jitter). Default 500. */
  baseDelayMs?: number
  /** Longest wait between attempts, Retry-After included. Default 30 s. */
  maxDelayMs?: number
  /** Random source for jitter (tests pin it). */
  random?: () => number
  /** Sleep (tests may shorten it). */
  sleep?: (ms: number) => Promise<void>
}

export interface HttpRequest {
  method?: string
  url: string
  headers?: Record<string, string>
  body?: string
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

const sleepDefault = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Retry-After: delta seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : Math.max(0, t - now)
}

function where(req: HttpRequest): string {
  const u = new URL(req.url)
  return `${req.method ?? 'GET'} ${u.origin}${u.pathname}`
}

/** Sends a request with retries; returns the final response (any status), or throws on exhausted retries. */
export async function request(req: HttpRequest, options: RetryOptions = {}): Promise<HttpResponse> {
  const { attempts = 4, timeoutMs = 30_000, baseDelayMs = 500, maxDelayMs = 30_000, random = Math.random, sleep = sleepDefault } = options
  let lastError = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let res: Response | undefined
    try {
      res = await fetch(req.url, {
        method: req.method ?? 'GET',
        ...(req.headers ? { headers: req.headers } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
      })
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } }
      lastError = err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `connection failed (${err.cause?.code ?? err.message})`
    }
    if (res) {
      const retryable = res.status === 429 || res.status >= 500
      if (!retryable || attempt === attempts) {
        return { status: res.status, headers: res.headers, text: await res.text() }
      }
      lastError = `HTTP ${res.status}`
      const after = retryAfterMs(res.headers.get('retry-after'))
      await res.arrayBuffer().catch(() => undefined)
      if (after !== undefined) { await sleep(Math.min(after, maxDelayMs)); continue }
    }
    if (attempt === attempts) break
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
    await sleep(Math.floor(random() * backoff))
  }
  throw new XdmapError('AEP_UNAVAILABLE', `${where(req)}: ${lastError} after ${attempts} attempts; check the network, AEP_PLATFORM_URL / AEP_IMS_URL, and Adobe's status page`)
}

/** An error for a failed AEP call, with what to check for the usual statuses. */
export function httpError(req: HttpRequest, res: HttpResponse, what: string): XdmapError {
  const hints: Record<number, string> = {
    400: 'the request was refused as malformed; check the id and the Accept header',
    401: 'the access token was refused; check AEP_CLIENT_ID / AEP_CLIENT_SECRET and that the credential has the Experience Platform API',
    403: 'the credential is not allowed here; check AEP_ORG_ID, AEP_SANDBOX and the product profile of the API credential',
    404: `${what} was not found; check the id (a $id URL or meta:altId), the container (tenant or global) and AEP_SANDBOX`,
    406: 'the Accept header is not one this resource serves',
    429: 'too many requests; retries were exhausted, try again later',
  }
  let detail = ''
  try {
    const body = JSON.parse(res.text) as { title?: string; detail?: string; error_description?: string; message?: string }
    detail = body.title ?? body.detail ?? body.error_description ?? body.message ?? ''
  } catch { /* not JSON */ }
  const hint = hints[res.status] ?? (res.status >= 500 ? 'the service failed; retries were exhausted, try again later' : 'unexpected answer')
  const code = res.status === 401 ? 'AEP_UNAUTHORIZED' : res.status === 403 ? 'AEP_FORBIDDEN' : res.status === 404 ? 'AEP_NOT_FOUND' : 'AEP_HTTP_ERROR'
  return new XdmapError(code, `${where(req)} → HTTP ${res.status}${detail ? ` (${detail.slice(0, 200)})` : ''}: ${hint}`)
}
