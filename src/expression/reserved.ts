/** Data Prep's reserved words: a column of that name must be written wrapped, `${new}` (in sources and expressions). */
export const RESERVED_WORDS = new Set(['new', 'mod', 'or', 'break', 'var', 'lt', 'for', 'false', 'while', 'eq', 'gt', 'div', 'not', 'null', 'continue', 'else', 'and', 'ne', 'true', 'le', 'if', 'ge', 'return', '_errors'])
