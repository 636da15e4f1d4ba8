import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The redis-server binary, or undefined when this machine has none (the distributed suites then skip, saying so). */
export function redisServerBinary(): string | undefined {
  const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? 'redis-server' : undefined
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export interface RedisServer {
  url: string
  port: number
  stop(): Promise<void>
}

/** Starts a throwaway redis-server on 127.0.0.1 (no persistence, its own temp dir); stop() ends it and removes the dir. */
export async function startRedis(port?: number): Promise<RedisServer> {
  port ??= await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'xdmap-redis-'))
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`redis-server did not start: ${log}`)), 10_000)
    child.stdout!.on('data', (d: Buffer) => {
      log += d.toString()
      if (log.includes('Ready to accept connections')) { clearTimeout(t); resolve() }
    })
    child.once('exit', (code) => { clearTimeout(t); reject(new Error(`redis-server exited (${code}): ${log}`)) })
  })
  child.stdout!.resume()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await gone
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
