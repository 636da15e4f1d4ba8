import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback stand-in for the AEP endpoints `xdmap upload` and `xdmap stream` use, on 127.0.0.1, speaking them as
 * Adobe documents them (see src/aep/ingest.ts, catalog.ts, streaming.ts for the doc of each): IMS tokens, Catalog
 * dataset and batch status, batch create / PUT / large-file INITIALIZE-PATCH-COMPLETE (range checks at COMPLETE) /
 * batch COMPLETE and ABORT, Data Access row-error files, and a streaming inlet (single message with optional
 * synchronous validation, and the batch endpoint answering 207). It checks the headers AEP requires, hashes every
 * body it receives, records every request, and injects faults on request (429 + Retry-After, 500/503, a reset in
 * the middle of a body, an answer slower than the client's timeout, a token expiry).
 */
export const CLIENT_ID = 'standin-client-id'
export const CLIENT_SECRET = 'standin-s3cret-never-shown-9f8e7d'
export const ORG_ID = 'STANDIN@AdobeOrg'
export const SANDBOX = 'standin-sandbox'
export const SCHEMA_ID = 'https://ns.adobe.com/acme/schemas/6b3a9f1c2d4e5f60718293a4b5c6d7e8'

export interface Recorded {
  method: string
  path: string
  query: string
  headers: IncomingMessage['headers']
  /** Body bytes received (complete or not) and their sha256 when complete. */
  bytes: number
  sha256?: string
  /** Set when the stand-in answered with an injected fault. */
  fault?: string
}

export interface StoredFile { bytes: number; sha256: string; lines: number; stores: number }

export interface StandinBatch {
  id: string
  datasetId: string
  create: Record<string, unknown>
  files: Map<string, StoredFile>
  large: Map<string, { chunks: Map<string, { start: number; end: number; data: Buffer }>; initializes: number }>
  status: string
  completeCalls: number
  completions: number
  abortCalls: number
  polls: number
}

export type FaultKind = '429' | '500' | '503' | 'reset' | 'slow' | '401'
export interface Fault {
  /** Which request: method and a test on the path (+query). */
  method?: string
  path: RegExp
  kind: FaultKind
  /** How many matching requests get the fault (default 1). */
  times?: number
  /** 429/503: Retry-After seconds. */
  retryAfter?: string
  /** slow: delay in ms before answering. */
  delayMs?: number
  /** reset: bytes of the body read before the connection is cut (default half the Content-Length). */
  afterBytes?: number
}

export interface Outcome {
  status: 'success' | 'failed'
  failedRecordCount?: number
  errors?: { code: string; description: string; recordCount?: number }[]
  rowErrors?: Record<string, string>
}

export interface Standin {
  url: string
  requests: Recorded[]
  batches: Map<string, StandinBatch>
  datasets: Map<string, string>
  faults: Fault[]
  tokensIssued: number
  /** What a batch ends as once completed (default success). */
  outcome: Outcome
  /** Status GETs that answer 'processing' before the final one. */
  processingPolls: number
  /** IMS answers the token request with a redirect to this URL. */
  imsRedirectTo?: string
  /** Streaming: the inlet needs a bearer token. */
  inletAuth: boolean
  /** Streaming: returns a rejection message for an entity the inlet refuses. */
  inletRejects: (entity: Record<string, unknown>) => string | undefined
  inletReceived: { connection: string; entity: Record<string, unknown>; header: Record<string, unknown> }[]
  /** Called with each request before it is handled; may await (the crash tests kill the client here). 'drop' closes the connection unhandled. */
  onRequest?: (r: Recorded, req: IncomingMessage) => Promise<void | 'drop'> | void | 'drop'
  /** Called after a chunk of a file body is received (mid-PUT crash). */
  onBodyBytes?: (r: Recorded, received: number, total: number) => Promise<void> | void
  expireTokens(): void
  close(): Promise<void>
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(value))
}

async function readBody(req: IncomingMessage, rec: Recorded, onBytes?: (n: number) => Promise<void> | void): Promise<Buffer> {
  const chunks: Buffer[] = []
  const hash = createHash('sha256')
  for await (const c of req) {
    chunks.push(c as Buffer)
    hash.update(c as Buffer)
    rec.bytes += (c as Buffer).length
    if (onBytes) await onBytes(rec.bytes)
  }
  rec.sha256 = hash.digest('hex')
  return Buffer.concat(chunks)
}

/** Streams a body through a hash without keeping it (PUT of big files). */
async function hashBody(req: IncomingMessage, rec: Recorded, onBytes?: (n: number) => Promise<void> | void): Promise<{ sha256: string; bytes: number; lines: number } | undefined> {
  const hash = createHash('sha256')
  let lines = 0
  try {
    for await (const c of req) {
      const b = c as Buffer
      hash.update(b)
      rec.bytes += b.length
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++
      if (onBytes) await onBytes(rec.bytes)
    }
  } catch {
    return undefined
  }
  if (req.readableAborted || (req.headers['content-length'] !== undefined && rec.bytes !== Number(req.headers['content-length']))) return undefined
  rec.sha256 = hash.digest('hex')
  return { sha256: rec.sha256, bytes: rec.bytes, lines }
}

export async function startStandin(): Promise<Standin> {
  const valid = new Set<string>()
  let batchSeq = 0
  const self: Standin = {
    url: '',
    requests: [],
    batches: new Map(),
    datasets: new Map([['ds-profile', SCHEMA_ID], ['ds-other', 'https://ns.adobe.com/acme/schemas/other']]),
    faults: [],
    tokensIssued: 0,
    outcome: { status: 'success' },
    processingPolls: 1,
    inletAuth: false,
    inletRejects: () => undefined,
    inletReceived: [],
    expireTokens: () => valid.clear(),
    close: async () => {},
  }

  const takeFault = (r: Recorded): Fault | undefined => {
    const i = self.faults.findIndex((f) => (!f.method || f.method === r.method) && f.path.test(r.path + (r.query ? `?${r.query}` : '')))
    if (i < 0) return undefined
    const f = self.faults[i]!
    f.times = (f.times ?? 1) - 1
    if (f.times <= 0) self.faults.splice(i, 1)
    return f
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const rec: Recorded = { method: req.method ?? '', path: url.pathname, query: url.search.slice(1), headers: req.headers, bytes: 0 }
    self.requests.push(rec)
    if (self.onRequest && (await self.onRequest(rec, req)) === 'drop') { rec.fault = 'dropped'; req.socket.destroy(); return }
    const fault = takeFault(rec)
    if (fault) {
      rec.fault = fault.kind
      switch (fault.kind) {
        case '429': return json(res, 429, { title: 'Too Many Requests' }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {})
        case '500': return json(res, 500, { title: 'Internal Server Error' })
        case '503': return json(res, 503, { title: 'Service Unavailable' }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {})
        case '401': valid.clear(); return json(res, 401, { title: 'Unauthorized', detail: 'Oauth token is expired' })
        case 'slow': await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000)); return json(res, 503, { title: 'too late' })
        case 'reset': {
          const total = Number(req.headers['content-length'] ?? 0)
          const cut = fault.afterBytes ?? Math.floor(total / 2)
          const socket = req.socket
          await new Promise<void>((done) => {
            const onData = (c: Buffer): void => {
              rec.bytes += c.length
              if (rec.bytes >= cut) { req.off('data', onData); socket.destroy(); done() }
            }
            req.on('data', onData)
            req.on('end', () => { socket.destroy(); done() })
            req.on('error', () => done())
          })
          return
        }
      }
    }

    // IMS
    if (req.method === 'POST' && url.pathname === '/ims/token/v3') {
      const form = new URLSearchParams((await readBody(req, rec)).toString('utf8'))
      if (self.imsRedirectTo) { res.writeHead(307, { location: self.imsRedirectTo }); res.end(); return }
      if (form.get('client_id') === 'echo-client') return json(res, 400, { error: 'invalid_client', error_description: `invalid request: ${form.toString()}` })
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) return json(res, 401, { error: 'invalid_client', error_description: 'invalid client credentials' })
      const token = `standin-token-${++self.tokensIssued}-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 12)}`
      valid.add(token)
      return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 86399 })
    }

    // streaming inlet (no platform headers needed unless authenticated)
    const inlet = /^\/collection\/(batch\/)?([^/]+)$/.exec(url.pathname)
    if (req.method === 'POST' && inlet) {
      const body = await readBody(req, rec)
      if (self.inletAuth && !valid.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) return json(res, 401, { title: 'Unauthorized', detail: 'request missing valid authorization header' })
      if (body.length > 1024 * 1024) return json(res, 413, { title: 'Payload too large' })
      let parsed: unknown
      try { parsed = JSON.parse(body.toString('utf8')) } catch { return json(res, 400, { title: 'Invalid JSON' }) }
      const connection = inlet[2]!
      const check = (m: unknown): string | undefined => {
        const msg = m as { header?: Record<string, unknown>; body?: { xdmMeta?: { schemaRef?: { id?: string } }; xdmEntity?: Record<string, unknown> } }
        const h = msg?.header as { schemaRef?: { id?: string; contentType?: string }; imsOrgId?: string; datasetId?: string; source?: { name?: string } } | undefined
        if (!h || !msg.body?.xdmEntity || !msg.body.xdmMeta?.schemaRef?.id) return `inletId: [${connection}] Message has unknown xdm format`
        if (h.imsOrgId !== ORG_ID) return `inletId: [${connection}] Message has an absent or wrong ims org in the header`
        if (!h.schemaRef?.id || !h.schemaRef.contentType || !h.datasetId || !h.source?.name) return `inletId: [${connection}] Message has unknown xdm format`
        if (self.datasets.get(h.datasetId) !== h.schemaRef.id) return `inletId: [${connection}] dataset ${h.datasetId} does not take schema ${h.schemaRef.id}`
        return self.inletRejects(msg.body.xdmEntity)
      }
      const accept = (m: { header: Record<string, unknown>; body: { xdmEntity: Record<string, unknown> } }): void => { self.inletReceived.push({ connection, entity: m.body.xdmEntity, header: m.header }) }
      const now = Date.now()
      if (inlet[1]) {
        const messages = (parsed as { messages?: unknown[] }).messages
        if (!Array.isArray(messages)) return json(res, 400, { title: 'messages expected' })
        const responses = messages.map((m, i) => {
          const why = check(m)
          if (why) return { statusCode: 400, message: why }
          accept(m as never)
          return { xactionId: `${now}:1:${i}` }
        })
        return json(res, 207, { inletId: connection, batchId: `${now}:1`, receivedTimeMs: now, responses })
      }
      const why = check(parsed)
      const sync = url.searchParams.get('syncValidation') === 'true'
      if (why) return json(res, 400, { type: 'http://ns.adobe.com/adobecloud/problem/data-collection-service/inlet', status: 400, title: 'Invalid XDM Message Format', report: { message: why } })
      accept(parsed as never)
      return json(res, 200, { inletId: connection, xactionId: `${now}:1:0`, receivedTimeMs: now, ...(sync ? {} : { syncValidation: { skipped: true } }) })
    }

    // the platform: every header AEP requires
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
    if (!valid.has(token)) return json(res, 401, { title: 'Unauthorized', detail: 'Oauth token is not valid' })
    if (req.headers['x-api-key'] !== CLIENT_ID) return json(res, 403, { title: 'Forbidden', detail: 'Api Key is invalid' })
    if (req.headers['x-gw-ims-org-id'] !== ORG_ID) return json(res, 403, { title: 'Forbidden', detail: 'Organization is invalid' })
    if (req.headers['x-sandbox-name'] !== SANDBOX) return json(res, 403, { title: 'Forbidden', detail: 'Sandbox is invalid' })
    const p = url.pathname
    const action = url.searchParams.get('action')

    let m = /^\/data\/foundation\/catalog\/dataSets\/([^/]+)$/.exec(p)
    if (req.method === 'GET' && m) {
      const id = decodeURIComponent(m[1]!)
      if (id === 'echo') return json(res, 400, { title: 'Bad Request', detail: `could not parse request; headers were authorization=${req.headers.authorization} x-api-key=${req.headers['x-api-key']}` })
      const schema = self.datasets.get(id)
      if (!schema) return json(res, 404, { title: 'Not Found', detail: `dataSet ${id} not found` })
      return json(res, 200, { [id]: { name: `Dataset ${id}`, schemaRef: { id: schema, contentType: 'application/vnd.adobe.xed+json;version=1' } } })
    }
    m = /^\/data\/foundation\/catalog\/batches\/([^/]+)$/.exec(p)
    if (req.method === 'GET' && m) {
      const b = self.batches.get(decodeURIComponent(m[1]!))
      if (!b) return json(res, 404, { title: 'Not Found' })
      if (b.status === 'processing') {
        b.polls++
        if (b.polls > self.processingPolls) b.status = self.outcome.status
      }
      let input = 0
      for (const f of b.files.values()) input += f.lines
      const failed = b.status === 'processing' || b.status === 'loading' ? 0 : self.outcome.failedRecordCount ?? 0
      return json(res, 200, { [b.id]: {
        id: b.id, status: b.status, relatedObjects: [{ type: 'dataSet', id: b.datasetId }], inputFormat: b.create.inputFormat,
        tags: { acp_enableErrorDiagnostics: b.create.enableErrorDiagnostics, ...(b.create.partialIngestionPercent !== undefined ? { acp_partialIngestionPercent: b.create.partialIngestionPercent } : {}) },
        metrics: { inputFileCount: b.files.size, inputRecordCount: input, outputRecordCount: input - failed, failedRecordCount: failed },
        ...(b.status === self.outcome.status && self.outcome.errors ? { errors: self.outcome.errors } : {}),
      } })
    }
    m = /^\/data\/foundation\/export\/batches\/([^/]+)\/meta$/.exec(p)
    if (req.method === 'GET' && m) {
      const b = self.batches.get(decodeURIComponent(m[1]!))
      if (!b) return json(res, 404, { title: 'Not Found' })
      const path = url.searchParams.get('path') ?? ''
      const files = self.outcome.rowErrors ?? {}
      if (path === 'row_errors') return json(res, 200, { data: Object.entries(files).map(([name, text]) => ({ name, length: String(text.length), _links: { self: { href: `${self.url}${p}?path=${encodeURIComponent(`row_errors/${name}`)}` } } })), _page: { limit: 100, count: Object.keys(files).length } })
      const f = /^row_errors\/(.+)$/.exec(path)
      if (f && files[f[1]!] !== undefined) { res.writeHead(200, { 'content-type': 'application/json' }); res.end(files[f[1]!]); return }
      return json(res, 404, { title: 'Not Found' })
    }
    if (req.method === 'POST' && p === '/data/foundation/import/batches') {
      let body: Record<string, unknown>
      try { body = JSON.parse((await readBody(req, rec)).toString('utf8')) as Record<string, unknown> } catch { return json(res, 400, { title: 'Bad Request', detail: 'body is not JSON' }) }
      if (req.headers['content-type'] !== 'application/json') return json(res, 400, { title: 'Bad Request', detail: 'Content-Type must be application/json' })
      const datasetId = String(body.datasetId ?? '')
      if (!self.datasets.has(datasetId)) return json(res, 400, { title: 'Bad Request', detail: `dataset ${datasetId} not found` })
      const fmt = (body.inputFormat as { format?: string } | undefined)?.format
      if (fmt !== 'json' && fmt !== 'parquet') return json(res, 400, { title: 'Bad Request', detail: 'inputFormat.format must be json or parquet' })
      const id = `01STANDIN${String(++batchSeq).padStart(6, '0')}`
      self.batches.set(id, { id, datasetId, create: body, files: new Map(), large: new Map(), status: 'loading', completeCalls: 0, completions: 0, abortCalls: 0, polls: 0 })
      return json(res, 201, { id, imsOrg: ORG_ID, status: 'loading', relatedObjects: [{ type: 'dataSet', id: datasetId }], version: '1.0.0', tags: {} })
    }
    m = /^\/data\/foundation\/import\/batches\/([^/]+)$/.exec(p)
    if (req.method === 'POST' && m) {
      const b = self.batches.get(decodeURIComponent(m[1]!))
      if (!b) return json(res, 404, { title: 'Not Found' })
      if (action === 'COMPLETE') {
        b.completeCalls++
        if (b.status === 'loading') {
          if ([...b.large.keys()].length) return json(res, 400, { title: 'Bad Request', detail: 'large files were initialized but not completed' })
          b.completions++
          b.status = 'processing'
        }
        if (b.status === 'aborted') return json(res, 400, { title: 'Bad Request', detail: 'batch was aborted' })
        return json(res, 200, {})
      }
      if (action === 'ABORT') {
        b.abortCalls++
        if (b.status === 'success' || b.status === 'failed') return json(res, 400, { title: 'Bad Request', detail: 'batch is final' })
        b.status = 'aborted'
        return json(res, 200, {})
      }
      return json(res, 400, { title: 'Bad Request', detail: `unknown action ${action}` })
    }
    m = /^\/data\/foundation\/import\/batches\/([^/]+)\/datasets\/([^/]+)\/files\/([^/]+)$/.exec(p)
    if (m) {
      const b = self.batches.get(decodeURIComponent(m[1]!))
      const name = decodeURIComponent(m[3]!)
      if (!b) return json(res, 404, { title: 'Not Found', detail: 'batch not found' })
      if (b.datasetId !== decodeURIComponent(m[2]!)) return json(res, 400, { title: 'Bad Request', detail: 'dataset is not the batch dataset' })
      if (b.status !== 'loading') return json(res, 400, { title: 'Bad Request', detail: `batch is ${b.status}` })
      const onBytes = self.onBodyBytes ? (n: number) => self.onBodyBytes!(rec, n, Number(req.headers['content-length'] ?? 0)) : undefined
      if (req.method === 'PUT') {
        if (req.headers['content-type'] !== 'application/octet-stream') return json(res, 400, { title: 'Bad Request', detail: 'Content-Type must be application/octet-stream' })
        const got = await hashBody(req, rec, onBytes)
        if (!got) return
        const prev = b.files.get(name)
        b.files.set(name, { ...got, stores: (prev?.stores ?? 0) + 1 })
        return json(res, 200, {})
      }
      if (req.method === 'POST' && action === 'INITIALIZE') {
        const prev = b.large.get(name)
        b.large.set(name, { chunks: new Map(), initializes: (prev?.initializes ?? 0) + 1 })
        return json(res, 201, {})
      }
      if (req.method === 'PATCH') {
        const l = b.large.get(name)
        if (!l) return json(res, 400, { title: 'Bad Request', detail: 'file not initialized' })
        const r = /^bytes (\d+)-(\d+)(?:\/(\d+))?$/.exec(String(req.headers['content-range'] ?? ''))
        if (!r) return json(res, 400, { title: 'Bad Request', detail: 'Content-Range expected' })
        const data = await readBody(req, rec, onBytes)
        if (req.readableAborted) return
        const start = Number(r[1]), end = Number(r[2]) + 1
        if (data.length !== end - start) return json(res, 400, { title: 'Bad Request', detail: 'Content-Range does not match the body' })
        // the same range again replaces the chunk; a different overlapping range is only found at COMPLETE
        l.chunks.set(`${start}-${end}`, { start, end, data })
        return json(res, 200, {})
      }
      if (req.method === 'POST' && action === 'COMPLETE') {
        const l = b.large.get(name)
        if (!l) return json(res, 400, { title: 'Bad Request', detail: 'file not initialized' })
        const chunks = [...l.chunks.values()].sort((x, y) => x.start - y.start)
        let at = 0
        for (const c of chunks) {
          if (c.start !== at) return json(res, 400, { title: 'Bad Request', detail: `chunks ${c.start < at ? 'overlap' : 'leave a gap'} at byte ${Math.min(at, c.start)}` })
          at = c.end
        }
        const whole = Buffer.concat(chunks.map((c) => c.data))
        let lines = 0
        for (let i = whole.indexOf(10); i !== -1; i = whole.indexOf(10, i + 1)) lines++
        const prev = b.files.get(name)
        b.files.set(name, { bytes: whole.length, sha256: createHash('sha256').update(whole).digest('hex'), lines, stores: (prev?.stores ?? 0) + 1 })
        b.large.delete(name)
        return json(res, 201, {})
      }
    }
    json(res, 404, { title: 'Not Found', detail: `${req.method} ${p}` })
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => { if (!res.headersSent) json(res, 500, { title: 'stand-in error' }); else res.destroy() })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  server.unref()
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  self.close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) })
  return self
}

export function standinEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AEP_CLIENT_ID: CLIENT_ID, AEP_CLIENT_SECRET: CLIENT_SECRET, AEP_ORG_ID: ORG_ID, AEP_SANDBOX: SANDBOX,
    AEP_SCOPES: 'openid,AdobeID,read_organizations', AEP_PLATFORM_URL: url, AEP_IMS_URL: url, ...extra,
  }
}
