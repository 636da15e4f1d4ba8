import { Redis, type RedisOptions } from 'ioredis'
import { XdmapError } from '../util/errors.js'

/**
 * The job queue: BullMQ on Redis. Redis only coordinates (which chunk, which attempt, done or failed); every byte
 * of data goes through the shared filesystem or S3.
 */

/** Chunk jobs: one per chunk, the children of a run's flow. */
export const CHUNK_QUEUE = 'xdmap-chunks'
/** One parent job per coordinator session: it leaves `waiting-children` when every chunk completed. */
export const RUN_QUEUE = 'xdmap-runs'

/** `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) → ioredis options. */
export function redisOptions(url: string): RedisOptions & { host: string; port: number } {
  let u: URL
  try { u = new URL(url) } catch {
    throw new XdmapError('OPTION_QUEUE', `--queue ${JSON.stringify(url)} is not a Redis URL: write redis://HOST:PORT`)
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new XdmapError('OPTION_QUEUE', `--queue ${JSON.stringify(url)} is not a Redis URL: write redis://HOST:PORT`)
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0
  if (!Number.isInteger(db) || db < 0) throw new XdmapError('OPTION_QUEUE', `--queue ${url}: the database must be a number (redis://HOST:PORT/0)`)
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis: commands wait for a reconnection instead of failing after a few retries
    maxRetriesPerRequest: null,
  }
}

/** Where the queue is, for messages (without the password). */
export function describeQueue(url: string): string {
  const o = redisOptions(url)
  return `redis://${o.host}:${o.port}${o.db ? `/${o.db}` : ''}`
}

/** Connects once, without retrying: a coordinator that cannot reach Redis stops with exit 2 before touching anything. */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  const opts = redisOptions(url)
  const r = new Redis({ ...opts, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, enableOfflineQueue: false })
  r.on('error', () => {})
  try {
    await r.connect()
    await r.ping()
  } catch (e) {
    throw new XdmapError('QUEUE_UNREACHABLE', `Cannot reach Redis at ${describeQueue(url)}: ${(e as Error).message}. Start Redis (redis-server) or fix --queue`)
  } finally {
    r.disconnect()
  }
}
