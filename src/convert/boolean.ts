import { ConvertError, type Converter } from './failure.js'

/** Data Prep's boolean words (lower case; any case is accepted): the one vocabulary every module uses. */
export const BOOLEAN_WORDS = { true: ['y', 'yes', 'on', 'true'], false: ['n', 'no', 'off', 'false'] } as const
const TRUE = new Set<string>(BOOLEAN_WORDS.true)
const FALSE = new Set<string>(BOOLEAN_WORDS.false)

/** A boolean word (any case, surrounding spaces ignored), or undefined. */
export function booleanWord(text: string): boolean | undefined {
  const t = text.trim().toLowerCase()
  return TRUE.has(t) ? true : FALSE.has(t) ? false : undefined
}

/** Data Prep's string → boolean rule (y/yes/on/true and n/no/off/false, any case). Anything else is an error. */
export const booleanConverter: Converter = (cell) => {
  switch (cell) { // the common spellings without trim and lowercase
    case 'true': case 'yes': case 'y': case 'on': case 'TRUE': case 'True': case 'YES': case 'Yes': case 'Y': case 'ON': case 'On': return true
    case 'false': case 'no': case 'n': case 'off': case 'FALSE': case 'False': case 'NO': case 'No': case 'N': case 'OFF': case 'Off': return false
  }
  const b = booleanWord(cell)
  if (b !== undefined) return b
  return new ConvertError('CONVERT_NOT_BOOLEAN', `${JSON.stringify(cell)} is not a boolean: use true/false, yes/no, y/n or on/off`)
}
