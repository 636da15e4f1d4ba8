import { createReadStream } from 'node:fs'
import { XdmapError } from '../util/errors.js'
import { decode, normalizeEncoding } from './decode.js'
import { CsvParser, type CsvRow } from './parse.js'

export interface SampleOptions {
  /** Rows to keep (default 1000). */
  limit?: number
  encoding?: string
  delimiter?: string
  /** Which rows to keep (and count towards the limit). Default: every row, also those that do not parse. */
  keep?: (row: CsvRow, header: readonly string[]) => boolean
}

/**
 * The header and the first rows of a CSV, streamed: reading stops once `limit` rows are kept, so a 10 GB file costs
 * what a small one does. `header` is undefined for an empty file.
 */
export async function readCsvSample(file: string, options: SampleOptions = {}): Promise<{ header: string[] | undefined; rows: CsvRow[] }> {
  const { limit = 1000, keep = () => true } = options
  // sniffed as run does: a sep= line and title lines are skipped whether the delimiter is given or not
  const parser = new CsvParser({ delimiter: options.delimiter ?? 'auto', sniff: true })
  let header: string[] | undefined
  const rows: CsvRow[] = []
  const take = (batch: CsvRow[]): boolean => {
    for (const r of batch) {
      if (!header) { header = r.cells; continue }
      if (rows.length < limit && keep(r, header)) rows.push(r)
      if (rows.length >= limit) return true
    }
    return false
  }
  const stream = createReadStream(file)
  try {
    let full = false
    for await (const chunk of decode(stream, { encoding: normalizeEncoding(options.encoding ?? 'utf8') })) {
      if ((full = take(parser.push(chunk).rows))) break
    }
    if (!full) take(parser.push('', true).rows)
  } catch (e) {
    if (e instanceof XdmapError) throw e
    throw new XdmapError('FILE_NOT_FOUND', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { file })
  } finally {
    stream.destroy()
  }
  return { header, rows }
}
