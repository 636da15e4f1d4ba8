import { homedir } from 'node:os'
import { join } from 'node:path'
import { loadCredentials } from '../aep/credentials.js'
import type { RetryOptions } from '../aep/http.js'
import { cachePath, readCache, RegistryClient, writeCache, type Container } from '../aep/registry.js'
import { XdmapError } from '../util/errors.js'
import { readJsonFile } from '../util/json-file.js'
import { ComponentIndex, resolveSchema } from './xdm-sources.js'

/**
 * Where a schema comes from: a resolved file (the registry's shape), a registry reference `registry:<id>`
 * (pulled once, cached on disk with its ETag), or raw adobe/xdm sources resolved against `--components DIR`.
 */
export interface SchemaSourceOptions {
  /** Components directory for raw adobe/xdm sources. */
  components?: string
  /** `.env`-style credentials file (otherwise the environment). */
  credentials?: string
  /** Refuse the network: a registry reference must be in the cache. */
  offline?: boolean
  /** Revalidate a cached registry schema (conditional GET with its ETag). */
  refresh?: boolean
  /** Cache directory. Default $XDMAP_CACHE_DIR, else $XDG_CACHE_HOME/xdmap, else ~/.cache/xdmap. */
  cacheDir?: string
  /** Fetch with descriptors (identities). Default true for registry references. */
  descriptors?: boolean
  container?: Container
  env?: Record<string, string | undefined>
  /** HTTP retry and timeout settings (default: AEP_HTTP_TIMEOUT_MS / AEP_HTTP_ATTEMPTS, else 30 s and 4 attempts). */
  retry?: RetryOptions
}

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.XDMAP_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'xdmap')
}

/** A registry schema, from the cache when present (and not refreshed), else from the registry. */
export async function pullSchema(id: string, options: SchemaSourceOptions = {}): Promise<{ schema: Record<string, unknown>; from: 'cache' | 'registry'; etag?: string }> {
  const env = options.env ?? process.env
  const descriptors = options.descriptors ?? true
  const dir = options.cacheDir ?? defaultCacheDir(env)
  const sandbox = env.AEP_SANDBOX ?? 'prod'
  const file = cachePath(dir, sandbox, id, descriptors)
  const cached = await readCache(file)
  if (cached && (!options.refresh || options.offline)) return { schema: cached.schema, from: 'cache', ...(cached.etag ? { etag: cached.etag } : {}) }
  if (options.offline) throw new XdmapError('AEP_OFFLINE', `Schema ${id} is not in the cache (${dir}) and --offline refuses the network; pull it once without --offline`)
  const credentials = await loadCredentials({ ...(options.credentials ? { file: options.credentials } : {}), env })
  const retry: RetryOptions = options.retry ?? {
    ...(env.AEP_HTTP_TIMEOUT_MS ? { timeoutMs: Number(env.AEP_HTTP_TIMEOUT_MS) } : {}),
    ...(env.AEP_HTTP_ATTEMPTS ? { attempts: Number(env.AEP_HTTP_ATTEMPTS) } : {}),
  }
  const client = new RegistryClient({ credentials, retry })
  const got = await client.getSchema(id, { descriptors, ...(options.container ? { container: options.container } : {}), ...(cached?.etag ? { etag: cached.etag } : {}) })
  if (got.notModified && cached) {
    await writeCache(file, { ...cached, fetchedAt: new Date().toISOString() })
    return { schema: cached.schema, from: 'cache', ...(cached.etag ? { etag: cached.etag } : {}) }
  }
  const schema = got.schema!
  await writeCache(file, { id, ...(got.etag ? { etag: got.etag } : {}), fetchedAt: new Date().toISOString(), descriptors, schema })
  return { schema, from: 'registry', ...(got.etag ? { etag: got.etag } : {}) }
}

/** True if a schema JSON is raw adobe/xdm source (has $refs or allOf to resolve) rather than a resolved schema. */
export function isRawSource(schema: Record<string, unknown>): boolean {
  const text = JSON.stringify(schema)
  return text.includes('"$ref"') || Array.isArray(schema.allOf)
}

/** Reads a schema reference into the registry's resolved shape. */
export async function readSchemaSource(ref: string, options: SchemaSourceOptions = {}): Promise<{ schema: Record<string, unknown>; source: string }> {
  if (ref.startsWith('registry:')) {
    const id = ref.slice('registry:'.length)
    if (!id) throw new XdmapError('USAGE', 'registry: needs a schema $id or meta:altId after it')
    return { schema: (await pullSchema(id, options)).schema, source: ref }
  }
  const { value } = await readJsonFile(ref, 'SCHEMA_INVALID')
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new XdmapError('SCHEMA_INVALID', `${ref} does not hold a JSON Schema object`, { file: ref })
  const schema = value as Record<string, unknown>
  if (isRawSource(schema)) {
    if (!options.components) {
      throw new XdmapError('SCHEMA_UNRESOLVED_REF', `${ref} is an adobe/xdm source with $ref/allOf to resolve: give --components DIR (the directory of class, field group and data type sources), or use the registry's resolved shape`, { file: ref })
    }
    const index = await ComponentIndex.load(options.components)
    return { schema: resolveSchema(index, { id: String(schema.$id ?? ref), file: ref, schema }), source: ref }
  }
  return { schema, source: ref }
}
