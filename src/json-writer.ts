export * from './codegen/json-writer.js' // moved to src/codegen/json-writer.ts; kept while process.ts and index.ts import this path
