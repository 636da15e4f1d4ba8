import type { OptionSpec } from '../cli/spec.js'

/** The options `run` takes for a distributed run (kept apart from the coordinator so `xdmap run` loads no queue client). */
export const RUN_QUEUE_OPTIONS: OptionSpec[] = [
  { name: 'queue', type: 'string', value: 'redis://HOST:PORT', help: 'map on workers (xdmap worker) through this Redis job queue; --out may be s3://bucket/prefix' },
  { name: 'chunk-bytes', type: 'string', value: 'SIZE', help: 'bytes per chunk job with --queue', default: '256MB' },
]
