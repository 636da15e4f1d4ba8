import type { ConfigurationCode } from './codes.js'
import { readFile } from 'node:fs/promises'
import { XdmapError } from './errors.js'

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let last = -1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i }
  return { line, column: offset - last }
}

/** Reads and parses a JSON file; a syntax error names the file, line and column. */
export async function readJsonFile(file: string, code: ConfigurationCode): Promise<{ value: unknown; text: string }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new XdmapError(err.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'IO_ERROR', `Cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`, { file })
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  try {
    return { value: JSON.parse(text), text }
  } catch (e) {
    const msg = (e as Error).message
    const m = /position (\d+)/.exec(msg)
    const loc = m ? lineColumn(text, Number(m[1])) : undefined
    throw new XdmapError(code, `${file} is not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}${loc ? ` at line ${loc.line}, column ${loc.column}` : ''}`, loc ? { file, line: loc.line } : { file })
  }
}
