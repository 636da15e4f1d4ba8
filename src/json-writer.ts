// moved: src/codegen/json-writer.ts (kept so the modules importing this path compile until they move)
export * from './codegen/json-writer.js'
