import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCredentials } from '../src/aep/credentials.js'
import { RegistryClient } from '../src/aep/registry.js'
import { TokenProvider } from '../src/aep/ims.js'
import { XdmapError } from '../src/util/errors.js'
import { upload } from '../src/aep/upload.js'
import { redact } from '../src/aep/redact.js'
import { CLIENT_SECRET as REGISTRY_SECRET, startFakeAep, testEnv, type FakeAep } from './helpers/aep-server.js'
import { CLIENT_SECRET, standinEnv, startStandin, type Standin } from './helpers/aep-standin.js'
import { PROFILE } from './helpers/fixtures.js'
import { makeRunOutput } from './helpers/run-output.js'
import { tmpDir } from './helpers/tmp.js'

/** Issue 16, "Secrets": server text that echoes the request is redacted; the token request never follows a redirect. */
let registry: FakeAep
let aep: Standin
let elsewhere: Server
const received: { method: string; body: string }[] = []
let elsewhereUrl = ''
const fast = { sleep: async () => {}, random: () => 0.5, attempts: 2 }
const secretForms = (s: string) => [s, encodeURIComponent(s), new URLSearchParams({ v: s }).toString().slice(2)]
const everything = (e: unknown) => `${String(e)} ${(e as Error).message} ${JSON.stringify(e)} ${(e as Error).stack}`

beforeAll(async () => {
  registry = await startFakeAep()
  registry.schemas.set('https://ns.adobe.com/acme/schemas/6b3a9f1c2d4e5f60718293a4b5c6d7e8', JSON.parse(readFileSync(PROFILE, 'utf8')) as Record<string, unknown>)
  aep = await startStandin()
  // another origin on 127.0.0.1 that records whatever reaches it
  elsewhere = createServer(async (req, res) => {
    let body = ''
    for await (const c of req) body += (c as Buffer).toString()
    received.push({ method: req.method ?? '', body })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ access_token: 'stolen', expires_in: 100 }))
  })
  await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r))
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/collect`
})
afterAll(async () => {
  await registry.close()
  await aep.close()
  elsewhere.closeAllConnections()
  await new Promise<void>((r) => elsewhere.close(() => r()))
})

describe('redaction of server text', () => {
  it('an IMS error that echoes the form body never shows the client secret', async () => {
    const env = testEnv(registry.url, { AEP_CLIENT_ID: 'echo-client' })
    // the stand-in really echoes it (so this test can fail)
    const raw = await (await fetch(`${registry.url}/ims/token/v3`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'echo-client', client_secret: REGISTRY_SECRET, scope: 'x' }).toString() })).text()
    expect(raw).toContain(REGISTRY_SECRET)
    const tokens = new TokenProvider(await loadCredentials({ env }), { retry: fast })
    const e = await tokens.get().then(() => undefined, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'AEP_UNAUTHORIZED' })
    expect(e!.message).toContain('client_secret=[redacted]')
    for (const f of secretForms(REGISTRY_SECRET)) expect(everything(e)).not.toContain(f)
  })

  it('a registry error that echoes the Authorization header never shows the token', async () => {
    const c = new RegistryClient({ credentials: await loadCredentials({ env: testEnv(registry.url) }), retry: fast })
    const token = await c.tokens.get()
    const e = await c.getSchema('echo').then(() => undefined, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'AEP_HTTP_ERROR' })
    expect(e!.message).toContain('authorization: Bearer [redacted]')
    expect(everything(e)).not.toContain(token)
  })

  it('a Catalog error that echoes the headers never shows the token (upload)', async () => {
    const dir = tmpDir('xdmap-secrets-')
    await makeRunOutput(`${dir}/run`, { rows: 3 })
    const e = await upload(`${dir}/run`, { datasetId: 'echo', env: standinEnv(aep.url), retry: fast }).then(() => undefined, (x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'AEP_HTTP_ERROR', exitCode: 2 })
    expect(e!.message).toMatch(/authorization=Bearer \[redacted\]/)
    expect(everything(e)).not.toMatch(/standin-token-/)
    expect(aep.requests.some((r) => r.path.endsWith('/dataSets/echo'))).toBe(true)
  })

  it('redact() covers the raw, URL-encoded and JSON-escaped forms of every registered secret', () => {
    const s = 'a+b/c=d"e&f'
    new TokenProvider({ clientId: 'x', clientSecret: s, scopes: 's', orgId: 'o', sandbox: 'prod', platformUrl: 'http://127.0.0.1:1', imsUrl: 'http://127.0.0.1:1' })
    expect(redact(`raw ${s} enc ${encodeURIComponent(s)} form ${new URLSearchParams({ v: s }).toString().slice(2)} json ${JSON.stringify(s)}`)).toBe('raw [redacted] enc [redacted] form [redacted] json "[redacted]"')
  })
})

describe('the token request never follows a redirect', () => {
  it('an IMS 307 to another 127.0.0.1 port: an error naming AEP_IMS_URL, and the other origin receives nothing', async () => {
    aep.imsRedirectTo = elsewhereUrl
    try {
      // what a plain fetch with redirect: follow would do: re-POST the body, secret included, to the other origin
      await fetch(`${aep.url}/ims/token/v3`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `client_secret=${CLIENT_SECRET}` })
      expect(received.map((r) => r.body)).toEqual([`client_secret=${CLIENT_SECRET}`])
      received.length = 0
      const tokens = new TokenProvider(await loadCredentials({ env: standinEnv(aep.url) }), { retry: fast })
      const e = await tokens.get().then(() => undefined, (x: unknown) => x as XdmapError)
      expect(e).toMatchObject({ code: 'AEP_IMS_REDIRECT' })
      expect(e!.message).toMatch(/HTTP 307 redirecting to http:\/\/127\.0\.0\.1:\d+: not followed.*AEP_IMS_URL/)
      expect(received).toEqual([])
      expect(everything(e)).not.toContain(CLIENT_SECRET)
    } finally {
      aep.imsRedirectTo = undefined
    }
  })
})
