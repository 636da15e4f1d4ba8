import { decodeKeys, quotable } from './time.js'
import { fold } from './vocabulary/index.js'

/**
 * Nationalities as exports write them → the ISO 3166-1 alpha-2 code XDM's `person.nationality` holds (`^[A-Z]{2}$`).
 * Exports write a demonym ("Italiana", "deutsch", "British", "سعودي"), the country's name in their language ("Deutschland",
 * "Suomi", "Paesi Bassi"), or an alpha-3 code ("DEU"). Country names come from ICU (Intl.DisplayNames) in the languages
 * below; demonyms from the table, one row per country: English; German; French; Spanish; Portuguese; Italian; Dutch
 * (noun/adjective); Arabic, masculine (the feminine forms are derived), `/` between variants, empty when not listed.
 */
const DEMONYMS: Record<string, string> = {
  DE: 'German;deutsch;allemand;alemán;alemão;tedesco;Duitser/Duits;ألماني',
  AT: 'Austrian;österreichisch;autrichien;austriaco;austríaco;austriaco;Oostenrijker/Oostenrijks;نمساوي',
  CH: 'Swiss;schweizerisch/Schweizer;suisse;suizo;suíço;svizzero;Zwitser/Zwitsers;سويسري',
  FR: 'French;französisch;français;francés;francês;francese;Fransman/Frans;فرنسي',
  IT: 'Italian;italienisch;italien;italiano;italiano;italiano;Italiaan/Italiaans;إيطالي',
  ES: 'Spanish;spanisch;espagnol;español;espanhol;spagnolo;Spanjaard/Spaans;إسباني',
  PT: 'Portuguese;portugiesisch;portugais;portugués;português;portoghese;Portugees;برتغالي',
  GB: 'British;britisch;britannique;británico;britânico;britannico;Brit/Brits;بريطاني',
  IE: 'Irish;irisch;irlandais;irlandés;irlandês;irlandese;Ier/Iers;أيرلندي',
  NL: 'Dutch;niederländisch;néerlandais/hollandais;neerlandés/holandés;neerlandês/holandês;olandese;Nederlander/Nederlands;هولندي',
  BE: 'Belgian;belgisch;belge;belga;belga;belga;Belg/Belgisch;بلجيكي',
  LU: 'Luxembourgish/Luxembourger;luxemburgisch;luxembourgeois;luxemburgues;luxemburgues;lussemburghese;Luxemburger/Luxemburgs;',
  PL: 'Polish;polnisch;polonais;polaco;polonês/polaco;polacco;Pool/Pools;بولندي',
  CZ: 'Czech;tschechisch;tchèque;checo;tcheco/checo;ceco;Tsjech/Tsjechisch;تشيكي',
  SK: 'Slovak;slowakisch;slovaque;eslovaco;eslovaco;slovacco;Slowaak/Slowaaks;',
  HU: 'Hungarian;ungarisch;hongrois;húngaro;húngaro;ungherese;Hongaar/Hongaars;مجري',
  RO: 'Romanian;rumänisch;roumain;rumano;romeno;rumeno;Roemeen/Roemeens;روماني',
  MD: 'Moldovan;moldauisch;moldave;moldavo;moldavo;moldavo;Moldavisch;',
  BG: 'Bulgarian;bulgarisch;bulgare;búlgaro;búlgaro;bulgaro;Bulgaar/Bulgaars;',
  HR: 'Croatian;kroatisch;croate;croata;croata;croato;Kroaat/Kroatisch;',
  SI: 'Slovenian/Slovene;slowenisch;slovène;esloveno;esloveno;sloveno;Sloveen/Sloveens;',
  RS: 'Serbian;serbisch;serbe;serbio;sérvio;serbo;Serviër/Servisch;',
  BA: 'Bosnian;bosnisch;bosnien;bosnio;bósnio;bosniaco;Bosniër/Bosnisch;',
  AL: 'Albanian;albanisch;albanais;albanés;albanês;albanese;Albanees;',
  GR: 'Greek;griechisch;grec;griego;grego;greco;Griek/Grieks;يوناني',
  TR: 'Turkish;türkisch;turc;turco;turco;turco;Turk/Turks;تركي',
  UA: 'Ukrainian;ukrainisch;ukrainien;ucraniano;ucraniano;ucraino;Oekraïner/Oekraïens;أوكراني',
  RU: 'Russian;russisch;russe;ruso;russo;russo;Rus/Russisch;روسي',
  BY: 'Belarusian;belarussisch;biélorusse;bielorruso;bielorrusso;bielorusso;Wit-Russisch;',
  LT: 'Lithuanian;litauisch;lituanien;lituano;lituano;lituano;Litouwer/Litouws;',
  LV: 'Latvian;lettisch;letton;letón;letão;lettone;Let/Lets;',
  EE: 'Estonian;estnisch;estonien;estonio;estoniano;estone;Est/Ests;',
  SE: 'Swedish;schwedisch;suédois;sueco;sueco;svedese;Zweed/Zweeds;سويدي',
  NO: 'Norwegian;norwegisch;norvégien;noruego;norueguês;norvegese;Noor/Noors;نرويجي',
  DK: 'Danish;dänisch;danois;danés;dinamarquês;danese;Deen/Deens;دنماركي',
  FI: 'Finnish;finnisch;finlandais;finlandés;finlandês;finlandese;Fin/Fins;فنلندي',
  IS: 'Icelandic;isländisch;islandais;islandés;islandês;islandese;IJslander/IJslands;',
  US: 'American/US;amerikanisch/US-amerikanisch;américain/étatsunien;estadounidense/norteamericano;americano/norte-americano/estadunidense;americano/statunitense;Amerikaan/Amerikaans;أمريكي',
  CA: 'Canadian;kanadisch;canadien;canadiense;canadense;canadese;Canadees;كندي',
  MX: 'Mexican;mexikanisch;mexicain;mexicano;mexicano;messicano;Mexicaan/Mexicaans;مكسيكي',
  BR: 'Brazilian;brasilianisch;brésilien;brasileno;brasileiro;brasiliano;Braziliaan/Braziliaans;برازيلي',
  AR: 'Argentinian/Argentine;argentinisch;argentin;argentino;argentino;argentino;Argentijn/Argentijns;أرجنتيني',
  CL: 'Chilean;chilenisch;chilien;chileno;chileno;cileno;Chileen/Chileens;',
  CO: 'Colombian;kolumbianisch;colombien;colombiano;colombiano;colombiano;Colombiaan/Colombiaans;',
  PE: 'Peruvian;peruanisch;péruvien;peruano;peruano;peruviano;Peruaan/Peruaans;',
  VE: 'Venezuelan;venezolanisch;vénézuélien;venezolano;venezuelano;venezuelano;Venezolaan/Venezolaans;',
  UY: 'Uruguayan;uruguayisch;uruguayen;uruguayo;uruguaio;uruguaiano;Uruguayaan/Uruguayaans;',
  PY: 'Paraguayan;paraguayisch;paraguayen;paraguayo;paraguaio;paraguaiano;Paraguayaan/Paraguayaans;',
  EC: 'Ecuadorian;ecuadorianisch;équatorien;ecuatoriano;equatoriano;ecuadoriano;Ecuadoraan/Ecuadoraans;',
  BO: 'Bolivian;bolivianisch;bolivien;boliviano;boliviano;boliviano;Boliviaan/Boliviaans;',
  CU: 'Cuban;kubanisch;cubain;cubano;cubano;cubano;Cubaan/Cubaans;',
  AU: 'Australian;australisch;australien;australiano;australiano;australiano;Australiër/Australisch;أسترالي',
  NZ: 'New Zealander/New Zealand/Kiwi;neuseeländisch;néo-zélandais;neozelandés;neozelandês;neozelandese;Nieuw-Zeelander/Nieuw-Zeelands;',
  ZA: 'South African;südafrikanisch;sud-africain;sudafricano;sul-africano;sudafricano;Zuid-Afrikaan/Zuid-Afrikaans;',
  IN: 'Indian;indisch;indien;indio/hindú;indiano;indiano;Indiër/Indiaas;هندي',
  PK: 'Pakistani;pakistanisch;pakistanais;pakistaní;paquistanês;pakistano;Pakistaan/Pakistaans;باكستاني',
  BD: 'Bangladeshi;bangladeschisch;bangladais;bangladesí;bangladeshiano;bengalese;Bengalees;بنغلاديشي',
  LK: 'Sri Lankan;sri-lankisch;sri-lankais;ceilanés;cingalês;singalese;Sri Lankaans;سريلانكي',
  NP: 'Nepali/Nepalese;nepalesisch;nepalais;nepalí;nepalês;nepalese;Nepalees;نيبالي',
  AF: 'Afghan;afghanisch;afghan;afgano;afegão;afghano;Afghaan/Afghaans;أفغاني',
  CN: 'Chinese;chinesisch;chinois;chino;chinês;cinese;Chinees;صيني',
  JP: 'Japanese;japanisch;japonais;japonés;japonês;giapponese;Japanner/Japans;ياباني',
  KR: 'Korean/South Korean;südkoreanisch/koreanisch;sud-coréen/coréen;surcoreano/coreano;sul-coreano/coreano;sudcoreano/coreano;Zuid-Koreaan/Zuid-Koreaans;كوري',
  PH: 'Filipino/Philippine;philippinisch;philippin;filipino;filipino;filippino;Filipijn/Filipijns;فلبيني',
  VN: 'Vietnamese;vietnamesisch;vietnamien;vietnamita;vietnamita;vietnamita;Vietnamees;فيتنامي',
  TH: 'Thai;thailändisch;thaïlandais;tailandés;tailandês;tailandese;Thai/Thais;تايلندي',
  ID: 'Indonesian;indonesisch;indonésien;indonesio;indonésio;indonesiano;Indonesiër/Indonesisch;إندونيسي',
  MY: 'Malaysian;malaysisch;malaisien;malasio;malaio;malese;Maleisiër/Maleisisch;ماليزي',
  SG: 'Singaporean;singapurisch;singapourien;singapurense;singapuriano;singaporiano;Singaporees;سنغافوري',
  MA: 'Moroccan;marokkanisch;marocain;marroquí;marroquino;marocchino;Marokkaan/Marokkaans;مغربي',
  DZ: 'Algerian;algerisch;algérien;argelino;argelino;algerino;Algerijn/Algerijns;جزائري',
  TN: 'Tunisian;tunesisch;tunisien;tunecino;tunisino;tunisino;Tunesiër/Tunesisch;تونسي',
  EG: 'Egyptian;ägyptisch;égyptien;egipcio;egípcio;egiziano;Egyptenaar/Egyptisch;مصري',
  SA: 'Saudi/Saudi Arabian;saudi-arabisch/saudisch;saoudien;saudí;saudita;saudita;Saoedi/Saoedisch;سعودي',
  AE: 'Emirati;emiratisch;émirien;emiratí;emiradense;emiratino;Emiraats;إماراتي',
  JO: 'Jordanian;jordanisch;jordanien;jordano;jordaniano;giordano;Jordaniër/Jordaans;أردني',
  LB: 'Lebanese;libanesisch;libanais;libanés;libanês;libanese;Libanees;لبناني',
  SY: 'Syrian;syrisch;syrien;sirio;sírio;siriano;Syriër/Syrisch;سوري',
  IQ: 'Iraqi;irakisch;irakien;iraquí;iraquiano;iracheno;Irakees/Iraaks;عراقي',
  YE: 'Yemeni;jemenitisch;yéménite;yemení;iemenita;yemenita;Jemeniet/Jemenitisch;يمني',
  SD: 'Sudanese;sudanesisch;soudanais;sudanés;sudanês;sudanese;Soedanees;سوداني',
  KW: 'Kuwaiti;kuwaitisch;koweïtien;kuwaití;kuwaitiano;kuwaitiano;Koeweiter/Koeweits;كويتي',
  QA: 'Qatari;katarisch;qatarien;catarí;catariano;qatariota;Qatarees;قطري',
  BH: 'Bahraini;bahrainisch;bahreïni;bareiní;bareinita;bahreinita;Bahreiner/Bahreins;بحريني',
  OM: 'Omani;omanisch;omanais;omaní;omanense;omanita;Omaniet/Omaans;عماني',
  PS: 'Palestinian;palästinensisch;palestinien;palestino;palestino;palestinese;Palestijn/Palestijns;فلسطيني',
  IL: 'Israeli;israelisch;israélien;israelí;israelense;israeliano;Israëli/Israëlisch;',
  IR: 'Iranian;iranisch;iranien;iraní;iraniano;iraniano;Iraniër/Iraans;إيراني',
  NG: 'Nigerian;nigerianisch;nigérian;nigeriano;nigeriano;nigeriano;Nigeriaan/Nigeriaans;نيجيري',
  KE: 'Kenyan;kenianisch;kényan;keniano;queniano;keniota;Keniaan/Keniaans;كيني',
  GH: 'Ghanaian;ghanaisch;ghanéen;ghanés;ganês;ghanese;Ghanees;',
  ET: 'Ethiopian;äthiopisch;éthiopien;etíope;etíope;etiope;Ethiopiër/Ethiopisch;إثيوبي',
}

/** Demonyms of the other languages whose exports write them (Romanian, Nordic, Slavic, Turkish, Indonesian...). */
const MORE: Record<string, string> = {
  RO: 'român/română/româncă/românească', MD: 'moldovean/moldoveană/moldoveancă/moldovenească',
  SE: 'svensk', NO: 'norsk', DK: 'dansk', FI: 'suomalainen/finsk', IS: 'íslensk/íslenskur', EE: 'eestlane/eesti', LV: 'latvietis/latviete/latvijas', LT: 'lietuvis/lietuvė/lietuvos',
  PL: 'polskie/polska/polak/polka', CZ: 'české/česká/český', SK: 'slovenské/slovenská/slovenský', HU: 'magyar', HR: 'hrvatsko/hrvatska/hrvat', SI: 'slovensko/slovenec/slovenka',
  RS: 'srpsko/srpska', BG: 'българско/българин/българка', UA: 'українець/українка/українське', RU: 'русский/российское',
  TR: 'türk/t.c.', ID: 'wni/indonesia', GR: 'ελληνική/έλληνας/ελληνίδα',
}

const ALPHA3: Record<string, string> = Object.fromEntries(('DEU DE AUT AT CHE CH FRA FR ITA IT ESP ES PRT PT GBR GB IRL IE NLD NL BEL BE LUX LU POL PL CZE CZ SVK SK HUN HU ' +
  'ROU RO MDA MD BGR BG HRV HR SVN SI SRB RS BIH BA MNE ME MKD MK ALB AL GRC GR TUR TR UKR UA RUS RU BLR BY LTU LT LVA LV EST EE SWE SE NOR NO DNK DK FIN FI ISL IS ' +
  'USA US CAN CA MEX MX BRA BR ARG AR CHL CL COL CO PER PE VEN VE URY UY PRY PY ECU EC BOL BO CUB CU AUS AU NZL NZ ZAF ZA IND IN PAK PK BGD BD LKA LK NPL NP ' +
  'AFG AF CHN CN JPN JP KOR KR PHL PH VNM VN THA TH IDN ID MYS MY SGP SG MAR MA DZA DZ TUN TN EGY EG SAU SA ARE AE JOR JO LBN LB SYR SY IRQ IQ YEM YE SDN SD ' +
  'KWT KW QAT QA BHR BH OMN OM PSE PS ISR IL IRN IR NGA NG KEN KE GHA GH ETH ET CYP CY MLT MT AND AD MCO MC SMR SM LIE LI').match(/[A-Z]{3} [A-Z]{2}/g)!.map((p) => p.split(' ')))

/** Languages whose country names (ICU) a nationality column may hold. */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ca', 'sv', 'da', 'nb', 'fi', 'is', 'et', 'lv', 'lt', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'hr', 'sl', 'sr',
  'bs', 'sq', 'mk', 'el', 'tr', 'uk', 'ru', 'ar', 'he', 'fa', 'hi', 'id', 'ms', 'vi', 'th', 'ja', 'ko', 'zh']

/** A demonym's feminine forms, from its masculine (lower-case, accents as written), by the table's language column. */
const feminine = (lang: number, w: string): string[] => {
  if (lang === 1) return [`${w}e`, `${w}er`]
  if (lang === 2) return w.endsWith('e') ? [] : w.endsWith('ien') ? [`${w}ne`] : w.endsWith('c') ? [`${w}que`] : [`${w}e`]
  if (lang === 3 || lang === 4) {
    const acute: Record<string, string> = { 'és': 'esa', 'ês': 'esa', 'án': 'ana', 'ón': 'ona', 'ão': 'ã' }
    const end = w.slice(-2)
    if (Object.hasOwn(acute, end)) return [w.slice(0, -2) + acute[end]]
    return w.endsWith('o') ? [`${w.slice(0, -1)}a`] : /(es|an|ol)$/.test(w) ? [`${w}a`] : []
  }
  if (lang === 5) return w.endsWith('o') ? [`${w.slice(0, -1)}a`] : []
  if (lang === 6) return /(s|sch)$/.test(w) ? [`${w}e`] : []
  if (lang === 7) return [`${w}ة`]
  return []
}

/** Folded, lower-case, Arabic alefs with a hamza or madda written as the bare alef (exports write both). */
const key = (s: string): string => fold(s).toLowerCase().replace(/[أإآ]/g, 'ا').replace(/\s+/g, ' ').trim()

/** A spelling as a value is written (lower-case, as decode(lower(trim(...))) compares it), its code and its group. */
interface Entry { spelling: string; code: string; group: string }
interface Words { byKey: Map<string, { code: string; groups: Set<string> }>; groups: Map<string, Entry[]> }

let words: Words | undefined
const load = (): Words => {
  if (words) return words
  const byKey: Words['byKey'] = new Map()
  const groups = new Map<string, Entry[]>()
  const put = (raw: string, code: string, group: string): void => {
    const spelling = raw.toLowerCase().replace(/\s+/g, ' ').trim()
    const e: Entry = { spelling, code, group }
    const k = key(spelling)
    if (k && !byKey.has(k)) byKey.set(k, { code, groups: new Set() })
    if (k && byKey.get(k)!.code === code) byKey.get(k)!.groups.add(group)
    const g = groups.get(group) ?? []
    if (!g.some((x) => x.spelling === spelling)) g.push(e)
    groups.set(group, g)
    // (Arabic written with the bare alef too)
    if (/[أإآ]/.test(spelling)) put(spelling.replace(/[أإآ]/g, 'ا'), code, group)
  }
  for (const [code, row] of Object.entries(DEMONYMS)) {
    row.split(';').forEach((cell, lang) => {
      for (const w of cell.split('/').filter(Boolean)) {
        const m = w.toLowerCase()
        put(m, code, `d${lang}`)
        for (const x of feminine(lang, m)) put(x, code, `d${lang}`)
        if (lang === 7) { put(`ال${m}`, code, 'd7'); put(`ال${m}ة`, code, 'd7') }
      }
    })
  }
  for (const [code, cell] of Object.entries(MORE)) for (const w of cell.split('/')) put(w, code, 'more')
  for (const lang of NAME_LANGUAGES) {
    let names: Intl.DisplayNames
    try { names = new Intl.DisplayNames([lang], { type: 'region' }) } catch { continue }
    for (const code of REGIONS) {
      const n = names.of(code)
      if (n && n !== code) { put(n, code, `n:${lang}`); if (n.includes('&')) put(n.replace(/&/g, 'and'), code, `n:${lang}`) }
    }
  }
  for (const [k, code] of [['USA', 'US'], ['U.S.A.', 'US'], ['UK', 'GB'], ['England', 'GB'], ['Great Britain', 'GB'], ['Holland', 'NL'], ['Turkey', 'TR'], ['Czech Republic', 'CZ'], ['Russia', 'RU'], ['Korea', 'KR']] as const) put(k, code, 'n:en')
  put('Обединено кралство', 'GB', 'n:bg')
  for (const [a3, code] of Object.entries(ALPHA3)) put(a3, code, 'a3')
  words = { byKey, groups }
  return words
}

/** Data Prep's longest expression. */
const MAX_EXPRESSION = 4096

/** A country's part of the world (the demonym table's blocks), to extend a decode table with its neighbours first. */
const REGION_BLOCKS = ['DE AT CH FR IT ES PT GB IE NL BE LU', 'PL CZ SK HU RO MD BG HR SI RS BA AL GR TR UA RU BY', 'LT LV EE SE NO DK FI IS',
  'US CA MX BR AR CL CO PE VE UY PY EC BO CU', 'AU NZ ZA NG KE GH ET', 'IN PK BD LK NP AF CN JP KR PH VN TH ID MY SG', 'MA DZ TN EG SA AE JO LB SY IQ YE SD KW QA BH OM PS IL IR']
const regionOf = (code: string): number => REGION_BLOCKS.findIndex((b) => b.split(' ').includes(code))

/** A header's nationality word → the demonym table's language column (English, German, ..., Arabic). */
const HEADER_LANGUAGE = [/nationality|citizenship/, /staatsangehorigkeit|nationalitat/, /nationalite/, /nacionalidad\b/, /nacionalidade/, /cittadinanza|nazionalita/, /nationaliteit/, /جنسية/]

const REGIONS = [...new Set(Object.values(ALPHA3))]

const entryOf = (value: string): { code: string; groups: Set<string> } | undefined => {
  const v = value.trim()
  if (/^[A-Za-z]{2}$/.test(v) && REGIONS.includes(v.toUpperCase())) return { code: v.toUpperCase(), groups: new Set(['a2']) }
  const f = key(v).replace(/\s*\((a|o|e|in)\)$/, '').replace(/\/(a|o|e|in)$/, '')
  return load().byKey.get(f)
}

/** The alpha-2 code a nationality as written names, or undefined. */
export function nationalityCode(value: string): string | undefined {
  return entryOf(value)?.code
}

/**
 * When the sampled values are nationalities written as words or alpha-3 codes (Italiana, deutsch, Suomi, DEU), the
 * decode table into alpha-2 codes; else undefined. Every non-empty sampled value must be read, and at least one must
 * need decoding (codes as they are need none). The table holds each sampled value (trimmed, lower-case) and, so that
 * nationalities the sample lacks are read too, every spelling of the same kind: the demonyms of the language the
 * sampled demonyms are in, the country names of that language (for the countries the demonym table has), or every
 * alpha-3 code. A value outside the table still becomes empty.
 */
export function nationalityDecode(sample: string[], header = ''): [string, string][] | undefined {
  const keys = decodeKeys(sample)
  if (!keys.length) return undefined
  const out = new Map<string, string>()
  const found: Set<string>[] = []
  for (const k of keys) {
    const e = quotable(k) ? entryOf(k) : undefined
    if (!e) return undefined
    out.set(k, e.code)
    found.push(e.groups)
  }
  // (a spelling several languages share, "italiana", is of the language the other values are in: each value's group is
  // the one most of the sampled values belong to)
  // (... and, where languages tie, of the header's language: "Cittadinanza" holding only "Italiana" is Italian)
  const votes = new Map<string, number>()
  for (const gs of found) for (const g of gs) votes.set(g, (votes.get(g) ?? 0) + 1)
  const h = key(header)
  const hinted = HEADER_LANGUAGE.findIndex((re) => re.test(h))
  if (hinted >= 0 && votes.has(`d${hinted}`)) votes.set(`d${hinted}`, votes.get(`d${hinted}`)! + 0.5)
  const used = new Set(found.map((gs) => [...gs].sort((a, b) => votes.get(b)! - votes.get(a)!)[0]!))
  if (![...out].some(([k, c]) => k !== c.toLowerCase())) return undefined
  // (the rest of each group, nearest countries first, as long as the expression stays within Data Prep's 4096 characters)
  const { groups } = load()
  const known = new Set(Object.keys(DEMONYMS))
  const near = new Set([...out.values()].map(regionOf))
  let length = `decode(lower(trim(\${${header}})), `.length + [...out].reduce((n, [k, c]) => n + k.length + c.length + 8, 0) + 1
  if (length > MAX_EXPRESSION) return undefined
  const rest = [...used].flatMap((g) => (groups.get(g) ?? []).filter((e) => !(g.startsWith('n:') && !known.has(e.code))))
  const rank = (e: Entry): number => (near.has(regionOf(e.code)) ? 0 : 1)
  for (const e of rest.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([e]) => e)) {
    if (out.has(e.spelling) || !quotable(e.spelling)) continue
    const more = e.spelling.length + e.code.length + 8
    if (length + more > MAX_EXPRESSION) break
    out.set(e.spelling, e.code)
    length += more
  }
  return [...out]
}
