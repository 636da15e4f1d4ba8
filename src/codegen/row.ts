import { ConvertError, type Converter } from '../convert/index.js'
import type { ResolvedMapping } from '../mapping/load.js'
import { _, join, literalProperty, setProperty, type Code, type Name, type Scope } from './code.js'
import type { TNode } from './tree.js'

/**
 * The object builder: the code that computes a row's record from its cells, bottom-up (children first), so that
 * a node is built only when the presence rule (tree.ts) keeps it. Each node's value lands in a local (undefined when
 * the node is left out); the byte writer (write.ts) reads the same locals.
 */

/** Where a mapped node's value comes from. */
export type Feed =
  /** A CSV cell, converted (no converter: strings pass through). */
  | { kind: 'column'; column: number; convert?: Converter }
  /** A STATIC constant (JSON data). */
  | { kind: 'constant'; value: unknown }
  /** An expression with its conversion: the value, undefined (left out) or a ConvertError. */
  | { kind: 'expression'; evaluate: (cells: readonly string[]) => unknown }

export interface BuilderNames {
  cells: Name
  fail: Name
  /**
   * Objects (not maps) built as one literal holding every key the mapping can fill, absent values undefined: one
   * hidden class per object node whatever the row holds (only where the schema has no keyword that counts or matches
   * an object's keys: see compile.ts).
   */
  fixedShapes?: boolean
}

export interface Built {
  /** Statements computing every node's local. */
  code: Code
  /** The local of each node. */
  locals: Map<TNode, Name>
}

/** The builder code of a tree whose mapped nodes are fed as `feedOf` says. */
export function buildRecord(tree: TNode, feedOf: (m: ResolvedMapping) => Feed, scope: Scope, names: BuilderNames): Built {
  const { cells, fail } = names
  const fixedShapes = names.fixedShapes === true
  const E = scope.value('ConvertError', ConvertError)
  const lines: Code[] = []
  const locals = new Map<TNode, Name>()

  const emit = (node: TNode): Name => {
    const v = scope.name('v')
    locals.set(node, v)
    const m = node.mapping
    if (m) {
      const feed = feedOf(m)
      if (feed.kind === 'constant') {
        lines.push(_`const ${v} = ${feed.value as string | number | boolean};`)
      } else if (feed.kind === 'expression') {
        const x = scope.value('expression', feed.evaluate)
        lines.push(_`let ${v}; { const r = ${x}(${cells}); if (r instanceof ${E}) ${fail}(${m.index}, "", r); else ${v} = r; }`)
      } else if (!feed.convert) {
        lines.push(_`let ${v}; { const c = ${cells}[${feed.column}]; if (c !== "") ${v} = c; }`)
      } else {
        const conv = scope.value('convert', feed.convert)
        lines.push(_`let ${v}; { const c = ${cells}[${feed.column}]; if (c !== "") { const r = ${conv}(c); if (r instanceof ${E}) ${fail}(${m.index}, c, r); else ${v} = r; } }`)
      }
      return v
    }
    const kids = node.children.map((c) => ({ c, v: emit(c) }))
    // written when a column-fed child has a value; with none, when a child has one (a STATIC always has)
    const deciding = node.dynamic ? kids.filter((k) => k.c.dynamic) : kids
    const cond = node.always ? _`true` : join(deciding.map((k) => _`${k.v} !== undefined`), _` || `)
    lines.push(_`let ${v}; if (${cond}) {`)
    if (node.kind === 'object' && fixedShapes) {
      lines.push(_`  ${v} = { ${join(kids.map(({ c, v: cv }) => literalProperty(String(c.key), cv)), _`, `)} };`)
    } else {
      lines.push(node.kind === 'array' ? _`  ${v} = [];` : _`  ${v} = {};`)
      for (const { c, v: cv } of kids) {
        const set = node.kind === 'array' ? _`${v}.push(${cv});` : setProperty(v, String(c.key), cv, scope)
        lines.push(c.always ? _`  ${set}` : _`  if (${cv} !== undefined) ${set}`)
      }
    }
    lines.push(_`}`)
    return v
  }
  emit(tree)
  return { code: join(lines, _`\n`), locals }
}
