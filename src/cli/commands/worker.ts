import type { CommandSpec } from '../spec.js'
import { XdmapError } from '../../util/errors.js'

/** `xdmap worker`: a long-running process mapping the chunk jobs of distributed runs (`xdmap run --queue`). */
export const command: CommandSpec = {
  name: 'worker',
  summary: 'map chunks of distributed runs taken from a Redis job queue (xdmap run --queue)',
  usage: ['worker --queue redis://HOST:PORT [--concurrency N] [--threads N]'],
  options: [
    { name: 'queue', type: 'string', value: 'redis://HOST:PORT', help: 'the job queue the coordinator (xdmap run --queue) fills' },
    { name: 'concurrency', type: 'string', value: 'N', help: 'chunks mapped at once by this process', default: '1' },
    { name: 'threads', type: 'string', value: 'N', help: 'worker threads of each chunk (as run --threads)', default: 'one per core, at most 4' },
    { name: 'lock-seconds', type: 'string', value: 'S', help: 'a chunk held by a worker that died goes back to the queue after about this long', default: '30' },
    { name: 'quiet', type: 'boolean', help: 'print nothing but errors' },
  ],
  examples: [
    'worker --queue redis://10.0.0.5:6379',
    'worker --queue redis://redis.internal:6379 --concurrency 2 --threads 2',
  ],
  notes: 'Input and output locations come with each job (a path every worker can read, or s3://). For S3 set AWS_REGION, ' +
    'AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, and AWS_ENDPOINT_URL with AWS_S3_FORCE_PATH_STYLE=true for S3-compatible servers.\n' +
    'SIGTERM (or Ctrl-C) stops taking jobs and finishes the running chunk; a second one exits at once (143) and the chunk\n' +
    'goes back to the queue when its lock expires.\n' +
    'While Redis is unreachable the worker retries with backoff. Exit codes: 0 stopped, 2 usage, 143 stopped by a second signal.',
  async main(args, io) {
    const v = args.values
    if (args.positionals.length) throw new XdmapError('USAGE', `worker takes no arguments, got ${args.positionals.join(' ')}`)
    const queue = typeof v.queue === 'string' ? v.queue : undefined
    if (!queue) throw new XdmapError('USAGE', 'worker needs --queue redis://HOST:PORT')
    const num = (name: string, min: number): number | undefined => {
      const s = v[name]
      if (typeof s !== 'string') return undefined
      if (!/^\d+$/.test(s) || Number(s) < min) throw new XdmapError('USAGE', `--${name} ${JSON.stringify(s)}: give a whole number of at least ${min}`)
      return Number(s)
    }
    const concurrency = num('concurrency', 1)
    const threads = num('threads', 0)
    const lock = num('lock-seconds', 1)
    const { startWorker } = await import('../../distributed/worker.js')
    const { describeQueue } = await import('../../distributed/queue.js')
    const quiet = v.quiet === true
    const log = (m: string): void => { if (!quiet) io.stderr.write(`xdmap worker: ${m}\n`) }
    const worker = startWorker({
      queue,
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(threads !== undefined ? { threads } : {}),
      ...(lock !== undefined ? { lockMs: lock * 1000 } : {}),
      onLog: log,
    })
    log(`waiting for chunk jobs on ${describeQueue(queue)} (SIGTERM to stop)`)
    let stopping = false
    const stop = (): void => {
      if (!stopping) {
        stopping = true
        log('stopping: finishing the running chunk (send the signal again to stop at once)')
        void worker.close()
      } else {
        // the chunk's lock is not renewed any more: BullMQ gives it to another worker when it expires
        log('stopped at once: the running chunk goes back to the queue when its lock expires')
        process.exit(143)
      }
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
    try {
      await worker.closed
    } finally {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
    }
    log('stopped')
    return 0
  },
}
