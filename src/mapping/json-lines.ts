/**
 * Line numbers of the elements of a top-level array property in a JSON text (`"mappings": [ {...}, ... ]`),
 * so that a problem with mappings[i] can point at its line in the mapping file.
 */
export function arrayElementLines(text: string, property: string): number[] {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let i = 0
  let target = -1 // depth of the target array's elements, once inside it
  let lastKey: string | undefined
  let keyDepth = -1
  while (i < text.length) {
    const c = text[i]!
    if (c === '\n') { line++; i++; continue }
    if (c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const str = text.slice(i + 1, j)
      i = j + 1
      if (target === depth) lines.push(line)
      // a key at depth 1 followed by ':'
      // the line breaks skipped while looking for ':' count only when the ':' is taken (else the main loop counts them)
      let k = i
      let breaks = 0
      while (k < text.length && /\s/.test(text[k]!)) { if (text[k] === '\n') breaks++; k++ }
      if (text[k] === ':') { lastKey = str; keyDepth = depth; i = k + 1; line += breaks }
      continue
    }
    if (c === '{' || c === '[') {
      if (target === depth) lines.push(line)
      depth++
      if (c === '[' && target === -1 && depth === 2 && lastKey === property && keyDepth === 1) target = depth
    } else if (c === '}' || c === ']') {
      if (target === depth && c === ']') target = -2
      depth--
    } else if (target === depth && /[-0-9tfn]/.test(c)) {
      lines.push(line)
      while (i < text.length && /[^,\]\s]/.test(text[i]!)) i++
      continue
    }
    i++
  }
  return lines
}
