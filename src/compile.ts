// moved: src/codegen/compile.ts (kept so the modules importing this path compile until they move)
export * from './codegen/compile.js'
