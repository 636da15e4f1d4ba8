import { BOOLEAN_WORDS } from '../convert/boolean.js'
import { decodeKeys, quotable } from './time.js'

/**
 * Yes and no as exports write them in the languages of the vocabulary, pair by pair (Ja/Nein, Nee, Nej, Nei; Oui/Non;
 * Sí/No; Sim/Não; 0/1; T/F ...). Data Prep's boolean conversion reads only y/yes/on/true and n/no/off/false, so a
 * boolean field fed from such a column needs a decode.
 */
const PAIRS: [string, string][] = [
  ['ja', 'nein'], ['ja', 'nej'], ['ja', 'nei'], ['ja', 'nee'], ['oui', 'non'], ['si', 'no'], ['sí', 'no'], ['sì', 'no'], ['sim', 'não'], ['sim', 'nao'],
  ['tak', 'nie'], ['ano', 'ne'], ['igen', 'nem'], ['evet', 'hayır'], ['evet', 'hayir'], ['ναι', 'όχι'], ['ναι', 'οχι'], ['kyllä', 'ei'],
  ['da', 'nu'], ['ya', 'tidak'], ['có', 'không'], ['是', '否'], ['はい', 'いいえ'], ['有', '無'], ['有', '无'], ['예', '아니오'], ['예', '아니요'],
  ['да', 'нет'], ['так', 'ні'], ['1', '0'], ['t', 'f'], ['wahr', 'falsch'], ['vrai', 'faux'], ['verdadero', 'falso'], ['vero', 'falso'],
]
const NATIVE = new Set<string>([...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false])

/**
 * When the sampled values are yes/no words Data Prep's boolean conversion does not read (Nej, Oui, 0/1), the decode table
 * into "true"/"false": every sampled word and its pair's other word (a column of "Nej" alone may hold "Ja" further down);
 * else undefined. All non-empty values must be such words, and at least one must need the decode.
 */
export function flagDecode(sample: string[]): [string, string][] | undefined {
  const values = decodeKeys(sample)
  if (!values.length || values.every((v) => NATIVE.has(v))) return undefined
  const table = new Map<string, string>()
  for (const v of values) {
    if (NATIVE.has(v)) continue
    const pairs = PAIRS.filter((p) => p.includes(v))
    if (!pairs.length || !quotable(v)) return undefined
    for (const [yes, no] of pairs) { table.set(yes, 'true'); table.set(no, 'false') }
  }
  return [...table]
}
