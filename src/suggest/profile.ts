import { BOOLEAN_WORDS } from '../convert/boolean.js'
import { dateConverter, dateTimeConverter } from '../convert/datetime.js'
import { ConvertError } from '../convert/failure.js'

/** What the sampled values of one column look like: shares of non-empty values matching each detector. */
export interface ColumnProfile {
  name: string
  sample: string[]
  nonEmpty: number
  nullShare: number
  distinct: number
  avgLength: number
  shares: Record<Detector, number>
  /** The first non-empty value, for people reading a table. */
  example?: string
}

export type Detector = 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'epochMs' | 'email' | 'phone' | 'phoneDigits' | 'url' | 'uuid' |
  'countryCode' | 'currencyCode' | 'postalCode' | 'latitude' | 'longitude' | 'gender' | 'alpha' | 'dayMonth' | 'year' |
  'epochS' | 'epochUs' | 'ip' | 'courtesy' | 'sku' | 'timeOfDay' | 'decimalComma' | 'thousands' | 'status' | 'symbolAmount' | 'symbolComma' | 'groupedInt' | 'flag' | 'money' | 'ianaZone' | 'dateShaped' | 'company' | 'dayMonthInDoubt'

const COUNTRIES = new Set('AD AE AF AG AI AL AM AO AR AT AU AW AZ BA BB BD BE BF BG BH BI BJ BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GI GL GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG UK US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'.split(' '))
const CURRENCIES = new Set('AED ARS AUD BDT BGN BHD BOB BRL CAD CHF CLP CNY COP CRC CZK DKK DOP EGP ETB EUR GBP GHS GTQ HKD HUF IDR ILS INR ISK JMD JOD JPY KES KRW KWD KZT LKR MAD MXN MYR NGN NOK NZD OMR PEN PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SEK SGD THB TND TRY TTD TWD TZS UAH UGX USD UYU VND XAF XOF ZAR ZMW'.split(' '))
// Data Prep's words, plus what exports often use for flags (0/1, t/f): evidence of a boolean column, not a conversion
const BOOLS = new Set<string>([...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false, '0', '1', 't', 'f'])
/** Yes and no as exports in other languages write them (Да/Нет, Ja/Nein, Oui/Non, 是/否, はい/いいえ, 예/아니오): flags, not data. */
const FLAG_WORDS = new Set<string>([...BOOLS, 'да', 'нет', 'так', 'ні', 'ja', 'nein', 'nej', 'nei', 'oui', 'non', 'si', 'sí', 'sim', 'não', 'nao', 'tak', 'nie', 'ano', 'ne',
  'igen', 'nem', 'evet', 'hayır', 'hayir', 'ναι', 'όχι', 'οχι', 'kyllä', 'ei', 'da', 'nu', 'ya', 'tidak', 'có', 'không', '是', '否', 'はい', 'いいえ', '有', '無', '无', '예', '아니오', '아니요', '✓', 'x'])
const GENDERS = new Set(['m', 'f', 'male', 'female', 'not_specified', 'non_specific', 'other', 'unknown', 'u', 'x', 'man', 'woman'])

/** Courtesy titles in the languages of the vocabulary (lower-case, without the trailing dot). */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'herr', 'frau', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'sr', 'sra', 'srta', 'don', 'dona',
  'de heer', 'mevrouw', 'dhr', 'mevr', 'sig', 'sig.ra', 'dott', 'signor', 'signora', 'prof. dr', 'sr.a',
  // (Central European academic titles written before the name: Ing., Mgr., Bc., MUDr., JUDr., PhDr., RNDr., Dipl.-Ing., Mag.)
  'ing', 'mgr', 'bc', 'mudr', 'judr', 'phdr', 'rndr', 'mvdr', 'paeddr', 'mddr', 'dipl.-ing', 'dipl. ing', 'mag',
  // (Thai: Mr, Mrs, Miss, master and girl of a child's name, and their abbreviations)
  'นาย', 'นาง', 'นางสาว', 'น.ส', 'เด็กชาย', 'เด็กหญิง', 'ด.ช', 'ด.ญ',
  // (Persian: Mr, Mrs, Dr, Eng.; Arabic: Mr, Mrs, Dr; Hebrew: Mr, Mrs, Dr)
  'آقا', 'آقای', 'خانم', 'دکتر', 'مهندس', 'السيد', 'السيدة', 'دكتور', 'الدكتور', 'מר', 'גב\'', 'גברת', 'ד"ר'])
/** Status words of subscription, account and order exports in the languages of the vocabulary (lower-case, accents folded). */
const STATUSES = new Set(['active', 'inactive', 'subscribed', 'unsubscribed', 'pending', 'confirmed', 'unconfirmed', 'bounced', 'cleaned', 'blocked', 'blacklisted', 'opted in', 'opted out', 'enabled', 'disabled', 'open', 'closed', 'new', 'cancelled', 'canceled', 'completed', 'paid', 'refunded', 'approved', 'declined', 'authorised', 'captured', 'settled', 'succeeded', 'expired',
  // (a bill's or an invoice's)
  'due', 'overdue', 'unpaid', 'deleted', 'void', 'partially paid',
  // (an invoice's, in es/pt/it/fr/de/nl: Cobrada, Borrador, Emitida, Bozza, Brouillon, Entwurf)
  'cobrada', 'cobrado', 'pagada', 'borrador', 'emitida', 'vencida', 'anulada', 'paga', 'rascunho', 'bozza', 'emessa', 'pagata', 'scaduta', 'brouillon', 'payee', 'emise', 'entwurf', 'uberfallig', 'verstuurd', 'vervallen',
  'aktiv', 'inaktiv', 'angemeldet', 'abgemeldet', 'bestatigt', 'unbestatigt', 'ausstehend', 'gesperrt', 'abgeschlossen', 'storniert', 'bezahlt', 'offen',
  'actif', 'inactif', 'inscrit', 'desinscrit', 'desabonne', 'abonne', 'en attente', 'confirme', 'bloque', 'annule', 'paye', 'ouvert', 'ferme',
  'activo', 'inactivo', 'suscrito', 'dado de baja', 'baja', 'pendiente', 'confirmado', 'bloqueado', 'cancelado', 'cancelada', 'pagado', 'abierto', 'cerrado', 'entregado', 'aprobado', 'aprobada', 'rechazado', 'rechazada', 'reembolsado', 'completo', 'completado', 'enviado',
  // (a delivery's or a service's: Finalizado, En curso)
  'finalizado', 'finalizada', 'en curso', 'en proceso', 'en camino', 'asignado', 'en ruta', 'devuelto',
  'ativo', 'inativo', 'inscrito', 'descadastrado', 'pendente', 'confirmado', 'bloqueado', 'pago', 'aberto', 'fechado', 'entregue', 'aprovado', 'recusado', 'reembolsado', 'concluido', 'cancelado', 'enviado',
  'attivo', 'inattivo', 'iscritto', 'disiscritto', 'in attesa', 'confermato', 'bloccato', 'annullato', 'pagato', 'aperto', 'chiuso',
  'actief', 'inactief', 'ingeschreven', 'uitgeschreven', 'afgemeld', 'bevestigd', 'geblokkeerd', 'geannuleerd', 'betaald',
  'shipped', 'delivered', 'processing', 'on-hold', 'fulfilled', 'unfulfilled', 'partially refunded', 'authorized', 'voided', 'failed', 'in transit', 'received', 'draft', 'dispatched', 'returned', 'ready to ship', 'out for delivery', 'awaiting shipment',
  // (a payment's at a gateway: Quickpay's processed and initial, others' rejected, accepted, success, aborted)
  'processed', 'initial', 'rejected', 'accepted', 'success', 'successful', 'aborted',
  // lead and deal stages of CRM exports
  'contacted', 'qualified', 'unqualified', 'nurturing', 'won', 'lost', 'nuevo', 'nueva', 'contactado', 'calificado', 'cualificado', 'descalificado', 'ganado', 'perdido',
  'novo', 'qualificado', 'nouveau', 'contacte', 'qualifie', 'gagne', 'perdu', 'neu', 'kontaktiert', 'qualifiziert', 'gewonnen', 'verloren', 'nieuw', 'gecontacteerd', 'gekwalificeerd', 'gewonnen',
  'nuovo', 'contattato', 'qualificato', 'vinto', 'perso',
  'versendet', 'zugestellt', 'in bearbeitung', 'expedie', 'livre', 'en cours', 'cancelada', 'pagada', 'entregada', 'confirmada', 'enviado', 'enviada',
  'en camino', 'en preparacion', 'devuelto', 'reembolsado', 'aguardando pagamento', 'em transito', 'a caminho', 'spedito', 'consegnato', 'verzonden', 'geleverd', 'in behandeling'])
/** Four dot-separated groups of one to three digits: an IPv4 address's shape (a phone number never has it). */
export const DOTTED_QUAD = /^\d{1,3}(\.\d{1,3}){3}$/
/** Compact dates between 1900 and 2099: yyyyMMdd (the run reads it), yyyyMMddHHmm and yyyyMMddHHmmss (it does not). */
const YMD = '(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])'
const COMPACT_DATE = new RegExp(`^${YMD}$`)
export const COMPACT_MINUTES = new RegExp(`^${YMD}([01]\\d|2[0-3])[0-5]\\d$`)
export const COMPACT_SECONDS = new RegExp(`^${YMD}([01]\\d|2[0-3])[0-5]\\d[0-5]\\d$`)
/**
 * Currency marks written next to amounts: symbols, the local abbreviations (zł, Kč, Ft, kr; Indonesia's Rp, Malaysia's RM,
 * Peru's S/; South Africa's rand, R 220.00, with its space: an R glued to digits is a code's, Spree's R970626966), ISO codes
 * (236.00 EUR),
 * and the backquote WeChat Pay's bills put before every field (`691.20). Longer marks first (R$ before $).
 */
export const CURRENCY_MARKS = ['R$', 'Rp', 'RM', 'R ', 'S/', 'US$', 'C$', 'A$', 'NZ$', 'HK$', 'S$', 'руб.', 'руб', '$', '€', '£', '¥', '￥', '₩', '₽', '₺', '₹', '₴', '₪', '₫', '฿', '₸', '`', 'zł', 'Kč', 'Ft', 'kr.', 'kr', 'lei', 'лв', '元', '円', '원',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'RON', 'BGN', 'RUB', 'UAH', 'TRY', 'ZAR', 'NGN', 'KES', 'EGP', 'AED', 'SAR', 'ILS', 'SGD', 'HKD', 'TWD', 'THB', 'MYR', 'IDR', 'PHP', 'VND']
const MARK = `(${CURRENCY_MARKS.map((m) => m.replace(/[.$]/g, '\\$&')).join('|')})`
/** An amount with a currency mark before or after it: English decimals ($1,234.50) or a decimal comma (R$ 1.819,00, 45 000 Ft). */
const marked = (num: string): RegExp => new RegExp(`^(?:-?${MARK} ?-?${num}|-?${num} ?${MARK})$`, 'u')
// (groups of thousands by commas, or by spaces before a decimal point: South Africa's R 1 220.00)
const SYMBOL_AMOUNT = marked('(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?=\\.)|\\d+)(?:\\.\\d{1,2})?')
const SYMBOL_COMMA = marked('(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:,\\d{1,2})?')
// (South Africa's rand glued to an amount with cents, Ticketwiz's R450.00 and R1,240.00: a code's R has no cents)
const GLUED_RAND = /^-?(R)(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/
/** At least three values were sampled and most of them (four in five) pass `test`. */
export const mostly = (p: ColumnProfile, test: (v: string) => boolean): boolean => p.nonEmpty >= 3 && p.sample.filter(test).length >= 0.8 * p.nonEmpty
/** The marks currencyMarks() reports, in order: CURRENCY_MARKS, then the rand's R glued to its amount. */
const REPORTED_MARKS = [...CURRENCY_MARKS, 'R']
/** The currency marks the sampled amounts are written with, in CURRENCY_MARKS' order (the glued R last). */
export function currencyMarks(sample: string[]): string[] {
  const found = new Set<string>()
  for (const v of sample) {
    const m = SYMBOL_AMOUNT.exec(v.trim()) ?? SYMBOL_COMMA.exec(v.trim()) ?? GLUED_RAND.exec(v.trim())
    const mark = m?.[1] ?? m?.[2]
    if (mark) found.add(mark)
  }
  return REPORTED_MARKS.filter((x) => found.has(x))
}
/** Whether every sampled amount with a currency mark is written with a decimal comma or space groups (R$ 88,00; 45 000 Ft). */
export const commaAmounts = (sample: string[]): boolean => sample.every((v) => !SYMBOL_AMOUNT.test(v.trim()) || SYMBOL_COMMA.test(v.trim()))
/** Legal forms and the words company names end with (Inc., GmbH, S.r.l., s.r.o., sp. z o.o., Kft., Industries...). */
const COMPANY_NAME = /\b(inc|corp|corporation|llc|ltd|ltda|limited|gmbh|ag|kg|ug|sa|sas|sarl|sàrl|bv|nv|srl|s\.r\.l|spa|s\.p\.a|sl|s\.l|plc|pty|oy|ab|as|a\/s|aps|industries|enterprises|systems|group|holding|holdings|solutions|technologies|labs|partners|consulting|s\.r\.o|spol|a\.s|v\.o\.s|k\.s|sp\. z o\.o|s\.a|sp\. ?j|sp\. ?k|s\.c|kft|zrt|nyrt|bt|d\.o\.o|d\.d|ad|eood|ood|eireli|s\.a\. de c\.v|sa de cv|oü|uab|sia)\.?$/i
/** Central and East European legal forms in Cyrillic, at either end (ООО «Ромашка», ТОВ "Світанок", Ромашка ЕООД, a Bulgarian sole trader ЕТ „Фурна Тракия“). */
const COMPANY_NAME_CYRILLIC = /(^|[\s«"])(ооо|оао|зао|пао|ао|тов|пат|прат|еоод|оод|ад|ет|доо)([\s»".]|$)/iu
/**
 * Legal forms written before the name or in other scripts: Vietnamese Công ty TNHH, Indonesian PT / CV, Arabic شركة,
 * Hebrew בע"מ, Greek Α.Ε. / Ε.Π.Ε. / Ι.Κ.Ε., Turkish A.Ş. / Ltd. Şti., Thai บริษัท.
 */
const COMPANY_NAME_OTHER = /^(công ty|cty|ctcp|pt\.?|cv\.?|شركة|مؤسسة|บริษัท)\s|(בע"מ|בע״מ|α\.?ε\.?|ε\.?π\.?ε\.?|ι\.?κ\.?ε\.?|ο\.?ε\.?|a\.ş\.?|ltd\.? şti\.?|tbk\.?|jsc)$/iu
/** Japanese, Chinese and Korean legal forms: 株式会社 / 有限会社 / 合同会社 (either end), 有限公司 / 集团, 주식회사 / (주). */
const COMPANY_NAME_CJK = /^(株式会社|有限会社|合同会社|（株）|\(株\)|주식회사|\(주\)|㈜)|(株式会社|有限会社|合同会社|（株）|\(株\)|有限公司|有限责任公司|有限責任公司|股份公司|集团|集團|公司|주식회사|\(주\)|㈜)$/u
const dateConv = dateConverter()
const dtConv = dateTimeConverter()

const TESTS: Record<Detector, (v: string) => boolean> = {
  integer: (v) => /^[+-]?\d{1,15}$/.test(v),
  decimal: (v) => /^[+-]?(\d+\.\d+|\.\d+|\d+)([eE][+-]?\d+)?$/.test(v),
  boolean: (v) => BOOLS.has(v.toLowerCase()),
  flag: (v) => FLAG_WORDS.has(v.toLowerCase()),
  date: (v) => /\d/.test(v) && !/^\d{1,7}$/.test(v) && !(dateConv(v) instanceof ConvertError) && !/[T ]\d{1,2}:\d{2}/.test(v),
  datetime: (v) => /\d{1,2}:\d{2}/.test(v) && !(dtConv(v) instanceof ConvertError),
  epochMs: (v) => /^1\d{12}$/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v),
  // (or a national number written without spaces after its trunk 0, as Kenya's 0795605843 or Ukraine's 0938032249)
  phone: (v) => (/^\+?[\d\s().-]{7,20}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7 && /[\s()+-]/.test(v) && !DOTTED_QUAD.test(v)) || /^0[1-9]\d{8,9}$/.test(v),
  // phone numbers, or digits alone of a phone number's length (8 to 15, a + before them or not) that begin with a country
  // code or a subscriber's number, or with one trunk 0 (254712345678, 31969777, Indonesia's 081396202125; zero-padded
  // codes, 00123456, are none): read as phones only under a name saying phone, since order numbers look so too
  phoneDigits: (v) => TESTS.phone(v) || /^\+?[1-9]\d{7,14}$|^0[1-9]\d{9,12}$/.test(v),
  url: (v) => /^(https?|ftp):\/\/[^\s]+$/i.test(v) || /^www\.[^\s]+\.[a-z]{2,}/i.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  countryCode: (v) => COUNTRIES.has(v.toUpperCase()) && v.length === 2,
  currencyCode: (v) => CURRENCIES.has(v.toUpperCase()) && v.length === 3,
  postalCode: (v) => /^\d{5}(-\d{4})?$/.test(v) || /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]( ?\d[ABCEGHJ-NPRSTV-Z]\d)?$/i.test(v) || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(v) || /^\d{4}$/.test(v),
  latitude: (v) => /^[+-]?\d{1,2}\.\d+$/.test(v) && Math.abs(Number(v)) <= 90,
  longitude: (v) => /^[+-]?\d{1,3}\.\d+$/.test(v) && Math.abs(Number(v)) <= 180,
  gender: (v) => GENDERS.has(v.toLowerCase()),
  alpha: (v) => /^[\p{L}][\p{L}' .-]*$/u.test(v),
  dayMonth: (v) => /^(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])$/.test(v),
  year: (v) => /^(19|20)\d{2}$/.test(v),
  // epoch seconds and microseconds between 2001 and 2286 (10 and 16 digits); milliseconds are epochMs (13)
  // (an instant of an export lies between 2000 and 2050: larger ten- and sixteen-digit numbers are identifiers)
  // (seconds may carry a fraction, 1709648551.482913: to_integer drops it)
  epochS: (v) => /^[1-9]\d{9}(\.\d{1,6})?$/.test(v) && +v < 2524608000,
  epochUs: (v) => /^[1-9]\d{15}$/.test(v) && +v < 2524608000000000,
  // (IPv6: eight groups, or fewer around one "::"; a duration or a clock, 00:01:23, is none)
  ip: (v) => DOTTED_QUAD.test(v) && v.split('.').every((x) => +x <= 255) || /^([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$/i.test(v) || (/^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i.test(v) && v.split('::').length === 2),
  courtesy: (v) => COURTESY.has(v.toLowerCase().replace(/\.$/, '').trim()),
  // product codes: letters and digits with a dash or digits, no spaces (TS-BLK-M, SKU12345, 4006381333931)
  sku: (v) => /^[A-Za-z0-9][A-Za-z0-9._/-]{3,30}$/.test(v) && /[A-Za-z]/.test(v) && (/\d/.test(v) || (/[-_]/.test(v) && v === v.toUpperCase())) && !/^\d+$/.test(v),
  timeOfDay: (v) => /^\d{1,2}:\d{2}(:\d{2})?$/.test(v),
  // values written as dates: separated (2024-03-05, 05.03.2024 14:22) or compact (20240305, 20240305142231)
  dateShaped: (v) => /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?)?$/.test(v) || COMPACT_DATE.test(v) || COMPACT_MINUTES.test(v) || COMPACT_SECONDS.test(v),
  // slashed dates whose day and month are both 12 or less (03/01/2024, 1/4/25 14:30): which is the day is in doubt
  dayMonthInDoubt: (v) => { const m = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/.exec(v); return m !== null && +m[1]! <= 12 && +m[2]! <= 12 },
  // IANA time zones (America/New_York, Europe/Berlin, Etc/UTC)
  ianaZone: (v) => /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(\/[A-Za-z_-]+)?$/.test(v),
  // amounts written with a decimal comma (German, French, Dutch, Spanish, Italian, Portuguese exports): 4,95 or
  // 1.234,56 or -12,5; exactly one or two decimals, so an English thousands group (1,234) is never one
  // amounts with English thousands separators (1,234.56; 12,500), or grouped as Indian exports write them, lakhs and
  // crores by two digits (1,00,300.00; 12,34,567), or by a space or an apostrophe before a decimal point, as Bulgarian and
  // Swiss exports write them (5 364.00; 1'234.50)
  // (a first group of 0, 0,045, is no thousand: a decimal comma's)
  thousands: (v) => /^[+-]?(([1-9]\d{0,2}(,\d{3})+|[1-9]\d?(,\d{2})+,\d{3})(\.\d+)?|[1-9]\d{0,2}([ \u00a0\u202f']\d{3})+\.\d{1,2})$/.test(v),
  status: (v) => STATUSES.has(v.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim()),
  // (thousands grouped by a dot, or by a space as French, Russian, Polish, Czech and Nordic exports write them: 67 848,05)
  // (and below one, with more decimals: a message's cost, 0,045)
  decimalComma: (v) => /^[+-]?((\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+|\d+),\d{1,2}|0,\d{3,})$/.test(v),
  // whole amounts grouped by dots or spaces (3.024.000 VND, 166 963 Ft): read as a decimal comma's groups
  groupedInt: (v) => /^[+-]?\d{1,3}((\.\d{3})+|([ \u00a0\u202f]\d{3})+)$/.test(v),
  // amounts written with a currency mark before or after ($19.90, -$5.00, £1,234.50, 19.90 €, 236.00 EUR): English decimals
  symbolAmount: (v) => SYMBOL_AMOUNT.test(v) || GLUED_RAND.test(v),
  // (and with a decimal comma or space groups, R$ 1.819,00; 45 000 Ft: not read as English decimals)
  symbolComma: (v) => !SYMBOL_AMOUNT.test(v) && SYMBOL_COMMA.test(v),
  // company names: a legal form or a company word at the end (Acme Corp, Novák s.r.o., ООО «Ромашка»)
  company: (v) => COMPANY_NAME.test(v) || COMPANY_NAME_CYRILLIC.test(v) || COMPANY_NAME_CJK.test(v.trim()) || COMPANY_NAME_OTHER.test(v.trim()),
  // money as exports write it: two decimals (19.90, 4,95, 1,234.56) or a currency symbol
  money: (v) => /^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d{2}$/.test(v) || /^[+-]?(\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+|\d+),\d{2}$/.test(v) || SYMBOL_AMOUNT.test(v) || SYMBOL_COMMA.test(v) || GLUED_RAND.test(v),
}

export function profileColumn(name: string, values: string[]): ColumnProfile {
  const sample = values.filter((v) => v.trim() !== '').map((v) => v.trim())
  const shares = {} as Record<Detector, number>
  for (const [k, test] of Object.entries(TESTS) as [Detector, (v: string) => boolean][]) {
    shares[k] = sample.length ? sample.filter(test).length / sample.length : 0
  }
  const p: ColumnProfile = {
    name, sample, nonEmpty: sample.length, nullShare: values.length ? 1 - sample.length / values.length : 1,
    distinct: new Set(sample).size, avgLength: sample.length ? sample.reduce((a, v) => a + v.length, 0) / sample.length : 0, shares,
  }
  if (sample[0] !== undefined) p.example = sample[0]
  return p
}

/** Share of the non-empty values written with a two-digit fraction (12.50, -3,20): amounts of money. */
export const centsShare = (sample: string[]): number => {
  const vals = sample.filter((v) => v.trim())
  return vals.length ? vals.filter((v) => /^[-+]?\d[\d\s.,']*[.,]\d{2}$/.test(v.trim())).length / vals.length : 0
}
