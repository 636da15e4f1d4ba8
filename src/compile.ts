export * from './codegen/compile.js' // moved to src/codegen/compile.ts; kept while process.ts, run.ts, sinks/parquet.ts and index.ts import this path
