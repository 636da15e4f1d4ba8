import { createReadStream } from 'node:fs'
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { XdmapError } from '../util/errors.js'
import { redact } from './redact.js'

/**
 * HTTP for the AEP APIs: a timeout per attempt, retries with exponential backoff and full jitter on 429, 5xx and
 * connection errors (honouring Retry-After), a bounded number of attempts, and errors that say what to check.
 * Secrets never reach a message: only method, URL path and status are reported, and any server text passes
 * through `redact()` first.
 *
 * JSON calls go through Node's fetch (`request`); file bodies go through node:http(s) (`sendFile`) so a part file
 * is streamed from disk with an exact Content-Length and never read whole into memory.
 */

export interface RetryOptions {
  /** Attempts in all (first try included). Default 4. */
  attempts?: number
  /** Per-attempt timeout in ms (for file bodies: the longest silence on the socket). Default 30 s. */
  timeoutMs?: number
  /** Backoff base in ms (doubles per retry, full jitter). Default 500. */
  baseDelayMs?: number
  /** Longest wait between attempts, Retry-After included. Default 30 s. */
  maxDelayMs?: number
  /** Random source for jitter (tests pin it). */
  random?: () => number
  /** Sleep (tests may shorten it). */
  sleep?: (ms: number) => Promise<void>
  /** Called before each retry (for progress output): attempt number just failed, why, and the wait. */
  onRetry?: (info: { what: string; attempt: number; reason: string; delayMs: number }) => void
}

export interface HttpRequest {
  method?: string
  url: string
  headers?: Record<string, string>
  body?: string
  /** 'manual' returns a 3xx as it is (the token request never follows a redirect: its body holds the client secret). Default 'follow'. */
  redirect?: 'follow' | 'manual'
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

/** A byte range of a file on disk, sent as a request body. `end` is exclusive. */
export interface FileBody {
  path: string
  start: number
  end: number
}

const sleepDefault = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Retry-After: delta seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : Math.max(0, t - now)
}

export function where(req: { method?: string; url: string }): string {
  const u = new URL(req.url)
  return `${req.method ?? 'GET'} ${u.origin}${u.pathname}`
}

/** Thrown by an attempt that never got an answer (connection refused/reset, timeout). */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NetworkError'
  }
}

function describeFetchError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string } }
  return err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `connection failed (${err.cause?.code ?? err.message})`
}

/**
 * Runs `attempt` until it answers with something other than 429/5xx, or the attempts run out. A NetworkError is
 * retried; the last retryable answer is returned as it is (callers turn it into an error naming their step).
 * Throws AEP_UNAVAILABLE when the last attempt got no answer at all.
 */
export async function retrying(what: string, attempt: () => Promise<HttpResponse>, options: RetryOptions = {}): Promise<HttpResponse> {
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 30_000, random = Math.random, sleep = sleepDefault, onRetry } = options
  let lastError = ''
  for (let n = 1; n <= attempts; n++) {
    let res: HttpResponse | undefined
    try {
      res = await attempt()
    } catch (e) {
      if (!(e instanceof NetworkError)) throw e
      lastError = e.message
    }
    let after: number | undefined
    if (res) {
      const retryable = res.status === 429 || res.status >= 500
      if (!retryable || n === attempts) return res
      lastError = `HTTP ${res.status}`
      after = retryAfterMs(res.headers.get('retry-after'))
    }
    if (n === attempts) break
    const delay = after !== undefined ? Math.min(after, maxDelayMs) : Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)))
    onRetry?.({ what, attempt: n, reason: lastError, delayMs: delay })
    await sleep(delay)
  }
  throw new XdmapError('AEP_UNAVAILABLE', `${what}: ${lastError} after ${attempts} attempts; check the network, AEP_PLATFORM_URL / AEP_IMS_URL, and Adobe's status page`)
}

/** Sends a request with retries; returns the final response (any status), or throws on exhausted retries. */
export async function request(req: HttpRequest, options: RetryOptions = {}): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? 30_000
  return retrying(where(req), async () => {
    let res: Response
    try {
      res = await fetch(req.url, {
        method: req.method ?? 'GET',
        ...(req.headers ? { headers: req.headers } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: req.redirect ?? 'follow',
      })
    } catch (e) {
      throw new NetworkError(describeFetchError(e, timeoutMs))
    }
    try {
      return { status: res.status, headers: res.headers, text: await res.text() }
    } catch (e) {
      throw new NetworkError(describeFetchError(e, timeoutMs))
    }
  }, options)
}

const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 16 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 16 }) }

/**
 * One attempt at sending a file range as the body (`Content-Type: application/octet-stream`, exact
 * Content-Length), streamed from disk in 1 MiB reads. `timeoutMs` is the longest silence allowed on the socket
 * (a slow but moving upload is not cut off). A reset, refusal or silence is a NetworkError.
 */
export function sendFileOnce(method: string, url: string, headers: Record<string, string>, body: FileBody, timeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const u = new URL(url)
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest
    let settled = false
    const fail = (message: string): void => {
      if (settled) return
      settled = true
      req.destroy()
      reject(new NetworkError(message))
    }
    // headers are set on the request, not passed in its options: under NODE_DEBUG=http the agent logs the options
    // object it connects with, which would print the Authorization header
    const req = send(u, { method, agent: u.protocol === 'https:' ? agents.https : agents.http }, (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', (e) => fail(`connection failed while reading the answer (${(e as NodeJS.ErrnoException).code ?? e.message})`))
      res.on('end', () => {
        if (settled) return
        settled = true
        const h = new Headers()
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v)
        resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString('utf8') })
      })
    })
    for (const [k, v] of Object.entries({ ...headers, 'content-type': 'application/octet-stream', 'content-length': String(body.end - body.start) })) req.setHeader(k, v)
    req.setTimeout(timeoutMs, () => fail(`no progress for ${timeoutMs} ms`))
    req.on('error', (e) => fail(`connection failed (${(e as NodeJS.ErrnoException).code ?? e.message})`))
    if (body.end <= body.start) { req.end(); return }
    const file = createReadStream(body.path, { start: body.start, end: body.end - 1, highWaterMark: 1 << 20 })
    file.on('error', (e) => {
      if (settled) return
      settled = true
      req.destroy()
      reject(new XdmapError('IO_ERROR', `Cannot read ${body.path}: ${(e as NodeJS.ErrnoException).code ?? e.message}`, { file: body.path }))
    })
    file.pipe(req)
  })
}

/** An error for a failed AEP call, with what to check for the usual statuses. Server text is redacted. */
export function httpError(req: { method?: string; url: string }, res: HttpResponse, what: string): XdmapError {
  const hints: Record<number, string> = {
    400: 'the request was refused as malformed; check the id and the Accept header',
    401: 'the access token was refused; check AEP_CLIENT_ID / AEP_CLIENT_SECRET and that the credential has the Experience Platform API',
    403: 'the credential is not allowed here; check AEP_ORG_ID, AEP_SANDBOX and the product profile of the API credential',
    404: `${what} was not found; check the id (a $id URL or meta:altId), the container (tenant or global) and AEP_SANDBOX`,
    406: 'the Accept header is not one this resource serves',
    429: 'too many requests; retries were exhausted, try again later',
  }
  const hint = hints[res.status] ?? (res.status >= 500 ? 'the service failed; retries were exhausted, try again later' : 'unexpected answer')
  const code = res.status === 401 ? 'AEP_UNAUTHORIZED' : res.status === 403 ? 'AEP_FORBIDDEN' : res.status === 404 ? 'AEP_NOT_FOUND' : 'AEP_HTTP_ERROR'
  const detail = serverDetail(res.text)
  return new XdmapError(code, `${where(req)} → HTTP ${res.status}${detail ? ` (${detail})` : ''}: ${hint}`)
}

/** The useful part of an error body (title, detail, error_description, message), redacted and cut to 200 characters. */
export function serverDetail(text: string): string {
  let detail = ''
  try {
    const body = JSON.parse(text) as { title?: unknown; detail?: unknown; error_description?: unknown; message?: unknown; report?: { message?: unknown } }
    const pick = [body.detail, body.error_description, body.message, body.report?.message, body.title].find((x) => typeof x === 'string' && x)
    detail = typeof pick === 'string' ? pick : ''
    if (typeof body.title === 'string' && detail && detail !== body.title) detail = `${body.title}: ${detail}`
  } catch { /* not JSON */ }
  return redact(detail).slice(0, 200)
}
