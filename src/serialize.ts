// moved: src/codegen/serialize.ts (kept so the modules importing this path compile until they move)
export * from './codegen/serialize.js'
