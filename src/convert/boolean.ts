import { ConvertError, type Converter } from './failure.js'

const TRUE = new Set(['y', 'yes', 'on', 'true'])
const FALSE = new Set(['n', 'no', 'off', 'false'])

/** Data Prep's string → boolean rule (y/yes/on/true and n/no/off/false, any case). Anything else is an error. */
export const booleanConverter: Converter = (cell) => {
  switch (cell) { // the common spellings without trim and lowercase
    case 'true': case 'yes': case 'y': case 'on': case 'TRUE': case 'True': case 'YES': case 'Yes': case 'Y': case 'ON': case 'On': return true
    case 'false': case 'no': case 'n': case 'off': case 'FALSE': case 'False': case 'NO': case 'No': case 'N': case 'OFF': case 'Off': return false
  }
  const t = cell.trim().toLowerCase()
  if (TRUE.has(t)) return true
  if (FALSE.has(t)) return false
  return new ConvertError('CONVERT_NOT_BOOLEAN', `${JSON.stringify(cell)} is not a boolean: use true/false, yes/no, y/n or on/off`)
}
