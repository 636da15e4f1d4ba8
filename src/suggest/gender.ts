import { decodeKeys, enumDecodeTable } from './time.js'
import { fold } from './vocabulary/index.js'

/**
 * Gender words of the vocabulary's languages (folded: lower-case, accents dropped) → XDM's `person.gender` enum values
 * (male, female, non_specific, not_specified). Single letters are read below, by the letters the column uses.
 */
const WORDS: Record<string, 'male' | 'female' | 'non_specific' | 'not_specified'> = {
  male: 'male', female: 'female', man: 'male', woman: 'female', men: 'male', women: 'female',
  // German, Dutch, Swedish, Danish, Norwegian
  mannlich: 'male', weiblich: 'female', mann: 'male', frau: 'female', divers: 'non_specific', vrouw: 'female', mannelijk: 'male', vrouwelijk: 'female',
  kvinna: 'female', kvinde: 'female', kvinne: 'female', mand: 'male',
  // French, Spanish, Portuguese, Italian, Catalan
  homme: 'male', femme: 'female', masculin: 'male', feminin: 'female', hombre: 'male', mujer: 'female', masculino: 'male', femenino: 'female',
  homem: 'male', mulher: 'female', feminino: 'female', uomo: 'male', donna: 'female', maschio: 'male', femmina: 'female', maschile: 'male', femminile: 'female',
  dona: 'female',
  // Polish, Czech, Slovak, Hungarian, Romanian, Turkish
  mezczyzna: 'male', kobieta: 'female', meski: 'male', zenski: 'female', muz: 'male', zena: 'female', muzsky: 'male', zensky: 'female', ferfi: 'male', no: 'female', // (Hungarian férfi, nő)
  barbat: 'male', femeie: 'female', erkek: 'male', kadin: 'female',
  // Latvian, Lithuanian, Estonian
  virietis: 'male', sieviete: 'female', viriesu: 'male', sieviesu: 'female', vyras: 'male', moteris: 'female', vyriska: 'male', moteriska: 'female', mees: 'male', naine: 'female',
  // Russian, Ukrainian
  мужской: 'male', женский: 'female', мужчина: 'male', женщина: 'female', чоловік: 'male', жінка: 'female', чоловіча: 'male', жіноча: 'female',
  муж: 'male', жен: 'female',
  // Bulgarian, Serbian (Cyrillic and Latin), Croatian, Slovene, Finnish
  мъж: 'male', жена: 'female', мъжки: 'male', женски: 'female', мушко: 'male', женско: 'female', musko: 'male', zensko: 'female', moski: 'male', zenska: 'female', muski: 'male', мушки: 'male',
  mies: 'male', nainen: 'female',
  // Greek (folded: no tonos)
  ανδρας: 'male', γυναικα: 'female', αρρεν: 'male', θηλυ: 'female',
  // Vietnamese, Indonesian and Malay, Arabic, Persian, Hebrew, Thai
  nam: 'male', nu: 'female', 'laki-laki': 'male', perempuan: 'female', pria: 'male', wanita: 'female', lelaki: 'male',
  ذكر: 'male', أنثى: 'female', انثى: 'female', مرد: 'male', زن: 'female', آقا: 'male', خانم: 'female', זכר: 'male', נקבה: 'female', ชาย: 'male', หญิง: 'female', ไม่ระบุ: 'not_specified',
  // Japanese, Chinese, Korean
  男性: 'male', 女性: 'female', 男子: 'male', 女子: 'female', 남자: 'male', 여자: 'female', 남성: 'male', 여성: 'female',
  // (Chinese, Japanese and Korean "not given" and "other": 不提供, 未提供, 不公開, 回答しない, その他, 기타, 무응답)
  不提供: 'not_specified', 未提供: 'not_specified', 不公开: 'not_specified', 不愿透露: 'not_specified', 回答しない: 'not_specified', 무응답: 'not_specified',
  其他: 'non_specific', 其它: 'non_specific', その他: 'non_specific', 기타: 'non_specific',
  // non-binary and other answers
  other: 'non_specific', diverse: 'non_specific', 'non-binary': 'non_specific', nonbinary: 'non_specific', autre: 'non_specific', otro: 'non_specific', outro: 'non_specific', altro: 'non_specific', inny: 'non_specific',
  // unknown or undisclosed (未知, 保密: Chinese CRMs' third answer; 不明; unbekannt, inconnu, desconocido, não informado)
  unknown: 'not_specified', 'not specified': 'not_specified', 'prefer not to say': 'not_specified', 未知: 'not_specified', 保密: 'not_specified', 不明: 'not_specified', 不详: 'not_specified',
  'prefiero no decir': 'not_specified', 'prefiero no decirlo': 'not_specified', 'prefiro nao dizer': 'not_specified', 'prefiro nao informar': 'not_specified', 'keine angabe': 'not_specified',
  'je prefere ne pas le dire': 'not_specified', 'preferisco non dirlo': 'not_specified', 'zeg ik liever niet': 'not_specified', 'no especificado': 'not_specified', 'non specificato': 'not_specified',
  unbekannt: 'not_specified', inconnu: 'not_specified', desconocido: 'not_specified', 'nao informado': 'not_specified', sconosciuto: 'not_specified', неизвестно: 'not_specified', 알수없음: 'not_specified',
}

/** Single letters and what each means, by the letter pair a column writes (M/F, H/M, H/F, M/W, M/K, M/V, M/Ž, E/K, М/Ж). */
const LETTERS: [string[], Record<string, 'male' | 'female'>][] = [
  // (the first pair that holds all the letters written decides: M alone is male, as in English, not Spanish mujer)
  [['m', 'f'], { m: 'male', f: 'female' }], // English, Italian, Portuguese
  [['h', 'm'], { h: 'male', m: 'female' }], // Spanish hombre / mujer
  [['h', 'f'], { h: 'male', f: 'female' }], // French homme / femme
  [['m', 'w'], { m: 'male', w: 'female' }], // German männlich / weiblich
  [['m', 'k'], { m: 'male', k: 'female' }], // Polish mężczyzna / kobieta
  [['m', 'v'], { m: 'male', v: 'female' }], // Dutch man / vrouw
  [['m', 'z'], { m: 'male', z: 'female' }], // Czech muž / žena
  [['e', 'k'], { e: 'male', k: 'female' }], // Turkish erkek / kadın
  [['м', 'ж'], { м: 'male', ж: 'female' }], // Russian
  [['ч', 'ж'], { ч: 'male', ж: 'female' }], // Ukrainian чоловіча / жіноча
  [['男', '女'], { 男: 'male', 女: 'female' }], // Japanese, Chinese
  [['남', '여'], { 남: 'male', 여: 'female' }], // Korean
  [['α', 'θ'], { α: 'male', θ: 'female' }], // Greek άρρεν / θήλυ
]

/**
 * When the sampled values are gender words or letters the field's enum does not hold (Kobieta, Mężczyzna; H/M; w),
 * the decode table from each distinct value as written (trimmed, lower-case) to the enum value; else undefined. All
 * non-empty values must be read, and the enum must hold the values decoded to.
 */
export function genderDecode(sample: string[], allowed: readonly unknown[]): [string, string][] | undefined {
  const values = decodeKeys(sample)
  const letters = values.filter((v) => [...v].length === 1)
  const pair = letters.length ? LETTERS.find(([ls]) => letters.every((l) => ls.includes(fold(l)))) : undefined
  return enumDecodeTable(values, allowed, (v) => ([...v].length === 1 ? pair?.[1][fold(v)] : WORDS[fold(v)] ?? WORDS[v]))
}
