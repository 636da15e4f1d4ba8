/**
 * Parquet output (aep-facts §1), in pieces under parquet/: schema.ts (the AEP type table), shred.ts (records →
 * column vectors with levels), encode.ts (column vectors → finished row groups, in the workers), file.ts (groups →
 * file with footer), sink.ts (the main thread's half: files within the size and row limits).
 */
export { parquetSchema, leafColumns, type SchemaElement } from './parquet/schema.js'
export { Shredder } from './parquet/shred.js'
export { GroupEncoder, type Compression, type EncodedGroup } from './parquet/encode.js'
export { parquetSink, type GroupSink, type ParquetSinkOptions } from './parquet/sink.js'
