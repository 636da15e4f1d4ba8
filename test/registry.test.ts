import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCredentials, parseEnvFile } from '../src/aep/credentials.js'
import { loadSchema } from '../src/schema/load.js'
import { pullSchema } from '../src/schema/sources.js'
import { RegistryClient } from '../src/aep/registry.js'
import { retryAfterMs } from '../src/aep/http.js'
import { TokenProvider } from '../src/aep/ims.js'
import { XdmapError } from '../src/util/errors.js'
import { CLIENT_SECRET, startFakeAep, testEnv, type FakeAep } from './helpers/aep-server.js'
import { PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const ID = 'https://ns.adobe.com/acme/schemas/6b3a9f1c2d4e5f60718293a4b5c6d7e8'
let aep: FakeAep
const base = tmpDir('xdmap-registry-')
const fast = { sleep: async () => {}, random: () => 0.5 }

beforeAll(async () => {
  aep = await startFakeAep()
  aep.schemas.set(ID, JSON.parse(readFileSync(PROFILE, 'utf8')) as Record<string, unknown>)
})
afterAll(async () => { await aep.close() })

async function client(extra: Record<string, string> = {}, retry = {}) {
  return new RegistryClient({ credentials: await loadCredentials({ env: testEnv(aep.url, extra) }), retry: { ...fast, ...retry } })
}

describe('IMS tokens', () => {
  it('gets a token with client_credentials and keeps it until shortly before expires_in', async () => {
    let now = 1_000_000
    const tokens = new TokenProvider(await loadCredentials({ env: testEnv(aep.url) }), { now: () => now, retry: fast })
    const before = aep.tokensIssued
    const t1 = await tokens.get()
    expect(await tokens.get()).toBe(t1)
    now += (86399 - TokenProvider.MARGIN_S - 1) * 1000
    expect(await tokens.get()).toBe(t1)
    now += 2000
    expect(await tokens.get()).not.toBe(t1)
    expect(aep.tokensIssued - before).toBe(2)
    const form = aep.requests.filter((r) => r.path === '/ims/token/v3')
    expect(form.at(-1)!.headers['content-type']).toBe('application/x-www-form-urlencoded')
  })

  it('refuses bad client credentials with what to check, and never shows the secret', async () => {
    const c = await client({ AEP_CLIENT_SECRET: 'wrong-secret-xyz' })
    const e = await c.getSchema(ID).catch((x: unknown) => x as XdmapError)
    expect(e).toBeInstanceOf(XdmapError)
    expect((e as XdmapError).code).toBe('AEP_UNAUTHORIZED')
    expect((e as XdmapError).message).toMatch(/AEP_CLIENT_ID.*AEP_CLIENT_SECRET/)
    expect(JSON.stringify(e) + String(e) + (e as Error).stack).not.toMatch(/wrong-secret-xyz|token-\d/)
  })
})

describe('Schema Registry client', () => {
  it('sends every required header and the xed-full Accept value, in the container the id implies', async () => {
    const c = await client()
    const { schema, etag } = await c.getSchema(ID)
    expect(schema!.$id).toBe(ID)
    expect(schema!['meta:descriptors']).toBeUndefined()
    expect(etag).toBe('"f-1.2"')
    const r = aep.requests.at(-1)!
    expect(r.path).toBe(`/data/foundation/schemaregistry/tenant/schemas/${encodeURIComponent(ID)}`)
    expect(r.headers).toMatchObject({ 'x-api-key': 'test-client-id', 'x-gw-ims-org-id': 'TESTORG@AdobeOrg', 'x-sandbox-name': 'dev-sandbox', accept: 'application/vnd.adobe.xed-full+json; version=1' })
    expect(r.headers.authorization).toMatch(/^Bearer token-\d+-abcdef$/)
  })

  it('asks for xed-full-desc with descriptors, and uses the global container for Adobe ids', async () => {
    const c = await client()
    const { schema } = await c.getSchema(ID, { descriptors: true })
    expect(aep.requests.at(-1)!.headers.accept).toBe('application/vnd.adobe.xed-full-desc+json; version=1')
    expect((schema!['meta:descriptors'] as unknown[]).length).toBe(2)
    await c.getSchema('https://ns.adobe.com/xdm/context/profile').catch(() => undefined)
    expect(aep.requests.at(-1)!.path).toBe('/data/foundation/schemaregistry/global/schemas/https%3A%2F%2Fns.adobe.com%2Fxdm%2Fcontext%2Fprofile')
  })

  it('gets a fresh token once after a 401 for an expired token', async () => {
    const c = await client()
    await c.tokens.get()
    const issued = aep.tokensIssued
    const { schema } = await c.getSchema('expired-token')
    expect(schema!.$id).toBe(ID)
    expect(aep.tokensIssued).toBe(issued + 1)
  })

  it('waits for Retry-After on 429, then succeeds', async () => {
    const c = await client({}, { sleep: undefined })
    const t0 = Date.now()
    const { schema } = await c.getSchema('rate-limited')
    expect(schema!.$id).toBe(ID)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950)
  })

  it('retries a 500, then succeeds', async () => {
    const c = await client()
    expect((await c.getSchema('flaky')).schema!.$id).toBe(ID)
  })

  it('gives up on a response slower than the timeout after a bounded number of attempts', async () => {
    const c = await client({}, { timeoutMs: 200, attempts: 2 })
    const e = await c.getSchema('slow').catch((x: unknown) => x as XdmapError)
    expect(e).toMatchObject({ code: 'AEP_UNAVAILABLE' })
    expect((e as Error).message).toMatch(/no answer within 200 ms after 2 attempts/)
  })

  it('explains 403 and 404', async () => {
    const c = await client()
    await expect(c.getSchema('forbidden')).rejects.toMatchObject({ code: 'AEP_FORBIDDEN', message: expect.stringMatching(/AEP_ORG_ID, AEP_SANDBOX/) })
    await expect(c.getSchema('https://ns.adobe.com/acme/schemas/nope')).rejects.toMatchObject({ code: 'AEP_NOT_FOUND', message: expect.stringMatching(/check the id .* container .* AEP_SANDBOX/) })
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000)
    expect(retryAfterMs('soon')).toBeUndefined()
  })
})

describe('registry: schema references', () => {
  it('pulls once, caches with the ETag, then works offline; --offline without a cache refuses the network', async () => {
    const cacheDir = join(base, 'cache')
    const env = testEnv(aep.url)
    const first = await pullSchema(ID, { env, cacheDir, retry: fast })
    expect(first.from).toBe('registry')
    const files = (await import('node:fs')).readdirSync(join(cacheDir, 'dev-sandbox'))
    expect(files).toHaveLength(1)
    const cached = JSON.parse(readFileSync(join(cacheDir, 'dev-sandbox', files[0]!), 'utf8'))
    expect(cached).toMatchObject({ id: ID, etag: '"d-1.2"', descriptors: true })
    expect(Date.parse(cached.fetchedAt)).toBeGreaterThan(0)
    const count = aep.requests.length
    const catalog = await loadSchema(`registry:${ID}`, { env: { ...env, AEP_PLATFORM_URL: 'http://127.0.0.1:9' }, cacheDir, offline: true })
    expect(aep.requests.length).toBe(count)
    expect(catalog.byPath.get('_acme.loyalty.memberId')!.identity).toEqual({ namespace: 'LOYALTYID', primary: true })
    const refreshed = await pullSchema(ID, { env, cacheDir, refresh: true, retry: fast })
    expect(refreshed.from).toBe('cache')
    expect(aep.requests.at(-1)!.headers['if-none-match']).toBe('"d-1.2"')
    await expect(loadSchema('registry:https://ns.adobe.com/acme/schemas/other', { env, cacheDir, offline: true })).rejects.toMatchObject({ code: 'AEP_OFFLINE' })
  })

  it('reads credentials from a .env file and names what is missing', async () => {
    expect(parseEnvFile('# c\nexport AEP_CLIENT_ID="abc"\nAEP_SANDBOX=dev # note\n\nBAD LINE\n')).toEqual({ AEP_CLIENT_ID: 'abc', AEP_SANDBOX: 'dev' })
    await expect(loadCredentials({ env: {} })).rejects.toThrow(/Missing AEP_CLIENT_ID, AEP_CLIENT_SECRET, AEP_ORG_ID/)
    const file = join(base, 'creds.env')
    writeFileSync(file, Object.entries(testEnv(aep.url)).map(([k, v]) => `${k}=${v}`).join('\n'))
    expect((await loadCredentials({ file, env: {} })).sandbox).toBe('dev-sandbox')
  })
})

describe('xdmap schema pull (CLI)', () => {
  const CLI = join(ROOT, 'dist', 'cli.js')
  // async: the fake AEP answers from this process, so the test must not block its event loop
  const cli = (args: string[], env: Record<string, string>) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })

  it('writes the pulled schema, and prints no secret or token, also when it fails', async () => {
    const out = join(base, 'pulled.json')
    const env = testEnv(aep.url, { XDMAP_CACHE_DIR: join(base, 'cli-cache'), AEP_HTTP_ATTEMPTS: '2', NODE_DEBUG: 'http,fetch' })
    const ok = await cli(['schema', 'pull', ID, '--out', out, '--descriptors'], env)
    expect(ok.status, ok.stderr).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).$id).toBe(ID)
    const bad = await cli(['schema', 'pull', 'forbidden'], { ...env, XDMAP_CACHE_DIR: join(base, 'cli-cache-2') })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/AEP_FORBIDDEN/)
    const creds = join(base, 'bad.env')
    writeFileSync(creds, `AEP_CLIENT_SECRET=${CLIENT_SECRET}-nope\n`)
    // the environment wins over the file, so the file's wrong secret is used only where the environment has none
    const { AEP_CLIENT_SECRET: _secret, ...noSecret } = env
    const wrong = await cli(['schema', 'pull', ID, '--credentials', creds], { ...noSecret, XDMAP_CACHE_DIR: join(base, 'cli-cache-3') })
    expect(wrong.status).toBe(2)
    for (const r of [ok, bad, wrong]) expect(r.stdout + r.stderr).not.toMatch(new RegExp(`${CLIENT_SECRET}|token-\\d+-abcdef`))
    expect(existsSync(join(base, 'cli-cache', 'dev-sandbox'))).toBe(true)
  })
})
