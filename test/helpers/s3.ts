import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './redis.js'

export interface S3StandIn {
  endpoint: string
  bucket: string
  /** Environment for a process that talks to it (the usual AWS_* variables). */
  env: Record<string, string>
  stop(): Promise<void>
}

/** Starts s3rver (an S3 stand-in from npm) on 127.0.0.1 with one bucket, storing in a temp dir. */
export async function startS3(bucket = 'xdmap-test'): Promise<S3StandIn> {
  const { default: S3rver } = await import('s3rver')
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'xdmap-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: { AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_S3_FORCE_PATH_STYLE: 'true' },
    async stop() {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
