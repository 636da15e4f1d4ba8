import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for IMS and the Schema Registry on 127.0.0.1, speaking the documented endpoints and checking every
 * header AEP requires. Scenarios are chosen by schema id: `expired-token`, `rate-limited`, `flaky`, `slow`,
 * `forbidden`, `echo` (a 400 quoting the request's Authorization header), anything else is found when it is in `schemas`, else 404.
 */
export interface FakeAep {
  url: string
  tokensIssued: number
  requests: { method: string; path: string; headers: IncomingMessage['headers'] }[]
  schemas: Map<string, Record<string, unknown>>
  close(): Promise<void>
}

export const CLIENT_ID = 'test-client-id'
export const CLIENT_SECRET = 's3cr3t-value-never-printed'
export const ORG_ID = 'TESTORG@AdobeOrg'
export const SANDBOX = 'dev-sandbox'

const ACCEPTS = ['application/vnd.adobe.xed-full+json; version=1', 'application/vnd.adobe.xed-full-desc+json; version=1']

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startFakeAep(): Promise<FakeAep> {
  const state = { tokensIssued: 0, valid: new Set<string>(), hits: new Map<string, number>() }
  const schemas = new Map<string, Record<string, unknown>>()
  const requests: FakeAep['requests'] = []
  const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(value))
  }
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers })
    if (req.method === 'POST' && url.pathname === '/ims/token/v3') {
      const form = new URLSearchParams(await body(req))
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return json(res, 400, { error: 'invalid_request', error_description: 'form body expected' })
      if (form.get('grant_type') !== 'client_credentials') return json(res, 400, { error: 'unsupported_grant_type' })
      // an IMS that echoes the request in its error text (issue 16): the client must redact it
      if (form.get('client_id') === 'echo-client') return json(res, 400, { error: 'invalid_client', error_description: `cannot parse ${form.toString()}` })
      if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) return json(res, 401, { error: 'invalid_client', error_description: 'invalid client credentials' })
      if (!form.get('scope')) return json(res, 400, { error: 'invalid_scope' })
      const token = `token-${++state.tokensIssued}-abcdef`
      state.valid.add(token)
      return json(res, 200, { access_token: token, token_type: 'bearer', expires_in: 86399 })
    }
    const m = /^\/data\/foundation\/schemaregistry\/(global|tenant)\/schemas\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'GET' && m) {
      const id = decodeURIComponent(m[2]!)
      const hit = (state.hits.get(id) ?? 0) + 1
      state.hits.set(id, hit)
      const auth = req.headers.authorization ?? ''
      const token = auth.replace(/^Bearer /, '')
      if (!auth.startsWith('Bearer ') || !state.valid.has(token)) return json(res, 401, { title: 'Unauthorized', detail: 'Oauth token is not valid' })
      if (id === 'expired-token' && hit === 1) { state.valid.delete(token); return json(res, 401, { title: 'Unauthorized', detail: 'Oauth token is expired' }) }
      if (req.headers['x-api-key'] !== CLIENT_ID) return json(res, 403, { title: 'Forbidden', detail: 'Api Key is invalid' })
      if (req.headers['x-gw-ims-org-id'] !== ORG_ID) return json(res, 403, { title: 'Forbidden', detail: 'Organization is invalid' })
      if (req.headers['x-sandbox-name'] !== SANDBOX) return json(res, 403, { title: 'Forbidden', detail: 'Sandbox is invalid' })
      if (!ACCEPTS.includes(req.headers.accept ?? '')) return json(res, 406, { title: 'Not Acceptable' })
      if (id === 'rate-limited' && hit === 1) return json(res, 429, { title: 'Too Many Requests' }, { 'retry-after': '1' })
      if (id === 'flaky' && hit === 1) return json(res, 500, { title: 'Internal Server Error' })
      if (id === 'slow') { await new Promise((r) => setTimeout(r, 1500)); if (res.destroyed) return }
      if (id === 'forbidden') return json(res, 403, { title: 'Forbidden', detail: 'Not allowed in this sandbox' })
      if (id === 'echo') return json(res, 400, { title: 'Bad Request', detail: `request was GET ${url.pathname} authorization: ${auth}` })
      const key = ['rate-limited', 'flaky', 'expired-token', 'slow'].includes(id) ? 'https://ns.adobe.com/acme/schemas/6b3a9f1c2d4e5f60718293a4b5c6d7e8' : id
      const schema = schemas.get(key)
      if (!schema) return json(res, 404, { title: 'Not Found', detail: `Schema ${id} not found` })
      const desc = req.headers.accept === ACCEPTS[1]
      const etag = `"${desc ? 'd' : 'f'}-${String(schema.version ?? '1')}"`
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return }
      const out = desc ? schema : Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'meta:descriptors'))
      return json(res, 200, out, { etag })
    }
    json(res, 404, { title: 'Not Found' })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    get tokensIssued() { return state.tokensIssued },
    requests,
    schemas,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

export function testEnv(url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AEP_CLIENT_ID: CLIENT_ID, AEP_CLIENT_SECRET: CLIENT_SECRET, AEP_ORG_ID: ORG_ID, AEP_SANDBOX: SANDBOX,
    AEP_SCOPES: 'openid,AdobeID,read_organizations', AEP_PLATFORM_URL: url, AEP_IMS_URL: url, ...extra,
  }
}
