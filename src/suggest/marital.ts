import { decodeKeys, enumDecodeTable } from './time.js'
import { fold } from './vocabulary/index.js'

type Status = 'married' | 'single' | 'divorced' | 'widowed' | 'not_specified'

/**
 * Marital statuses of the vocabulary's languages (folded: lower-case, accents dropped; the feminine or plural ending in
 * brackets or after a slash, "Casado(a)", "Marié(e)", "casado/a", read away) → XDM's `person.maritalStatus` enum values.
 * A registered partnership or stable union (eingetragene Lebenspartnerschaft, união estável, PACS) is read as married:
 * the enum has no partnership and its partners are no singles; so is a free or de facto union (unión libre,
 * conviviente). A separation (married in law, yet a status of its own in
 * every export) is not read: a column holding one is not decoded.
 */
const WORDS: Record<string, Status> = {
  married: 'married', single: 'single', divorced: 'divorced', widowed: 'widowed', widow: 'widowed', widower: 'widowed', unmarried: 'single', 'never married': 'single',
  'registered partnership': 'married', 'civil partnership': 'married', 'domestic partnership': 'married', 'civil union': 'married',
  // German, Dutch
  verheiratet: 'married', ledig: 'single', unverheiratet: 'single', geschieden: 'divorced', verwitwet: 'widowed', 'eingetragene lebenspartnerschaft': 'married', lebenspartnerschaft: 'married',
  gehuwd: 'married', getrouwd: 'married', ongehuwd: 'single', ongetrouwd: 'single', alleenstaand: 'single', gescheiden: 'divorced', weduwe: 'widowed', weduwnaar: 'widowed', 'geregistreerd partnerschap': 'married', 'geregistreerd partner': 'married',
  // French, Spanish, Portuguese, Italian
  marie: 'married', celibataire: 'single', divorce: 'divorced', veuf: 'widowed', veuve: 'widowed', pacse: 'married',
  casado: 'married', casada: 'married', soltero: 'single', soltera: 'single', divorciado: 'divorced', divorciada: 'divorced', viudo: 'widowed', viuda: 'widowed', 'union de hecho': 'married', 'pareja de hecho': 'married', 'union libre': 'married', 'union marital de hecho': 'married', 'union civil': 'married', conviviente: 'married',
  solteiro: 'single', solteira: 'single', viuvo: 'widowed', viuva: 'widowed', 'uniao estavel': 'married',
  coniugato: 'married', coniugata: 'married', sposato: 'married', sposata: 'married', celibe: 'single', nubile: 'single', divorziato: 'divorced', divorziata: 'divorced', vedovo: 'widowed', vedova: 'widowed', 'unione civile': 'married',
  // Polish, Swedish, Danish, Norwegian
  zonaty: 'married', zamezna: 'married', kawaler: 'single', panna: 'single', wolny: 'single', wolna: 'single', rozwiedziony: 'divorced', rozwiedziona: 'divorced', wdowiec: 'widowed', wdowa: 'widowed',
  gift: 'married', ogift: 'single', ugift: 'single', skild: 'divorced', skilt: 'divorced', anka: 'widowed', ankling: 'widowed', enke: 'widowed', enkemand: 'widowed', enkemann: 'widowed',
  // a partnership lived together or a de facto union (Dutch samenwonend, Portuguese união de facto), as the free unions above
  samenwonend: 'married', 'uniao de facto': 'married', 'unido de facto': 'married', 'unida de facto': 'married',
  // Turkish, Persian, Arabic
  evli: 'married', bekar: 'single', bosanmis: 'divorced', dul: 'widowed',
  متاهل: 'married', مجرد: 'single', مطلقه: 'divorced', بیوه: 'widowed',
  متزوج: 'married', متزوجة: 'married', أعزب: 'single', عزباء: 'single', مطلق: 'divorced', مطلقة: 'divorced', أرمل: 'widowed', أرملة: 'widowed',
  // Indonesian and Malay (a civil register's words: not yet married, married, divorced alive, divorced by death)
  'belum kawin': 'single', kawin: 'married', 'sudah kawin': 'married', 'cerai hidup': 'divorced', 'cerai mati': 'widowed', bujang: 'single', berkahwin: 'married', 'belum berkahwin': 'single', bercerai: 'divorced',
  // unknown or undisclosed
  unknown: 'not_specified', 'not specified': 'not_specified', unbekannt: 'not_specified', 'keine angabe': 'not_specified', onbekend: 'not_specified', inconnu: 'not_specified',
  desconocido: 'not_specified', 'nao informado': 'not_specified', sconosciuto: 'not_specified',
}

const meaning = (v: string): Status | undefined => {
  const f = fold(v).replace(/\s*\((a|o|e|in|r)\)$/, '').replace(/\/(a|o|e|in)$/, '')
  const word = (x: string): Status | undefined => (Object.hasOwn(WORDS, x) ? WORDS[x] : undefined)
  if (word(f)) return word(f)
  // (both forms written out, "Weduwe/weduwnaar", "Viúvo/Viúva": one meaning)
  const parts = f.split(/\s*\/\s*/)
  const ms = new Set(parts.map(word))
  return parts.length > 1 && ms.size === 1 ? [...ms][0] : undefined
}

/**
 * When the sampled values are marital statuses the field's enum does not hold as written (Gehuwd, Casado(a),
 * verheiratet), the decode table from each distinct value (trimmed, lower-case) to the enum value; else undefined. All
 * non-empty values must be read, and the enum must hold the values decoded to.
 */
export function maritalDecode(sample: string[], allowed: readonly unknown[]): [string, string][] | undefined {
  return enumDecodeTable(decodeKeys(sample), allowed, meaning)
}
