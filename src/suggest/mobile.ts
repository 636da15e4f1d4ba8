/**
 * Mobile numbers by their country's mobile prefixes, international (+44 7…, +49 15…, +7 9…, +86 13…) or national where
 * the national form is a mobile's alone (07… in the UK, 010-… in Korea, 09… in the Philippines). A number of a country
 * that writes mobiles and landlines alike (US, Canada, Mexico) is none.
 */
import { fileLanguages } from './names.js'
import { mostly, type ColumnProfile } from './profile.js'
import type { Lang } from './vocabulary/index.js'

const MOBILE: readonly RegExp[] = [
  /^(\+|00)44\s?7\d{3}/, // United Kingdom (its national 07…: UK_NATIONAL below)
  /^(\+|00)49\s?1[567]\d/, /^(\+|00)33\s?[67]/, /^0[67](\s?\d{2}){4}$/, /^(\+|00)34\s?[67]\d{2}/, /^(\+|00)39\s?3\d{2}/, // DE FR ES IT
  /^(\+|00)31\s?6/, /^06[\s-]?\d{8}$/, /^(\+|00)32\s?4[5-9]\d/, /^(\+|00)41\s?7[5-9]/, /^(\+|00)43\s?6[5-9]\d/, // NL BE CH AT
  /^(\+|00)48\s?(45|5[0137]|6[069]|7[2389]|88)\d/, /^(\+|00)7\s?\(?9\d{2}/, /^8\s?\(?9\d{2}\)?/, // PL RU KZ
  /^(\+|00)380\s?\(?(39|50|6[3678]|73|9[1-9])/, /^(\+|00)55\s?\(?\d{2}\)?\s?9\d{4}/, /^\(?\d{2}\)?\s?9\d{4}-?\d{4}$/, // UA BR
  /^(\+|00)61\s?4\d{2}/, /^04\d{2}\s?\d{3}\s?\d{3}$/, /^(\+|00)64\s?2\d/, /^(\+|00)91[\s-]?[6-9]\d{4}/, // AU NZ IN
  /^(\+|00)62\s?8\d/, /^08\d{8,11}$/, /^(\+|00)63\s?9\d{2}/, /^09\d{9}$/, /^(\+|00)66\s?[689]\d/, // ID PH TH
  /^(\+|00)84\s?[35789]\d/, /^(\+|00)60\s?1\d/, /^(\+|00)65\s?[89]\d{3}/, // VN MY SG
  /^(\+|00)81\s?[789]0/, /^0[789]0[\s-]?\d{4}[\s-]?\d{4}$/, /^(\+|00)82\s?10/, /^010[\s-]?\d{3,4}[\s-]?\d{4}$/, // JP KR
  /^(\+|00)86\s?1[3-9]\d/, /^1[3-9]\d{9}$/, /^(\+|00)90\s?5\d{2}/, /^05\d{2}\s?\d{3}\s?\d{2}\s?\d{2}$/, // CN TR
  /^(\+|00)420\s?[67]\d{2}/, /^(\+|00)421\s?9\d{2}/, /^(\+|00)36\s?(20|30|31|50|70)/, /^(\+|00)40\s?7\d{2}/, // CZ SK HU RO
  /^(\+|00)30\s?69\d/, /^(\+|00)351\s?9[1236]/, /^(\+|00)353\s?8[3-9]/, // GR PT IE
  /^(\+|00)46\s?7[02369]/, /^(\+|00)47\s?[49]\d/, /^(\+|00)45\s?(2\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])/, /^(\+|00)358\s?(4\d|50)/, // SE NO DK FI
  /^(\+|00)27\s?[678]\d/, /^(\+|00)234\s?[789]0/, /^(\+|00)254\s?[71]\d/, /^(\+|00)20\s?1[0125]/, // ZA NG KE EG
  /^(\+|00)966\s?5\d/, /^(\+|00)971\s?5\d/, /^(\+|00)972\s?5\d/, // SA AE IL
  // (country code and number in digits alone, as messaging tools write them: 60123456789, 919876543210)
  /^601\d{8,9}$/, /^628\d{8,11}$/, /^919[0-9]\d{8}$|^91[678]\d{9}$/, /^639\d{9}$/, /^66[689]\d{8}$/, /^84[35789]\d{8}$/, /^79\d{9}$/, /^8613\d{9}$|^861[4-9]\d{9}$/,
  // (and as SMS and WhatsApp tools write European and Brazilian ones: 447700900123, 393451234567, 34612345678, 5511987654321)
  /^447\d{9}$/, /^4915\d{8,9}$|^491[67]\d{8,9}$/, /^33[67]\d{8}$/, /^34[67]\d{8}$/, /^393\d{8,9}$/, /^316\d{8}$/, /^55\d{2}9\d{8}$/,
  // (and M-Pesa's, Paystack's and Gulf SMS tools' African and Middle Eastern ones: 254712345678, 2348031234567, 27821234567,
  // 201012345678, 966501234567, 971501234567, 972521234567, 905321234567)
  /^254[17]\d{8}$/, /^234[789][01]\d{8}$/, /^27[678]\d{8}$/, /^201[0125]\d{8}$/, /^9665\d{8}$/, /^9715\d{8}$/, /^9725\d{8}$/, /^905\d{9}$/,
  // (and Bulgarian SMS tools' in digits alone, 359883965881, 359985597053: its mobiles begin 87, 88, 89, 98 and 99)
  /^359(8[789]|9[89])\d{7}$/,
  // the Baltic states', Croatia's, Slovenia's, Bulgaria's and Serbia's mobiles (+371 2…, +370 6…, +385 9…, +386 31…, +359 88…, +359 98…, +381 6…);
  // Chile's, Argentina's, Colombia's and Peru's (+56 9…, +54 9…, +57 3…, +51 9…)
  /^(\+|00)371\s?2\d/, /^(\+|00)370\s?6\d/, /^(\+|00)385\s?9[125789]/, /^(\+|00)386\s?(3[01]|4[01]|51|6[489]|7[01])/, /^(\+|00)359\s?(8[789]|9[89])/, /^(\+|00)381\s?6\d/,
  /^(\+|00)56\s?9\s?\d{4}/, /^(\+|00)54\s?9\s?\d{2}/, /^(\+|00)57\s?3\d{2}/, /^(\+|00)51\s?9\d{2}/,
  // Estonia's mobiles (+372 5…), Mexico's written with the mobile 1 (+52 1 55…), Spain's national nine digits (6…, 7…)
  /^(\+|00)372\s?5/, /^(\+|00)52\s?1\s?\d{10}$/, /^[67]\d{8}$/,
]

/**
 * National forms that are a mobile's only in the file's language's country: Swedish 07x (073-407 44 45; Dutch 079 is a
 * landline), Vietnamese 03x, 05x, 07x, 08x, 09x and Thai 06x, 08x, 09x of ten digits (Australian 03, 07 and 08 are landlines),
 * Malaysian 01x.
 */
const NATIONAL_MOBILE: Partial<Record<Lang, RegExp>> = {
  // (Ireland's 083-089 written in its groups, 087 258 2679: Australia's 08 landlines group 08 9123 4567)
  en: /^08[3-9] \d{3} \d{4}$/,
  sv: /^07[02369][\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}$/, vi: /^0[35789]\d{8}$/, th: /^0[689]\d[\s-]?\d{3}[\s-]?\d{4}$/,
  // (Malaysia's 01x, 011-xxxx xxxx among them: its landlines begin 03-09; Malay is read with Indonesian, whose area codes
  // begin 02-09)
  id: /^01\d[\s-]?\d{3,4}[\s-]?\d{4}$/,
  // (Germany's 015x, 016x and 017x written nationally, 0157 38922602, 0171-1234567: its landlines' area codes begin 02-09)
  de: /^01[5-7]\d{1,2}[\s/-]?\d{6,8}$/,
  // (Romania's 07xx, 0747 001 598: its landlines begin 02 and 03)
  ro: /^07\d{2}[\s.-]?\d{3}[\s.-]?\d{3}$/,
  // (Israel's 050-059, 054-7754317: its landlines begin 02, 03, 04, 08, 09 and its VoIP lines 07)
  he: /^05\d[\s-]?\d{3}[\s-]?\d{4}$/,
  // (Spain's 6xx and 7xx in groups, 624 29 80 77 or 612 345 678, in Spanish and Catalan: its landlines begin 8 and 9)
  es: /^[67]\d{2}[\s.]?(\d{2}[\s.]?\d{2}[\s.]?\d{2}|\d{3}[\s.]?\d{3})$/, ca: /^[67]\d{2}[\s.]?(\d{2}[\s.]?\d{2}[\s.]?\d{2}|\d{3}[\s.]?\d{3})$/,
  // (Italy's 3xx, 338 137 7002: its landlines begin 0)
  it: /^3\d{2}[\s.-]?\d{3}[\s.-]?\d{3,4}$/,
  // (the Arab countries' national mobiles: Iraq's 075-079 of eleven digits, Jordan's 077-079 of ten, Egypt's 010-015,
  // the Gulf's 05x of ten; their landlines begin otherwise)
  ar: /^07[5-9]\d{8}$|^07[789]\d{7}$|^01[0125]\d{8}$|^05\d{8}$/,
  // (Iran's 09xx of eleven digits; India's ten digits beginning 6-9 in Hindi files)
  fa: /^09\d{9}$/, hi: /^[6-9]\d{9}$/,
  // (Slovakia's 09xx, 0905 555 994, and Czechia's nine digits beginning 6 or 7, 605 123 456: their landlines begin 02-05 and 2-5)
  cs: /^09\d{2}\s?\d{3}\s?\d{3}$|^[67]\d{2}\s?\d{3}\s?\d{3}$/,
  // (Slovenia's 030, 031, 040, 041, 051, 064, 068, 069, 070, 071, 041 814 095, and Croatia's 091, 092, 095, 097-099: their
  // landlines begin 01-05 otherwise)
  hr: /^0(3[01]|4[01]|51|6[489]|7[01])\s?\d{3}\s?\d{3}$|^09[125789]\s?\d{3}\s?\d{3,4}$/,
}

/**
 * The UK's national 07xxx xxxxxx: a mobile's unless the file's languages are known and English is none of them (a German
 * landline in Baden, 07666 578589, and a French mobile in groups are written alike).
 */
const UK_NATIONAL = /^07\d{3}\s?\d{6}$/

/** Is this value a mobile number by its country's mobile prefix (and, given the file's languages, by their national forms)? */
export const isMobileNumber = (v: string, langs: readonly Lang[] = []): boolean => {
  const s = v.trim()
  return s.length >= 8 && (MOBILE.some((re) => re.test(s)) || ((!langs.length || langs.includes('en')) && UK_NATIONAL.test(s)) || langs.some((l) => NATIONAL_MOBILE[l]?.test(s) ?? false))
}

/** Most sampled values (at least three) are mobile numbers (by the national forms of the file's languages too). */
export const mobileNumbers = (p: ColumnProfile): boolean => { const langs = fileLanguages(); return mostly(p, (v) => isMobileNumber(v, langs)) }

/**
 * Landlines by the international prefixes of countries whose fixed and mobile numbers differ at the start: France +33 1-5,
 * the UK +44 1, 2, Germany +49 2-9, Austria +43 1-5, Switzerland +41 2-6, Italy +39 0, Spain +34 8, 9, the Netherlands
 * +31 1-5, 7, Portugal +351 2, Australia +61 2, 3, 7, 8, Brazil +55 and its eight digits after the area code beginning 2-5.
 */
const LANDLINE: readonly RegExp[] = [
  /^(\+|00)33\s?\(?0?\)?\s?[1-5]/, /^(\+|00)44\s?\(?0?\)?\s?[12]/, /^(\+|00)49\s?\(?0?\)?\s?[2-9]/, /^(\+|00)43\s?\(?0?\)?\s?[1-5]/,
  /^(\+|00)41\s?\(?0?\)?\s?[2-6]/, /^(\+|00)39\s?0/, /^(\+|00)34\s?[89]/, /^(\+|00)31\s?\(?0?\)?\s?[1-57]/, /^(\+|00)351\s?2/,
  /^(\+|00)61\s?\(?0?\)?\s?[2378]/, /^(\+|00)55\s?\(?\d{2}\)?\s?[2-5]\d{3}-?\d{4}$/,
]

/**
 * National landline forms, each read only in a file of its country's language (a national number means nothing without
 * its country: Spain's 9xx xxx xxx is a Peruvian or a Chilean mobile, Germany's 0xx a Vietnamese mobile): French 01-05 in
 * pairs, British 01 and 02 and Australian 02, 03, 07, 08 in English, German and Austrian 0[2-9], Swiss 02-06 in German,
 * French and Italian, Italian 0, Dutch 01-05 and 07, Portuguese 2xx xxx xxx and Brazilian (11) 3456-7890.
 */
const NATIONAL_LANDLINE: Partial<Record<Lang, readonly RegExp[]>> = {
  fr: [/^0[1-5](\s?\d{2}){4}$/, /^0[2-6]\d\s?\d{3}\s?\d{2}\s?\d{2}$/],
  en: [/^0[12]\d{1,4}\s?\d{3,4}\s?\d{3,4}$/, /^0[2378]\s?\d{4}\s?\d{4}$/],
  de: [/^0[2-9]\d{1,4}[\s/-]?\d{3,8}$/],
  it: [/^0\d{1,3}[\s/-]?\d{2,4}\s?\d{3,4}$/],
  nl: [/^0[1-57]\d{1,2}[\s-]?\d{6,7}$/],
  pt: [/^2\d{2}\s?\d{3}\s?\d{3}$/, /^\(\d{2}\)\s?[2-5]\d{3}-?\d{4}$/],
}

/** Is this value a landline number by its country's fixed-line prefix (national forms by the file's languages), and no mobile's? */
export const isLandlineNumber = (v: string, langs: readonly Lang[] = []): boolean => {
  const s = v.trim()
  return s.length >= 8 && !isMobileNumber(s, langs) && (LANDLINE.some((re) => re.test(s)) || langs.some((l) => NATIONAL_LANDLINE[l]?.some((re) => re.test(s)) ?? false))
}

/** Most sampled values (at least three) are landline numbers (by the national forms of the file's languages too). */
export const landlineNumbers = (p: ColumnProfile): boolean => { const langs = fileLanguages(); return mostly(p, (v) => isLandlineNumber(v, langs)) }
