export * from './codegen/serialize.js' // moved to src/codegen/serialize.ts; kept while process.ts, run.ts, worker.ts and index.ts import this path
