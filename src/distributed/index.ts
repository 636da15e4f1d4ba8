// Distributed runs (`import { runDistributed, startWorker } from 'xdmap/distributed'`): kept out of the main entry so
// that loading xdmap does not load BullMQ, ioredis or the AWS SDK.
export { runDistributed, DEFAULT_CHUNK_BYTES, type DistributedRunOptions, type DistributedReport } from './coordinator.js'
export { startWorker, type WorkerOptions, type ChunkWorker } from './worker.js'
export { executeChunk, readPlan, type ChunkExecOptions } from './chunk.js'
export { mergeChunks, globalNumbers, type DistributedManifest } from './merge.js'
export { planSplit, sniffEncoding, type SplitPlan, type ChunkRange, type SplitOptions } from './split.js'
export { openLocation, fsStorage, S3Storage, isS3Url, type Storage, type Location } from './storage.js'
export { checkRedis, redisOptions, describeQueue, CHUNK_QUEUE, RUN_QUEUE } from './queue.js'
export { runQueued, distributedOptions, RUN_QUEUE_OPTIONS } from './cli.js'
export type { RunPlan, ChunkCommit, ChunkJob, ChunkRunOptions } from './plan.js'
