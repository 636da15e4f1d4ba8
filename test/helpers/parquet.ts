import { DuckDBInstance } from '@duckdb/node-api'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'

/** Rows of a Parquet file read by hyparquet (an independent reader). */
export async function readWithHyparquet(file: string): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({ file: await asyncBufferFromFile(file) }) as Promise<Record<string, unknown>[]>
}

/** Rows (as JSON values) and column types of Parquet files read by DuckDB. */
export async function readWithDuckDB(glob: string): Promise<{ rows: unknown[]; types: Record<string, string>; count: number }> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  await con.run("SET TimeZone = 'UTC'")
  const g = glob.replace(/'/g, "''")
  const describe = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${g}')`)
  const types = Object.fromEntries(describe.getRows().map((r) => [String(r[0]), String(r[1])]))
  const json = await con.runAndReadAll(`SELECT to_json(t)::VARCHAR FROM read_parquet('${g}', filename = false) t`)
  const rows = json.getRows().map((r) => JSON.parse(String(r[0])))
  const count = Number((await con.runAndReadAll(`SELECT count(*) FROM read_parquet('${g}')`)).getRows()[0]![0])
  con.closeSync()
  return { rows, types, count }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/

/**
 * A value as an instant-and-number-normalised JSON value: dates and timestamps (strings, Date objects) become
 * epoch ms, bigints numbers, and null or absent fields (Parquet writes absent as null) are dropped.
 */
export function normalize(v: unknown): unknown {
  if (v === null || v === undefined) return undefined
  if (v instanceof Date) return v.getTime()
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'string') {
    if (DATE.test(v)) return Date.parse(`${v}T00:00:00Z`)
    if (INSTANT.test(v)) return Date.parse(v.endsWith('Z') ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`)
    return v
  }
  if (Array.isArray(v)) return v.map(normalize).filter((x) => x !== undefined)
  if (typeof v === 'object') {
    const entries = Object.entries(v as object).map(([k, x]) => [k, normalize(x)] as const).filter(([, x]) => x !== undefined)
    return entries.length ? Object.fromEntries(entries) : undefined
  }
  return v
}
