import { createReadStream } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { XdmapError } from '../util/errors.js'
import { AtomicFile } from '../util/atomic-file.js'
import { loadCredentials, type Credentials } from './credentials.js'
import { NetworkError, retrying, serverDetail, type HttpResponse, type RetryOptions } from './http.js'
import { TokenProvider } from './ims.js'
import { redact } from './redact.js'
import { readRunManifest, verifyParts } from './upload.js'

/**
 * Streaming ingestion over an HTTP API streaming connection (Adobe docs: ingestion/tutorials/streaming-record-data.md,
 * streaming-multiple-messages.md, ingestion/quality/streaming-validation.md):
 * - one message: `POST {inlet}/collection/{CONNECTION_ID}` (`?syncValidation=true` for synchronous validation,
 *   single-message endpoint only) → 200 `{inletId, xactionId, receivedTimeMs}`; a refused message is a 400 with
 *   `{title, report: {message, cause}}`.
 * - many: `POST {inlet}/collection/batch/{CONNECTION_ID}` `{messages: [...]}` → 207 with `responses[i]` either
 *   `{xactionId}` or `{statusCode, message}`; the whole request must stay under 1 MB (413 above).
 * - each message: `header` {schemaRef {id, contentType}, imsOrgId, datasetId, source {name}} and `body`
 *   {xdmMeta {schemaRef}, xdmEntity}. 401/403 only on authenticated connections (bearer token); 429; 500; 501 (sync
 *   validation not offered here); 503 "retry at least 3 times using an exponential back-off".
 */
export const DEFAULT_INLET = 'https://dcs.adobedc.net'
export const XED_CONTENT_TYPE = 'application/vnd.adobe.xed-full+json;version=1'
/** The batch endpoint refuses requests over 1 MB; keep a margin for the envelope. */
export const MAX_REQUEST_BYTES = 1_000_000

export interface StreamOptions {
  /** A collection URL (`https://dcs.adobedc.net/collection/<id>`) or a connection id. */
  connection: string
  /** Inlet base when `connection` is an id. Default https://dcs.adobedc.net (AEP_INLET_URL). */
  inletUrl?: string
  datasetId: string
  /** `header.source.name`. Default 'xdmap'. */
  sourceName?: string
  /** Send a bearer token (authenticated connections). */
  authenticated?: boolean
  credentials?: Credentials
  credentialsFile?: string
  env?: Record<string, string | undefined>
  /** IMS org id for `header.imsOrgId` when no credentials are loaded (else AEP_ORG_ID). */
  orgId?: string
  /** Synchronous validation (single-message endpoint only). */
  syncValidation?: boolean
  /** Messages per request: 1 uses the single-message endpoint, more the batch endpoint. Default 100 (1 with syncValidation). */
  batchSize?: number
  /** Requests in flight at once. Default 4. */
  concurrency?: number
  /** Most requests started per second. Default unlimited. */
  ratePerSecond?: number
  retry?: RetryOptions
  /** Stop sending (requests in flight finish). */
  signal?: AbortSignal
  /** Where refused messages go. Default `<dir>/stream-rejects.json`. */
  rejectsPath?: string
  /** Upload a run whose manifest says failed. */
  force?: boolean
  onProgress?: (p: { sent: number; accepted: number; rejected: number }) => void
}

export interface StreamReport {
  dir: string
  connection: string
  endpoint: string
  /** Records in the run's part files. */
  records: number
  requests: number
  /** Messages whose request was answered, and how. */
  sent: number
  accepted: number
  rejected: number
  /** Messages not sent (interrupted) or whose request got no answer. */
  unconfirmed: number
  rejectsFile: string
  /** 0 all accepted, 1 some refused by the inlet. */
  exitCode: number
  elapsedMs: number
}

interface Pending { file: string; line: number; entity: string }

/** `{inlet}/collection/{id}`: the inlet origin and the connection id from a URL, or an id and the inlet base. */
export function parseConnection(connection: string, inletUrl = DEFAULT_INLET): { base: string; id: string } {
  if (/^https?:\/\//i.test(connection)) {
    const u = new URL(connection)
    const m = /^(.*)\/collection\/(?:batch\/)?([^/?#]+)\/?$/.exec(u.pathname)
    if (!m) throw new XdmapError('OPTION_CONNECTION', `--connection ${connection} is not a streaming collection URL (https://<inlet>/collection/<CONNECTION_ID>)`)
    return { base: `${u.origin}${m[1]}`, id: decodeURIComponent(m[2]!) }
  }
  if (!/^[A-Za-z0-9._-]+$/.test(connection)) throw new XdmapError('OPTION_CONNECTION', `--connection must be a collection URL or a connection id, not ${JSON.stringify(connection)}`)
  return { base: inletUrl.replace(/\/+$/, ''), id: connection }
}

/** Record lines of a part file (JSON Lines, or the one-record-per-line array the run writes with --multiline). */
async function* recordsOf(path: string, name: string): AsyncGenerator<Pending> {
  const lines = createInterface({ input: createReadStream(path, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })
  let n = 0
  for await (let text of lines) {
    n++
    if (text === '[' || text === ']' || text === '') continue
    if (text.endsWith(',')) text = text.slice(0, -1)
    yield { file: name, line: n, entity: text }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export async function streamRun(dir: string, options: StreamOptions): Promise<StreamReport> {
  const t0 = performance.now()
  dir = resolve(dir)
  const { manifest } = await readRunManifest(dir, options.force)
  if (manifest.format !== 'json') throw new XdmapError('STREAM_FORMAT', `The run in ${dir} wrote ${manifest.format}; streaming sends JSON records: re-run with --format json`)
  await verifyParts(dir, manifest)
  if (!options.datasetId) throw new XdmapError('USAGE', 'No dataset given (--dataset ID): every streamed message names its dataset')
  const { base, id } = parseConnection(options.connection, options.inletUrl ?? options.env?.AEP_INLET_URL)
  const sync = !!options.syncValidation
  const batchSize = options.batchSize ?? (sync ? 1 : 100)
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000)) throw new XdmapError('OPTION_BATCH_SIZE', `--batch-size must be a whole number from 1 to 10000, not ${batchSize}`)
  if (sync && batchSize > 1) throw new XdmapError('OPTION_SYNC_VALIDATION', '--sync-validation works with the single-message endpoint only (Adobe: "syncValidation ... cannot be used for the batch endpoint"): use --batch-size 1')
  const concurrency = options.concurrency ?? 4
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 64)) throw new XdmapError('OPTION_CONCURRENCY', `--concurrency must be a whole number from 1 to 64, not ${concurrency}`)
  const rate = options.ratePerSecond
  if (rate !== undefined && !(rate > 0)) throw new XdmapError('OPTION_RATE', `--rate must be a positive number of requests per second, not ${rate}`)

  let credentials = options.credentials
  if (!credentials && (options.authenticated || !options.orgId)) credentials = await loadCredentials({ ...(options.credentialsFile ? { file: options.credentialsFile } : {}), ...(options.env ? { env: options.env } : {}) })
  const orgId = options.orgId ?? credentials!.orgId
  const tokens = options.authenticated ? new TokenProvider(credentials!, { ...(options.retry ? { retry: options.retry } : {}) }) : undefined
  const endpoint = batchSize === 1 ? `${base}/collection/${encodeURIComponent(id)}${sync ? '?syncValidation=true' : ''}` : `${base}/collection/batch/${encodeURIComponent(id)}`
  const schemaRef = JSON.stringify({ id: manifest.schema.id, contentType: XED_CONTENT_TYPE })
  const header = `{"schemaRef":${schemaRef},"imsOrgId":${JSON.stringify(orgId)},"datasetId":${JSON.stringify(options.datasetId)},"source":{"name":${JSON.stringify(options.sourceName ?? 'xdmap')}}}`
  // the record text goes into the envelope as it is (it is already the JSON the run validated)
  const message = (p: Pending): string => `{"header":${header},"body":{"xdmMeta":{"schemaRef":${schemaRef}},"xdmEntity":${p.entity}}}`

  const rejectsFile = options.rejectsPath ?? join(dir, 'stream-rejects.json')
  const rejects = new AtomicFile(rejectsFile)
  const counts = { records: manifest.files.reduce((a, f) => a + f.rows, 0), requests: 0, sent: 0, accepted: 0, rejected: 0 }
  const reject = (p: Pending, status: number, answer: unknown): void => {
    counts.rejected++
    const a = typeof answer === 'string' ? redact(answer) : JSON.parse(redact(JSON.stringify(answer ?? null))) as unknown
    void rejects.write(`{"file":${JSON.stringify(p.file)},"line":${p.line},"status":${status},"answer":${JSON.stringify(a)},"record":${p.entity}}\n`)
    rejects.rows++
  }
  const timeoutMs = options.retry?.timeoutMs ?? 30_000
  const send = async (body: string): Promise<HttpResponse> => {
    const attempt = async (): Promise<HttpResponse> => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (tokens) Object.assign(headers, { authorization: `Bearer ${await tokens.get()}`, 'x-api-key': credentials!.clientId, 'x-gw-ims-org-id': credentials!.orgId, 'x-sandbox-name': credentials!.sandbox })
      return retrying(`send records (POST ${endpoint.replace(/\?.*$/, '')})`, async () => {
        counts.requests++
        try {
          const res = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' })
          return { status: res.status, headers: res.headers, text: await res.text() }
        } catch (e) {
          const err = e as Error & { cause?: { code?: string } }
          throw new NetworkError(err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `connection failed (${err.cause?.code ?? err.message})`)
        }
      }, options.retry)
    }
    let res = await attempt()
    if (tokens && (res.status === 401 || res.status === 403)) { tokens.invalidate(); res = await attempt() }
    return res
  }

  let fatal: XdmapError | undefined
  /** Sends one group of messages and settles each: accepted, rejected, or (on a fatal error) unconfirmed. */
  const deliver = async (group: Pending[]): Promise<void> => {
    const body = batchSize === 1 ? message(group[0]!) : `{"messages":[${group.map(message).join(',')}]}`
    let res: HttpResponse
    try {
      res = await send(body)
    } catch (e) {
      if (e instanceof XdmapError && e.code === 'AEP_UNAVAILABLE') fatal ??= new XdmapError('AEP_UNAVAILABLE', `Gave up on the network at step "send records": ${e.message}`, {}, 3)
      else fatal ??= e as XdmapError
      return
    }
    if (res.status === 413 && group.length > 1) {
      const half = Math.ceil(group.length / 2)
      await deliver(group.slice(0, half))
      await deliver(group.slice(half))
      return
    }
    let answer: unknown = res.text
    try { answer = JSON.parse(res.text) } catch { /* text */ }
    if (batchSize > 1 && res.status === 207) {
      const responses = (answer as { responses?: { xactionId?: string; statusCode?: number; message?: string }[] }).responses ?? []
      group.forEach((p, i) => {
        counts.sent++
        const r = responses[i]
        if (r && r.xactionId && !r.statusCode) counts.accepted++
        else reject(p, r?.statusCode ?? 0, r ?? 'the inlet gave no answer for this message')
      })
      return
    }
    if (res.status >= 200 && res.status < 300) { counts.sent += group.length; counts.accepted += group.length; return }
    if (res.status === 429 || res.status >= 500 || res.status === 401 || res.status === 403) {
      const detail = serverDetail(res.text)
      const network = res.status === 429 || (res.status >= 500 && res.status !== 501)
      const hint = res.status === 501 ? ': synchronous validation is not offered at this inlet (Adobe: VA7 data center only); drop --sync-validation'
        : res.status === 401 || res.status === 403 ? `: the connection ${tokens ? 'refused the token; check the credentials and that the connection is the authenticated one' : 'is authenticated; pass --authenticated (with AEP credentials)'}` : ''
      fatal ??= new XdmapError(network ? 'AEP_UNAVAILABLE' : res.status === 501 ? 'STREAM_SYNC_UNSUPPORTED' : 'AEP_UNAUTHORIZED', `${network ? 'Gave up' : 'Failed'} at step "send records": POST ${endpoint.replace(/\?.*$/, '')} → HTTP ${res.status}${detail ? ` (${detail})` : ''}${hint}`, {}, network ? 3 : 2)
      return
    }
    // any other answer refuses the message(s) in this request
    for (const p of group) { counts.sent++; reject(p, res.status, answer) }
  }

  const inFlight = new Set<Promise<void>>()
  const minGap = rate ? 1000 / rate : 0
  let nextStart = 0
  const dispatch = async (group: Pending[]): Promise<void> => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight)
    if (minGap) {
      const now = performance.now()
      if (now < nextStart) await sleep(nextStart - now)
      nextStart = Math.max(now, nextStart) + minGap
    }
    const p = deliver(group).finally(() => { inFlight.delete(p); options.onProgress?.({ sent: counts.sent, accepted: counts.accepted, rejected: counts.rejected }) })
    inFlight.add(p)
  }

  let group: Pending[] = []
  let groupBytes = 0
  outer: for (const f of manifest.files) {
    for await (const p of recordsOf(join(dir, f.name), f.name)) {
      if (fatal || options.signal?.aborted) break outer
      const size = p.entity.length + header.length + 200
      if (batchSize > 1 && group.length && (group.length >= batchSize || groupBytes + size > MAX_REQUEST_BYTES)) { await dispatch(group); group = []; groupBytes = 0 }
      group.push(p)
      groupBytes += size
      if (batchSize === 1) { await dispatch(group); group = []; groupBytes = 0 }
    }
  }
  if (group.length && !fatal && !options.signal?.aborted) await dispatch(group)
  await Promise.all(inFlight)
  // every record is accepted, refused (in the rejects file), or counted here: never silently gone
  const unconfirmed = counts.records - counts.sent
  await rejects.commit()
  const report: StreamReport = {
    dir, connection: id, endpoint: endpoint.replace(/\?.*$/, ''), records: counts.records, requests: counts.requests, sent: counts.sent, accepted: counts.accepted, rejected: counts.rejected,
    unconfirmed, rejectsFile, exitCode: counts.rejected ? 1 : 0, elapsedMs: performance.now() - t0,
  }
  if (fatal) {
    throw Object.assign(new XdmapError(fatal.code, `${fatal.message}. Sent ${report.sent} of ${report.records} records (${report.accepted} accepted, ${report.rejected} refused, in ${rejectsFile}); ${report.unconfirmed} not confirmed: the inlet may or may not hold them`, {}, fatal.exitCode), { report })
  }
  if (options.signal?.aborted && report.unconfirmed) {
    throw Object.assign(new XdmapError('STREAM_INTERRUPTED', `Stopped: sent ${report.sent} of ${report.records} records (${report.accepted} accepted, ${report.rejected} refused, in ${rejectsFile}); ${report.unconfirmed} not sent`, {}, 130), { report })
  }
  return report
}
