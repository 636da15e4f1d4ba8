import { has, QUALIFIER_FAMILY, QUALIFIERS, stem } from './names.js'
import { mobileNumbers } from './mobile.js'
import { fold } from './vocabulary/index.js'
import { centsShare, mostly, type ColumnProfile } from './profile.js'
import { FIRST_TIME } from './score.js'
import { lineTotalColumns } from './lines.js'
import type { Target } from './targets.js'

/**
 * What the header as a whole says about each column: whether the file is a B2B contact list (work address and
 * phone by default), a consumer list (home), an order export (unqualified address parts are the shipping address,
 * a bare id is the order's), and which name columns exist (a bare "name" next to a first-name column is the last
 * name, next to a last-name column the first name, alone the full name). Columns' words are rewritten accordingly.
 */
export interface HeaderContext {
  event: boolean
  b2b: boolean
  orderExport: boolean
  /** payment-provider exports (fees, cards, gross/net): payment fields need no "payment" in the column name */
  paymentExport: boolean
  /** some column is about web or app analytics (pages, sessions, browsers, referrers, visits, events, campaigns) */
  analytics: boolean
  /** some column is about a loyalty programme (points, tier, loyalty, member, card, reward, program, redeemed) */
  loyalty: boolean
  /** some column names a programme's points, rewards or the word loyalty: a points programme, not a club's membership */
  points: boolean
  /** the columns holding each sampled row's quantity times its unit price (lines.ts): read as the line's total */
  lineTotals: Set<number>
  /** some column is about the products (product, SKU, quantity, unit): without one no column is a line's */
  lines: boolean
  /** some column is a street line: latitude and longitude may then belong to that address */
  street: boolean
  /** the place words (city, country, state, postal, region) some column names */
  placeWords: Set<string>
  /** some column is a first street line (unnumbered or 1): a second line belongs to its address */
  firstStreet: boolean
  /** per data type (Target.typeKey), the qualifiers its instances have: a qualifier no instance has does not select */
  typeQualifiers: Map<string, Set<string>>
  /** the qualifier families the schema knows */
  qualifiers: Set<string>
  /** the qualifier an unqualified column means: home, work, shipping, or none */
  defaultQualifier?: string
  /** the qualifier an unqualified address part means: the file's one qualified street, else the default */
  addressQualifier?: string
  /** per column, its words after the header's context is applied */
  words: string[][]
  /** no column's name says anything the schema or the vocabulary knows (F1..F10): values alone speak */
  mute?: boolean
  /** a column names an order's date ("Order Date", "Bestelldatum") */
  orderDate: boolean
  /** a column names a time of day apart from its date ("Time", "Heure", "TID", "Transaction Time": PayPal, Square) */
  timeOfDay: boolean
  /** the one column naming a time of day whose values are times ("Hora": 14:05, "Heure", "Time"): its name and the
   * pattern its values follow, for the event's date beside it ("Fecha" + "Hora" → timestamp) */
  dayTime?: { name: string; pattern: string }
  /** some column is about clicks (an e-mail tool's events: "Clicks", "Clicked URL") */
  clicks: boolean
  /** a column names a device or its operating system (a mobile app's or an attribution tool's events), none a shipment */
  devices: boolean
  /** a column names the show a ticket or booking is for ("Event", "Event name", "Veranstaltung"), outside analytics */
  shows: boolean
}

const NAME_NOISE = new Set(['customer', 'contact', 'person', 'user', 'buyer', 'client', 'member', 'lead', 'prospect', 'subscriber', 'billing', 'shipping', 'mailing', 'home', 'work'])
/** Words of web and app analytics headers, stemmed as column words are ("cookies" is "cooky"). */
const ANALYTICS_WORDS = ['page', 'session', 'browser', 'referrer', 'visit', 'visitor', 'screen', 'hit', 'url', 'cookies', 'viewport'].map(stem)
/** Environment and place words a page or session record prefix may stand before. */
const CONTEXT_WORDS = new Set(['browser', 'version', 'operating', 'system', 'os', 'ip', 'city', 'region', 'country', 'state', 'device', 'agent', 'user', 'platform', 'language', 'screen', 'resolution', 'model', 'manufacturer', 'code'])
/** Values that are instants: epoch numbers, ISO date-times or compact yyyyMMddHHmmss. */
const instants = (p: ColumnProfile): boolean => p.nonEmpty >= 3 && (p.shares.epochS >= 0.9 || p.shares.epochMs >= 0.9 || p.shares.epochUs >= 0.9 || p.shares.datetime >= 0.9)

/**
 * Most sampled values are a person's names: two to four capitalised words (Lars Christensen, Ana de Souza, Trần Thị
 * Bích Ngọc), two to four Han or Hangul letters, with a space between family and given name as Japanese writes them
 * (张伟, 佐藤 健太, 김민준), or two to four Hebrew or Arabic words (יוסי כהן, محمد العلي).
 */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'-]+( (\p{Ll}{1,3} )?\p{Lu}[\p{Ll}'-]+){1,3}$/u
/** Two to four Latin-script words in capitals (a register's DE LUCA VALENTINA, NOWAK JAN, GARCÍA LÓPEZ, MARÍA). */
const CAPS_NAME = /^\p{Lu}[\p{Lu}'-]+(,? \p{Lu}[\p{Lu}'-]+){1,3}$/u
const personNames = (p: ColumnProfile): boolean => mostly(p, (v) => LATIN_NAME.test(v) || /^[\p{Script=Han}\p{Script=Hangul}]{1,3} ?[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]{1,3}$/u.test(v.trim()) || /^[\p{Script=Hebrew}\p{Script=Arabic}'׳-]{2,}( [\p{Script=Hebrew}\p{Script=Arabic}'׳-]{2,}){1,3}$/u.test(v.trim()))

/** Most sampled values are two to four capitalised Latin-script words (Mary Walker, Jan Novák). */
const latinNames = (p: ColumnProfile): boolean => mostly(p, (v) => LATIN_NAME.test(v))
/** Values that are phone numbers, or numbers written as messaging tools write them (+447700900123, 447700900123). */
const phoneValues = (p: ColumnProfile): boolean => p.nonEmpty >= 3 && (p.shares.phone >= 0.8 || mostly(p, (v) => /^\+?\d{10,15}$/.test(v.trim())))
/** A site's home page (https://www.acme.co.jp/, www.acme.com): a host ending in a top-level domain and nothing after it; social profiles' hosts are not a company's */
const HOME_PAGE = /^(?:https?:\/\/)?(?!(?:www\.)?(?:linkedin|facebook|twitter|x|instagram|xing|youtube|tiktok)\.)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/?$/i
/** Values that are words, no amounts, codes or dates (a carrier's or a service's name: PPL, DHL Paket, Česká pošta). */
const textValues = (p: ColumnProfile): boolean => mostly(p, (v) => /^\p{L}[\p{L} .&'()-]*[\p{L})]$/u.test(v.trim()) && !/\d/.test(v))

/** Parts of an address (and of the person it is for): after "payment" they are the billing address's. */
const ADDRESS_ROLE_PARTS = new Set(['street', 'city', 'postal', 'state', 'country', 'region', 'district', 'first', 'last', 'company', 'phone'])
/** Parts of an address that name a place (no person's). */
const PLACE_PARTS = new Set(['street', 'city', 'postal', 'state', 'country', 'region', 'district'])
/** Objects whose name a bare "name" under their prefix is (`company.name`, `account.name`). */
const COMPANY_PREFIX = ['company', 'organization', 'account']
/** Words of a loyalty programme's points (a card or a member alone may be a payment's or a club's). */
const POINTS_WORDS = ['point', 'tier', 'loyalty', 'reward', 'redeemed']
/** Words of a payment card's columns ("Card Brand", "Card Expiry", "Card Last4"): a bank card (or a gift card), not a loyalty card. */
const PAYMENT_CARD_WORDS = ['brand', 'expiry', 'expiration', 'expires', 'last', 'last4', 'digits', 'holder', 'funding', 'issuer', 'bin', 'cvc', 'cvv', 'scheme', 'fingerprint', 'wallet']
/** Words of money amounts: a balance they name is money, not points. */
const MONEY_WORDS = ['amount', 'total', 'price', 'currency', 'value']

/**
 * Containers of event warehouses' flattened columns (Segment, RudderStack: `context_ip`, `context_traits_email`): in
 * front they name nothing; behind a word they are the column's ("return_context" is no return).
 */
const LEADING_CONTAINERS = new Set(['context', 'traits', 'trait', 'properties', 'property'])

/** Prefixes a person export puts before the person's own fields (`account_email`, `subscriber_first_name`). */
const OWN_PREFIX = new Set(['account', 'customer', 'contact', 'member', 'subscriber'])
/** Words of a person's own fields: after an OWN_PREFIX they are the person's. */
const OWN_FIELDS = new Set(['email', 'first', 'last', 'full', 'middle', 'phone', 'mobile', 'company', 'birth', 'gender', 'street', 'city', 'postal', 'state', 'country'])
/**
 * A bare service or treatment column (Spanish, Portuguese, German, Czech and Slovak, Serbian and Croatian, Polish, English;
 * Danish, Norwegian, Swedish, Finnish, Estonian, Latvian, Lithuanian, Hungarian, Romanian, Turkish, Italian, Dutch, French, Greek).
 */
const SERVICE = /^(υπηρεσια|servicio|servico|service|leistung|dienstleistung|sluzba|usluga|uslugi|ydelse|tjeneste|tjanst|palvelu|teenus|pakalpojums|paslauga|szolgaltatas|serviciu|hizmet|servizio|dienst|prestation|behandling|behandlung|treatment|tratamiento|tratamento|trattamento|soin)$/
/** A treatment (a salon's, or a hotel's board: "Trattamento" is half board), a service only where it is booked. */
const TREATMENT = /^(behandling|behandlung|treatment|tratamiento|tratamento|trattamento|soin)$/
/** A service's code ("Šifra usluge", "Service Code", "Código del servicio", "Leistungscode"): the code of the product sold, as its SKU. */
const SERVICE_CODE = /^((sifra|kod|code|codigo|cod|id)\.? (usluge|uslugi|del servicio|de servicio|servicio|do servico|servico|de service|du service|service|leistung|palvelun|tjanst)|(service|leistungs|usluga|servicio|servico) ?(code|id|kod|nr|codigo))$/
/** A crowdfunding reward's header (English, French, Spanish and Portuguese, Italian, German, Japanese, Chinese, Korean). */
const REWARD = /^(reward|reward name|reward title|contrepartie|recompensa|ricompensa|belohnung|リターン|リターン名|回报|回报名称|回报档位|回報|回報名稱|리워드|리워드명)$/
/** Words naming a booking or an appointment in a header ("Id cita", "Termin-ID", "ID rezervace", "Booking date"). */
const BOOKING = /\b(cita|citas|termin|appointment|rezervace|rezervacia|rezerwacja|reserva|reservation|booking|buchung|afspraak|rendez-vous|randevu|agendamento)\b/

/** A barcode's name (folded): "Barcode(s)", "Code-barres", "Strichcode", "Streepjescode", "Código de barras". */
const BARCODE = /barcode|code.?barre|strichcode|streepjescode|codigo de barras|codice a barre/
/** Goods written with their counts or as a list: "2 x Pizza", "Tee (x2)", "4x Burger", "برجر × 1", "A; B", "A | B". */
const COUNTED_GOODS = /(^|\s|\()\d+\s?[x×]\s|\s[x×]\s?\d+\)?$|[x×]\d+\)|[;|\n]/i

/** An order type meaning home delivery (a food-service or shop order's type or channel column's value). */
const DELIVERY_VALUE = /^(delivery|home delivery|lieferung|lieferservice|livraison|livraison à domicile|domicilio|a domicilio|entrega|entrega a domicilio|consegna|consegna a domicilio|bezorgen|bezorging|levering|dostawa|доставка|משלוח|paket servis|eve teslim|توصيل|デリバリー|配達|外卖|外送|배달)$/i

/** Words of an export that bills: a direct-debit, subscription or payment tool, where one address is the billing address. */
const BILLING_WORDS = ['fee', 'card', 'mandate', 'subscription', 'invoice', 'payout', 'iban', 'plan', 'charge', 'payment', 'billing', 'deposit', 'commission']
/** Who sold an order, before its number: a shop, a sales channel, a merchant ("Marketplace Order ID"). */
const SELLER_SIDE = new Set(['store', 'shop', 'channel', 'marketplace', 'merchant', 'seller', 'platform', 'partner', 'external'])
/** Words of a delivery (the goods' arrival, not their dispatch) in the languages the vocabulary reads as shipping. */
const DELIVERY = /deliver|entrega|livraison|consegna|достав|teslim|pristat|levering|leverans|liefer|zustell|dorucen|dostaw|配達|お届け|送達|배달|배송완료/i
/** Words of an order's key after "order". */
const ORDER_KEY = ['id', 'number', 'code', 'reference']
/** What an event export's rows may be besides orders: contracts (a rental's), insurance policies, subscriptions, receipts. */
const DOCUMENT_KINDS = new Set(['contract', 'policy', 'subscription', 'receipt', 'prescription'])
/** Totals of something other than the order: refunded, taxed, discounted, shipped, charged as fees. */
const OTHER_TOTALS = ['refund', 'tax', 'discount', 'shipping', 'fee', 'commission']
/** A column naming a job candidate or an application ("ID kandidáta", "ID do candidato", "Pieteikuma ID", "Applicant ID"). */
const CANDIDATE = /\b(candidates?|applicants?|kandidat\w*|candidat[oa]s?|kandydat\w*|bewerber\w*|bewerbung\w*|jelolt\w*|pieteikum\w*|postulantes?|hakija\w*|sokande|ansoger|soker)\b/
/** A municipality's name in the languages whose exports give it beside the city (folded). */
const MUNICIPALITY = /^(gemeente|municipio|gemeinde|comune|commune|kommune|kommun|concelho|gmina|obec|kunta)$/
/**
 * Headers of a wider area and of the narrower one the vocabulary also reads as a region, matched folded: beside the wider, the
 * narrower is the city, or the district where a column names the city (an Egyptian order's المحافظة, the governorate, beside
 * its المنطقة, the area: مدينة نصر, الدقي).
 */
const WIDER_AREAS: [RegExp, RegExp][] = [[/^(ال)?محافظة$/, /^(ال)?منطقة$/]]
/** Words of a phone column naming no kind of phone ("Phone number", "Customer phone"). */
const BARE_PHONE_WORDS = new Set(['phone', 'number', 'customer', 'contact', 'client', 'member', 'primary', 'main', 'default'])
const SHIPPING_WORDS = ['shipping', 'tracking', 'delivery', 'carrier', 'ship', 'fulfillment', 'shipment']
/** The words of a message's send time ("Sent Date", "Send At", "Date d'envoi"). */
const SEND_TIME = new Set(['sent', 'send', 'shipping', 'date', 'time'])
/** Words of a message or call log (SMS, WhatsApp, voice: Twilio, Vonage, Infobip, Exotel): one row a message or a call sent. */
const MESSAGE_LOG_WORDS = ['message', 'body', 'segment', 'direction', 'originator', 'call', 'template']
/** Words of what a message or a call cost, and in which currency and units: no sale's. */
const MESSAGE_COST_WORDS = new Set(['price', 'total', 'amount', 'rate', 'currency', 'unit', 'quantity'])
/** Words of the number a message is sent to. */
const RECIPIENT_WORDS = ['recipient', 'destination', 'receiver']

/** An order line's identifier: "Order line ID", "Lineitem ID", line_item_id (a line's SKU, "Lineitem sku", is the product's). */
const LINE_ID = /\bline[ _-]?(item[ _-]?)?id\b|lineitemid/i
/**
 * A sign-up or registration, not a record's creation: "Sign Up Date", "Registration date", "Klant sinds", "Data de cadastro",
 * Indonesian and Malay "Tanggal Daftar", Vietnamese "Ngày đăng ký", Thai วันที่สมัคร.
 */
const SIGN_UP = /sign.?up|regist|cadastr|since|sinds|seit|desde|depuis|регистрац|regisztr|rejestr|alta|inscri|iscri|kay[ıi]t|加入|登録|가입|注册|daftar|đăng ký|สมัคร|تسجيل|הרשמ|ثبت|εγγραφ/i
/** The words of a call's start. */
const CALL_START = new Set(['call', 'started', 'start', 'called', 'date', 'time'])
/** The words of a ticket sold: its name, type, category or package. */
const TICKET_ITEM = new Set(['ticket', 'type', 'name', 'category', 'package', 'title', 'kind'])
/** A column naming a contact person ("Contact Person", "Pessoa de Contacto", "Ansprechpartner" read as contact + person). */
const contactPerson = (w: string[]): boolean => w.length === 2 && w.includes('contact') && w.includes('person')

/** A time of day, 24-hour or with AM/PM (14:05, 9:30:15, 3:24 PM). */
const TIME_OF_DAY = /^\d{1,2}:\d{2}(:\d{2})?( [AP]M)?$/i

/** A bare "Estado" header (Spanish and Portuguese: the state of an address, or a record's status). */
const BARE_ESTADO = /^estado$/i
/** A Spanish or Portuguese status, no state or province: a participle (Entregado, Concluída, Recebida) or a stage (Pendiente,
 * En tránsito, Listo para enviar, Em separação; a bare "Nuevo" or "Activa", not "Nuevo León" or "Nova Lima"). */
const STATUS_VALUE = /^(pendiente|pendente|en |em |listo|pronto|aguardando|esperando)|^(nuev[oa]|nov[oa]|abiert[oa]|abert[oa]|activ[oa]|ativ[oa]|inactiv[oa]|inativ[oa])$|(ad[oa]s?|id[oa]s?|íd[oa]s?|uelt[oa]s?|iert[oa]s?)$/i

/** A column naming the show a ticket or booking is for: "Event", "Event name", "Veranstaltung", "Evento", "Événement". */
const SHOW = /^(event|event[ -]?(name|title)|veranstaltung|evento|nome (dell')?evento|nombre del evento|(nom de l')?[ée]v[ée]nement|evenement|evenemang)$/i
/** A column naming a show's time: "Event Date", "Eventdatum", "Veranstaltungsbeginn", "Data evento". */
export const SHOW_TIME = /event|veranstaltung|evento|[ée]v[ée]nement|evenemang/i

export function headerContext(words: string[][], profiles: ColumnProfile[], targets: Target[], prefixes: string[][] = [], names: string[] = [], rows: string[][] = []): HeaderContext {
  const dest = new Set(targets.map((t) => t.destination))
  // (the qualifiers the schema's fields have)
  const known = new Set(targets.map((t) => t.qualifier).filter((q): q is string => q !== undefined))
  const event = dest.has('timestamp')
  const hasFirst = words.some((w) => has(w, 'first') && has(w, 'name'))
  const hasLast = words.some((w) => has(w, 'last') && has(w, 'name') && !has(w, 'activity', 'updated', 'visit', 'login', 'seen'))
  const personName = dest.has('person.name.fullName') || dest.has('person.name.firstName')
  // column i's values begin, on most rows, with the same row's first name and go on (Sophie Lambert beside Sophie)
  const firstCol = words.findIndex((w) => has(w, 'first') && has(w, 'name'))
  const wholeNames = (i: number): boolean => {
    if (firstCol === -1 || firstCol === i) return false
    const both = rows.filter((r) => (r[i] ?? '').trim() && (r[firstCol] ?? '').trim())
    return both.length >= 3 && both.filter((r) => r[i]!.trim().startsWith(r[firstCol]!.trim() + ' ')).length >= 0.8 * both.length
  }
  // column i's values, on most rows that have both, do not hold the same row's last name (Yong Sheng beside Goh: two given
  // names, no whole name); false when the header has no last-name column
  const lastCol = words.findIndex((w) => w.length === 2 && w[0] === 'last' && w[1] === 'name')
  const withoutLastNames = (i: number): boolean => {
    if (lastCol === -1 || lastCol === i) return false
    const filled = rows.filter((r) => (r[i] ?? '').trim())
    const both = filled.filter((r) => (r[lastCol] ?? '').trim())
    // the last name is filled beside most first names (a sparse "Apelido" is a nickname, not a surname)
    return both.length >= 3 && both.length >= 0.8 * filled.length &&
      both.filter((r) => !r[i]!.toLowerCase().includes(r[lastCol]!.trim().toLowerCase())).length >= 0.8 * both.length
  }
  const courtesyValues = (i: number): boolean => profiles[i]!.shares.courtesy >= 0.5
  const webPage = dest.has('web.webPageDetails.name')
  const analyticsHeader = words.some((w) => has(w, ...ANALYTICS_WORDS))
  // (a message or call log: two columns about messages or calls, none about goods or orders)
  const messageLog = event && words.filter((w) => has(w, ...MESSAGE_LOG_WORDS)).length >= 2 && !words.some((w) => has(w, 'product', 'sku', 'order', 'item', 'ticket', 'subtotal', 'tax'))
  // (an export of goods sold: products or orders beside prices or totals, no page or session of analytics; a message log's
  // "Tipo de envío" is how a message was sent: no goods)
  const goods = !analyticsHeader && !messageLog && words.some((w) => has(w, 'sku', 'quantity', 'shipping', 'order')) && words.some((w) => has(w, 'price', 'total', 'amount'))
  // (a column of numbers: integers, decimals or amounts, as amounts in yen or won are written: 5,000; 0)
  const numbersIn = (i: number): boolean => profiles[i]!.nonEmpty > 0 && (['decimal', 'decimalComma', 'groupedInt', 'thousands', 'symbolAmount', 'symbolComma'] as const).reduce((n, d) => n + profiles[i]!.shares[d], 0) >= 0.9
  // (a header naming a parcel's tracking or carrier ships goods)
  // (a message log's carrier is the mobile network: no parcel's)
  const shipsGoods = words.some((w) => has(w, 'tracking') || (has(w, 'carrier') && !messageLog))
  // (a shipments export: a carrier and a tracking number, no goods, subtotal or discount)
  const shipments = words.some((w) => has(w, 'carrier')) && words.some((w) => has(w, 'tracking')) && !words.some((w) => has(w, 'product', 'sku', 'item', 'quantity', 'subtotal', 'discount'))
  // (a call log: a message log about calls, or two columns about calls beside no goods; a call tracker records the sale a call
  // brought, "Sale Value")
  const callLog = event && (messageLog || (words.filter((w) => has(w, 'call')).length >= 2 && !words.some((w) => has(w, 'product', 'sku', 'item', 'ticket', 'subtotal')))) && words.some((w) => has(w, 'call'))
  // (a header about messages or campaigns sent: SMS, e-mail, WhatsApp)
  const sends = messageLog || words.some((w) => has(w, 'message', 'sms', 'email', 'campaign', 'recipient', 'text', 'template'))
  // (the columns holding each row's quantity times its unit price: lines.ts)
  const lineTotals = event ? lineTotalColumns(words, rows) : new Set<number>()
  // (a column names the show a ticket is for)
  const showCol = names.some((h) => SHOW.test(h.trim()))
  // (a shipment export names its parcels, tracking, carrier or their weight: Chronopost's "Poids (kg)", Correos' "Peso")
  const parcelWords = words.some((w) => has(w, 'tracking', 'carrier', 'shipment', 'parcel', 'weight'))
  // (a column names a marketplace offer's SKU: the seller's own)
  const offerSku = event && words.some((w) => w.length === 2 && has(w, 'offer') && has(w, 'sku'))
  // column i holds titled products: four names or more, mostly of two words and more
  const titles = (i: number): boolean => profiles[i]!.distinct >= 4 && mostly(profiles[i]!, (v) => v.trim().split(/\s+/).length >= 2)
  // another column than i names the goods themselves, a product or an item (or what else is given: a ticket); their id, code,
  // quantity, price, total, category, type, tax or discount do not (the plan and description rules below)
  const namesItemElsewhere = (i: number, ...others: string[]): boolean =>
    words.some((w, j) => j !== i && has(w, 'product', 'item', ...others) && !has(w, 'id', 'sku', 'code', 'number', 'quantity', 'price', 'total', 'amount', 'category', 'type', 'tax', 'discount'))
  // column i's values, three or more, are all different (a record's key)
  const allDifferent = (i: number): boolean => profiles[i]!.nonEmpty >= 3 && profiles[i]!.distinct === profiles[i]!.nonEmpty
  // (each header folded once: "Servicio", "Departamento", "Gemeente" are matched folded, lower case and trimmed)
  const folded = words.map((_, i) => fold(names[i] ?? '').toLowerCase().trim())
  // (a column names a booking or an appointment: "Id cita", "Termin-ID")
  const bookingCol = folded.some((h) => BOOKING.test(h))
  // (a B2B person schema, one with b2b.* fields, holds business contacts: their unqualified phone and address are work's;
  // schemaB2b below is wider, any schema with work details, where the header must also name a job or a company)
  const b2bPersonSchema = targets.some((t) => t.destination.startsWith('b2b.'))
  const out = words.map((w, i) => {
    let ws = [...w]
    // a column holding each row's quantity times its unit price is the line's total, whatever its name says ("Gesamtpreis
    // brutto", "Totalt" of an order-lines export)
    if (lineTotals.has(i)) return ['product', 'total']
    // a line's or a product's subtotal ("Product Subtotal", "Subtotal Produk", "Subtotal línea", `ProductSubTotal`) is the line's total
    if (event && has(ws, 'subtotal') && has(ws, 'product', 'item', 'line') && ws.every((x) => ['subtotal', 'product', 'item', 'line', 'amount'].includes(x))) return ['product', 'total']
    // what a message or a call cost ("Price", "Total Amount", "Cost (INR)"), its currency and its units are the provider's fee,
    // no order's (named so, its values do not lead either)
    if (messageLog && ws.length > 0 && ws.every((x) => MESSAGE_COST_WORDS.has(x))) return ['fee']
    // a message log ships nothing: its "envío" or "invio" (read as shipping) is the message's sending ("Fecha de envío": the
    // send time; "Tipo de envío": API or bulk, no shipping method)
    // (its delivery, "Delivery Time", "Fecha de entrega", is the message's arrival: no sending)
    if (messageLog && !shipsGoods && has(ws, 'shipping') && !DELIVERY.test(names[i] ?? '')) ws = ws.map((x) => (x === 'shipping' ? 'send' : x))
    // ... and the number a message was sent to ("To", "Recipient", "Destination", a bare "Número" or "Numer telefonu": +44 7700
    // 900123, 447700900123) is the person's phone identity (a call log's "To" may be the business's own line)
    if (messageLog && !callLog && phoneValues(profiles[i]!) &&
      (ws.length === 0 ? /^\s*to\s*$/i.test(names[i] ?? '') : (has(ws, ...RECIPIENT_WORDS) || ws.every((x) => x === 'phone' || x === 'number')) && ws.every((x) => RECIPIENT_WORDS.includes(x) || x === 'number' || x === 'phone'))) return ['phonenumberid', 'id']
    // a business contact's or an attendee's affiliation (Whova's "Affiliation") is the company the person works for, on a B2B
    // person schema (a golf or sports club member's affiliation is a club, no employer)
    if (!event && ws.length === 1 && ws[0] === 'affiliation' && b2bPersonSchema) return ['company']
    // a contact's number holding phone numbers ("Contact Number", "Contact No.": +65 9123 4567, as South-East Asian and Indian
    // exports name the number to call) is the phone; holding codes (C-1001) it stays the contact's number
    if (ws.length === 2 && ws[0] === 'contact' && ws[1] === 'number' && phoneValues(profiles[i]!)) return ['phone', 'number']
    // ... and a call log's caller ("Caller Number", "Caller ID": +19025555844) is the person's phone identity
    // (and so is its customer's number, "Номер клієнта", "Customer Number": 0938032249)
    if (callLog && has(ws, 'caller', 'customer') && ws.every((x) => ['caller', 'customer', 'number', 'phone', 'id'].includes(x)) && phoneValues(profiles[i]!)) return ['phonenumberid', 'id']
    // an e-mail log's sender ("Sender", "from": no-reply@shop.example) is the business, no person; its recipient ("Recipient", "to")
    // is the person's e-mail
    const emails = profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.email >= 0.8
    if (event && emails && (has(ws, 'sender') || /^\s*from\s*$/i.test(names[i] ?? ''))) return ['sender']
    if (event && emails && (has(ws, ...RECIPIENT_WORDS) || /^\s*to\s*$/i.test(names[i] ?? '')) && ws.every((x) => RECIPIENT_WORDS.includes(x) || x === 'email' || x === 'address')) return ['email']
    // a company's or a bare e-mail ("E-Mail (Firma)", "E-Mail": info@…) beside the contact person's ("E-Mail Ansprechpartner",
    // "E-Mail Entscheider") is the firm's mailbox: the person's work e-mail is the contact's
    // (a person's own e-mail beside the company's, "personEmail" and "companyEmail", is the personal one: the company's stays work)
    if (!event && dest.has('b2b.companyName') && has(ws, 'email') && ws.every((x) => x === 'email' || x === 'company' || x === 'address') && words.some((w, j) => j !== i && has(w, 'email') && has(w, 'contact') && !has(w, 'company', 'alternate', 'secondary', 'additional', 'second') &&
      // (an address column, not a consent's flag: Campos Dealer's "Aceita Contato por E-mail", Sim / Não)
      (profiles[j]!.nonEmpty === 0 || profiles[j]!.shares.email >= 0.5))) return ['firm', 'mailbox']
    // a column of percentages ("% IVA", "Rabatt %", "Discount (%)") is a rate, no amount ("MwSt 19%", "TVA 20 %" name the rate of an amount)
    if (/%/.test(names[i] ?? '') && !/\d\s*%/.test(names[i] ?? '')) return ['percent']
    while (ws.length > 1 && LEADING_CONTAINERS.has(ws[0]!)) ws = ws.slice(1)
    // the channel a payment went through ("Payment Channel", ช่องทางการชำระเงิน) is its method, where no other column names the
    // method or type (MoMo's "Kênh thanh toán", Website or QR Code, beside its "Hình thức thanh toán", the card or wallet)
    if (event && ws.length === 2 && has(ws, 'payment') && has(ws, 'channel') && !words.some((w, j) => j !== i && has(w, 'payment') && has(w, 'method', 'type'))) ws = ['payment', 'method']
    // an analytics event's bare "title" is the page's title, its "mobile phone" (values no phone numbers) the device maker
    if (event && webPage && analyticsHeader && ws.length === 1 && ws[0] === 'title' && !(prefixes[i] ?? []).length) ws = ['page', 'name']
    // ... and its bare "URL" the page's address (when another column is about analytics: a bill's "URL" is its link)
    if (event && webPage && words.some((x, j) => j !== i && has(x, ...ANALYTICS_WORDS)) && ws.length === 1 && ws[0] === 'url' && !(prefixes[i] ?? []).length) ws = ['page', 'url']
    // a landing page or URL holding addresses ("Landing Page": https://…/plumbing/, a call tracker's or a lead form's) is the page's URL
    if (event && webPage && ws.length === 2 && ws[0] === 'landing' && (ws[1] === 'page' || ws[1] === 'url') && profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.url >= 0.8) ws = ['page', 'url']
    // an analytics export's page or session record prefix ("PageBrowser", "SessionCity") names the context of an environment word
    if (event && ws.length >= 2 && (ws[0] === 'page' || ws[0] === 'session') && ws.slice(1).every((x) => CONTEXT_WORDS.has(x))) ws = ws.slice(1)
    // an event's start or time ("EventStart", "event_time") is the event's timestamp
    if (event && ws.length === 2 && ws[0] === 'event' && ['start', 'time', 'date', 'timestamp', 'ts'].includes(ws[1]!)) ws = ['timestamp']
    // a bare "ts", "t" or "time" of an event export holding instants is the event timestamp
    if (event && ws.length === 1 && ['ts', 't', 'time'].includes(ws[0]!) && instants(profiles[i]!)) ws = ['timestamp']
    if (event && analyticsHeader && ws.length === 2 && ws[0] === 'mobile' && ws[1] === 'phone' && profiles[i]!.shares.phone < 0.5) ws = ['device', 'manufacturer']
    // a company's domain ("Company Domain": acme.com) is its website, unless another column names the website itself
    // ("Company Website": https://www.acme.com beside it, Evaboot)
    if (ws.length === 2 && has(ws, 'domain') && has(ws, 'company', 'account', 'organization') && !words.some((w, j) => j !== i && has(w, 'website'))) ws = ['company', 'website']
    // a bare "web" or "Internet" holding URLs is a website (not the web channel of an opt-in)
    if (ws.length === 1 && (ws[0] === 'web' || ws[0] === 'internet') && profiles[i]!.shares.url >= 0.5) ws = ['website']
    // a bare or a company's "URL" of a person or lead list holding home pages (https://www.acme.co.jp/, not a profile's
    // link) is the company's website (Sansan, 企業URL, "Company URL"); an event's URL is its page
    if (!event && ws.at(-1) === 'url' && ws.slice(0, -1).every((x) => x === 'company' || x === 'organization') && ws.length <= 2 && mostly(profiles[i]!, (v) => HOME_PAGE.test(v.trim()))) ws = ['company', 'website']
    // a person export's `account_email`, `customer_first_name`: the prefix names the person, the rest the field
    if (!event && ws.length >= 2 && OWN_PREFIX.has(ws[0]!) && ws.slice(1).some((x) => OWN_FIELDS.has(x)) && !has(ws, 'id', 'number', 'owner')) ws = ws.slice(1)
    // the recipient's address of an order or a shipment ("Dirección destinatario", 收件人地址) is its shipping address
    if (event && ws.includes('recipient') && ws.some((x) => ADDRESS_ROLE_PARTS.has(x))) ws = ['shipping', ...ws.filter((x) => x !== 'recipient')]
    // the customer's, buyer's or donor's address of an order, a payment or a gift ("Customer Street", "Buyer City", 購入者 住所) is the
    // billing address: the one who pays (the goods' address is named shipping, delivery or recipient)
    if (event && known.has('billing') && ws.length >= 2 && ['customer', 'buyer', 'client'].includes(ws[0]!) && ws.slice(1).some((x) => PLACE_PARTS.has(x)) && ws.slice(1).every((x) => PLACE_PARTS.has(x) || ['code', 'line', '1', '2', '3'].includes(x))) ws = ['billing', ...ws.slice(1)]
    // the payment address of an order (`payment_city`, "Payment Address 1") is its billing address
    if (ws[0] === 'payment' && ws.slice(1).some((x) => ADDRESS_ROLE_PARTS.has(x))) ws = ['billing', ...ws.slice(1)]
    // a bare name under a company's prefix (`company.name`, "Account - Name") is the company's name
    if (ws.length === 1 && ws[0] === 'name' && has(prefixes[i] ?? [], ...COMPANY_PREFIX)) ws = ['company', 'name']
    // a bare title in an export of goods sold (Reverb, Trade Me: the listing's title) is the product's name
    if (event && ws.length === 1 && ws[0] === 'title' && goods) ws = ['product', 'name']
    // ... as is the title of a reward, a lot or a listing ("Reward Title", "Titre du lot"), and a bare category is the product's category's name
    if (event && goods && ws.length === 2 && has(ws, 'title') && has(ws, 'reward', 'lot', 'listing')) ws = ['product', 'name']
    if (event && goods && ws.length === 1 && ws[0] === 'category' && !words.some((w, j) => j !== i && has(w, 'category'))) ws = ['product', 'category', 'name']
    // a title column is a courtesy title when its values are Mr/Ms/Dr..., a job title otherwise
    // (beside a job title, "Fonction", a bare title of no courtesy values is the record's own: a lead's or a deal's)
    if (has(ws, 'title') && !has([...ws, ...(prefixes[i] ?? [])], 'job', 'courtesy', 'page', 'item', 'product', 'event') && (courtesyValues(i) || !words.some((w, j) => j !== i && has(w, 'job') && has(w, 'title')))) ws.push(courtesyValues(i) ? 'courtesy' : 'job')
    // a column that names only a qualifier ("Shipping", "Frete") and holds amounts (12.50, 12,50) is that qualifier's amount
    if (ws.length === 1 && (ws[0] === 'shipping' || ws[0] === 'billing') && (['decimal', 'decimalComma', 'symbolAmount', 'symbolComma'] as const).some((d) => profiles[i]!.shares[d] >= 0.9)) ws.push('amount')
    // ... and a bare shipping column of an order export holding a few words again and again (Doprava: PPL, Česká pošta;
    // Versand: DHL Paket), no people's names (a recipient's), is how the goods ship, the shipping method
    if (event && goods && ws.length === 1 && ws[0] === 'shipping' && words[i]!.length === 1 && profiles[i]!.nonEmpty >= 3 && textValues(profiles[i]!) &&
      !personNames(profiles[i]!) && profiles[i]!.distinct <= 0.6 * profiles[i]!.nonEmpty) ws = ['shipping', 'method']
    // a bare campaign beside a UTM campaign (Fundraise Up's "Campaign", its fundraising campaign) is some other campaign: the
    // UTM one is the marketing campaign
    if (ws.length === 1 && ws[0] === 'campaign' && !/utm/i.test(names[i] ?? '') && names.some((n, j) => j !== i && /utm[\s_-]*campaign/i.test(n))) ws = ['campaign', 'other']
    // a bare price or total of a shipments export (a parcel tool's: a carrier and a tracking number beside it, no goods) is what
    // the shipment cost, the shipping amount
    if (event && shipments && ws.length >= 1 && ws.length <= 2 && ws.every((x) => ['price', 'total', 'amount'].includes(x)) && numbersIn(i)) ws = ['shipping', 'amount']
    // a bare price of an export that lists no goods (a booking's "Price": no product, SKU, quantity, ticket, total or bare amount beside it) is the order's total
    // (a total of something else, refunded, taxed, discounted, shipped or charged as a fee, "Grąžinta suma", is no order's total;
    // a ticket's number, "Číslo jízdenky", names no ticket sold beside the order)
    if (event && ws.length === 1 && ws[0] === 'price' && numbersIn(i) && !words.some((w) => has(w, 'product', 'sku', 'quantity', 'item', 'subtotal') || (has(w, 'ticket') && !has(w, 'number', 'id')) || (has(w, 'total') && !has(w, ...OTHER_TOTALS)) || (w.length === 1 && ['amount', 'value'].includes(w[0]!)))) ws = ['total']
    // (so is a sale's price where no quantity, total or bare amount is beside it: a car dealer's "Sale Price" beside its "Stock ID" and
    // "Gross Profit", one thing sold, its price the sale's total)
    else if (event && ws.length === 2 && ws.includes('order') && ws.includes('price') && numbersIn(i) &&
      !words.some((w) => has(w, 'quantity', 'subtotal') || (has(w, 'total') && !has(w, 'profit', 'margin')) || (w.length === 1 && ['amount', 'value'].includes(w[0]!)))) ws = ['order', 'total']
    // a bare quantity word holding amounts with cents (Malay "Jumlah (RM)": 19.40, the sum; Indonesian counts are whole) is a total
    // (quantities written with two decimals, Italian "Quantità": 2,00; 4,00, stay quantities)
    if (event && ws.length === 1 && ws[0] === 'quantity' && profiles[i]!.nonEmpty >= 3 && centsShare(profiles[i]!.sample) >= 0.9 && profiles[i]!.sample.some((v) => !/[.,]00$/.test(v.trim()))) ws = ['total']
    // an order's value ("Order value", order_value) holding amounts is its total, when no column names one
    if (event && ws.length === 2 && ws[0] === 'order' && ws[1] === 'value' && numbersIn(i) && !words.some((w) => has(w, 'total'))) ws = ['order', 'total']
    // a coupon column holding amounts ("Coupon discount", 쿠폰 할인: 3.00) is the discount, not the coupon's code, when no other column is
    if (has(ws, 'coupon') && !has(ws, 'code', 'id', 'number', 'name') && numbersIn(i) && !words.some((w) => has(w, 'discount') && !has(w, 'coupon'))) ws = ['discount', 'amount']
    // the quantity ordered ("Quantity Ordered", "Quantité commandée": "ordered" reads as an order made) is the line's quantity
    if (event && has(ws, 'quantity') && ws.length > 1 && ws.every((x) => x === 'quantity' || x === 'order' || x === 'created' || x === 'ticket' || x === 'seat')) ws = ['quantity']
    // a count of tickets, seats or guests ("Nr. bilete", "Počet vstupenek", "No. of tickets": 2) is the line's quantity
    // (the number before the thing counted: "Seat No", "Ticket Number" name one seat or ticket)
    const counted = ws.findIndex((x) => x === 'ticket' || x === 'seat' || x === 'guest')
    if (event && counted !== -1 && (has(ws, 'count', 'quantity') || ws.indexOf('number') !== -1 && ws.indexOf('number') < counted) &&
      !has(ws, 'id', 'code', 'price', 'amount', 'total', 'type', 'category', 'name') &&
      profiles[i]!.nonEmpty >= 3 && mostly(profiles[i]!, (v) => /^\d{1,2}$/.test(v.trim()) && +v.trim() >= 1 && +v.trim() <= 50)) ws = ['quantity']
    // a cancellation's day ("Storniert am", "Abgesagt am", "Cancelled": 10.05.2025) is the cancel date
    if (event && ws.length === 1 && ws[0] === 'cancel' && profiles[i]!.nonEmpty >= 2 && profiles[i]!.shares.dateShaped >= 0.9) ws = ['cancel', 'date']
    // a home, work or office "Number" holding phone numbers (Prop Data's "Work Number", "Home Number") is that phone
    if (ws.length === 2 && ws[1] === 'number' && ['home', 'work', 'office', 'business'].includes(ws[0]!) && profiles[i]!.nonEmpty >= 1 && profiles[i]!.shares.phone >= 0.9) ws = [ws[0]!, 'phone']
    // what was paid ("Paid", "Pagado", "Оплачено", "Zapłacono") holding amounts is the payment's amount
    if (event && ws.length === 1 && ws[0] === 'paid' && numbersIn(i)) ws = ['payment', 'amount']
    // a sale of goods or services, not a payment provider's export (whose "Service", "Service ID" is the merchant's configured
    // service), nor a ticket seller's
    const sale = goods && !words.some((w, k) => k !== i && has(w, 'fee', 'payout', 'transaction', 'merchant', 'ticket'))
    // (a courier's export names its parcels: a delivery's date alone, a workshop's "Fecha Entrega" of the car repaired, does not)
    const courier = words.some((w, k) => k !== i && has(w, 'tracking', 'carrier', 'shipment', 'shipping') && !has(w, 'date'))
    // a product or service sold, "Product/Service", "Produto/Serviço", "Producto / Servicio", is the product sold
    if (event && ws.length === 2 && has(ws, 'product') && has(ws, 'service') && sale) ws = ['product', 'name']
    // a service's code ("Šifra usluge", "Service Code") in a booking or a sale is the code of what was sold
    if (event && SERVICE_CODE.test(folded[i]!) && !words.some((w, k) => k !== i && has(w, 'sku')) && (bookingCol || sale) && !courier) ws = ['sku']
    // the service of a booking ("Servicio", "Leistung", "Služba" beside an appointment's id or date) is the product booked; of a
    // courier's shipment ("Servicio": SEUR 24, "Serviço": PAC, SEDEX), its shipping method, unless a column names that; of a
    // workshop's or clinic's sale ("Servicio", "Usluga" beside its folio and total) the product sold, but a treatment only where
    // booked (a hotel's "Trattamento" is its board)
    if (event && SERVICE.test(folded[i]!)) {
      if (courier) { if (!words.some((w, k) => k !== i && has(w, 'method') && has(w, 'shipping', 'delivery'))) ws = ['shipping', 'method'] }
      else if (!words.some((w) => has(w, 'product', 'sku', 'good')) && (bookingCol || (sale && !TREATMENT.test(folded[i]!)))) ws = ['product', 'name']
    }
    // a crowdfunding backer's reward ("Reward", "Contrepartie", "Recompensa", "Ricompensa", "Belohnung") named in words is what was
    // bought: the line's product (a loyalty reward in a profile has no event)
    if (event && REWARD.test(folded[i]!) && !words.some((w, k) => k !== i && has(w, 'product') && has(w, 'name')) && profiles[i]!.nonEmpty >= 2 &&
      mostly(profiles[i]!, (v) => /\p{L}{3,}/u.test(v))) ws = ['product', 'name']
    // a Colombian or Peruvian order's "Departamento" beside its city (Antioquia, Valle del Cauca) is the address's region: an
    // order has no work department (an Argentine "Departamento" is a flat: 4B, 12; beside a state, a Mexican store's department)
    if (event && ws.length === 1 && ws[0] === 'department' && /^(departamento|depto)$/.test(folded[i]!) && words.some((w) => w.length <= 2 && has(w, 'city')) && !words.some((w) => w.length === 1 && w[0] === 'state') && mostly(profiles[i]!, (v) => /^\p{L}[\p{L} .,'-]{3,}$/u.test(v.trim()))) ws = ['state']
    // a ticket's barcode ("Barcode", "Code-barres", "Ticket-Barcode": the code scanned at the door) is no product's SKU, where the
    // header names tickets and no column names a product
    if (event && ws.length === 1 && ws[0] === 'sku' && BARCODE.test(folded[i]!) && words.some((w) => has(w, 'ticket')) && !words.some((w, k) => k !== i && has(w, 'product', 'sku', 'item'))) ws = ['barcode']
    // an order's goods ("Productos", "Товари", "المنتجات") holding one named item a row, no counts ("2 x Pizza", "Tee (x2)") and
    // no list ("A; B"), are its product's name, when no column names the product's name
    if (event && ws.length === 1 && ws[0] === 'good' && mostly(profiles[i]!, (v) => !COUNTED_GOODS.test(v)) && !words.some((w) => has(w, 'product') && has(w, 'name'))) ws = ['product', 'name']
    // (and a count of the tickets or seats sold, "Liczba biletów", "Ticket count", is their quantity)
    if (event && ws.length === 2 && has(ws, 'count') && has(ws, 'ticket', 'seat') && numbersIn(i)) ws = ['quantity']
    // a supplier's or vendor's reference or code of the goods ("Supplier SKU", "Réf. fournisseur": VP-8841201), and a merchant's or a
    // marketplace offer's SKU ("Offer SKU", "Artikelnummer Händler"), is the product's SKU
    // (beside a bare SKU column, that one takes the field: it fits better)
    if (event && goods && ws.length === 2 && profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.sku >= 0.8 &&
      ((has(ws, 'supplier', 'vendor', 'manufacturer') && has(ws, 'sku', 'reference', 'code', 'id')) || (has(ws, 'merchant', 'seller', 'offer') && has(ws, 'sku')))) ws = ['sku']
    // (beside a marketplace's offer SKU, the seller's own: Mirakl's "Offer SKU", "SKU de la oferta", "Angebots-SKU", the
    // marketplace's product SKU or EAN, "Product SKU", "Produkt-EAN", "EAN", is its catalogue's number, no field of the seller's)
    if (offerSku && has(ws, 'sku') && ws.every((x) => x === 'sku' || x === 'product')) return []
    // an order line's own identifier ("Order line ID", "Lineitem ID": 1870286578-A-1) names the line, no product's SKU
    if (event && LINE_ID.test(names[i] ?? '')) return ['line', 'reference']
    // a shipment's date of goods ("Ship Date", "Versanddatum", "Date d'expédition", "Shipped") is the shipping's ship date: read
    // as the shipping qualifier and a date, it would name only the date (a message log's "Date d'envoi" is when a message was
    // sent; a delivery's date, "Fecha de entrega", "Дата доставки", is the day the goods arrive, no ship date: the vocabulary
    // reads delivery as shipping, so the column's name says which)
    if (event && ((ws.length === 2 && has(ws, 'date') && has(ws, 'shipping', 'shipped')) || (ws.length === 1 && ws[0] === 'shipped')) && (goods || shipsGoods) && !DELIVERY.test(names[i] ?? '')) ws = ['ship', 'date']
    // a message log's send time ("Send At", "SentDate", "Date d'envoi", "Fecha de envío": the vocabulary reads envoi as
    // shipping) is the event's time, in a header of messages or campaigns that sells and ships no goods, when no column names
    // the record's first time (created, submitted, event, timestamp); a bare "sent" may be a survey's, beside its response
    // (an invoice sent, with its taxes, is dated by the invoice's own date; a tax id is the person's)
    if (event && sends && !goods && !shipsGoods && !words.some((w) => has(w, 'tax') && !has(w, 'id', 'number', 'code')) && ws.length >= 1 && ws.length <= 2 && has(ws, 'sent', 'send', 'shipping') && ws.every((x) => SEND_TIME.has(x)) &&
      (ws.length === 2 || ws[0] === 'send' || /\bsent[\s_-]*(on|at)$/i.test(names[i] ?? '')) && !DELIVERY.test(names[i] ?? '') && !words.some((w, j) => j !== i && (has(w, 'timestamp', 'created', 'submitted') || (has(w, 'date', 'time') && w.some((x) => FIRST_TIME.has(x)))))) ws = ['timestamp']
    // a call log's start ("started_at", "date_started", "Call Started At", "Called At") is the event's time, when no column
    // names the record's creation or time
    // (a column naming a creation that holds no times, Nooks' "Meeting Booked": Yes, is a flag)
    if (callLog && ws.length <= 3 && has(ws, 'started', 'start', 'called') && ws.every((x) => CALL_START.has(x)) && !words.some((w, j) => j !== i && has(w, 'timestamp', 'created') && profiles[j]!.shares.date + profiles[j]!.shares.datetime >= 0.5)) ws = ['timestamp']
    // the number of tickets or seats booked is the quantity (an order's number of items is no line's); a ticket's number
    // ("N° ticket" of a till, 101368: a receipt's) is no count, and counts of tickets stay below a thousand
    if (event && ws.length === 2 && ws[0] === 'number' && ['ticket', 'seat'].includes(ws[1]!) && profiles[i]!.shares.integer >= 0.9 && profiles[i]!.sample.every((v) => v.trim() === '' || +v < 1000)) ws = ['quantity']
    // a bare description in a list of goods sold (a quantity or a SKU beside it: "Descrizione", "Omschrijving", "Libellé" of
    // a till's or a shop's lines) is the item's name, when no column names the product or the item itself (its id, code,
    // price or category do not: they name something of it; a payment's description is its purpose: no goods)
    if (event && ws.length === 1 && ws[0] === 'description' && words.some((w) => has(w, 'quantity', 'sku')) && words.some((w) => has(w, 'price', 'total', 'amount')) &&
      !namesItemElsewhere(i, 'ticket') &&
      profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.integer + profiles[i]!.shares.decimal < 0.1) ws = ['product', 'name']
    // a bare unit of a list of goods holding units of measure (jm, pkt, säk, kg, EA: Lemonsoft's "Yksikkö") is the line's
    // unit of measure
    // (and a point of sale's bare "UM": EA, GL, LF)
    if (event && goods && ws.length === 1 && (ws[0] === 'unit' || ws[0] === 'um') && profiles[i]!.nonEmpty >= 3 && mostly(profiles[i]!, (v) => /^\p{L}{1,5}\.?$/u.test(v.trim())) && profiles[i]!.distinct <= Math.max(5, profiles[i]!.nonEmpty / 2)) ws = ['unit', 'measure']
    // a point of sale's tender ("Tender", "Tender Type": Cash, Check, Visa, Charge) is how the sale was paid
    if (event && goods && ws.length <= 2 && ws[0] === 'tender' && (ws.length === 1 || ws[1] === 'type') && profiles[i]!.nonEmpty >= 3 && mostly(profiles[i]!, (v) => /^\p{L}[\p{L} ./-]*$/u.test(v.trim()))) ws = ['payment', 'method']
    // a bare item holding codes (2300450, RK-4410) beside a column naming the item's or the product's name (Lemonsoft's
    // "Nimike" beside "Nimikkeen nimi") is the item's code, its SKU
    if (event && ws.length === 1 && ws[0] === 'item' && words.some((w, j) => j !== i && has(w, 'product', 'item') && has(w, 'name')) && profiles[i]!.nonEmpty >= 3 &&
      mostly(profiles[i]!, (v) => /^[A-Za-z0-9][A-Za-z0-9./-]{2,}$/.test(v.trim()) && /\d/.test(v))) ws = ['sku']
    // a Chilean comuna beside a city column ("Comuna" beside "Ciudad": Providencia, Santiago) is the city's district: the city
    // column takes the city
    if (ws.length === 1 && ws[0] === 'city' && folded[i] === 'comuna' && words.some((w, j) => j !== i && w.length === 1 && w[0] === 'city' && folded[j] !== 'comuna')) ws = ['comuna']
    // the ticket sold by a ticket shop ("Ticket", "Ticket Name", "Tickettype", "Ticket Package": Early Bird, VIP) is the item
    // sold, when no product or item is named (a support desk's tickets sell no goods)
    // (a ticket's barcode, read as a SKU, is the ticket's own code)
    if (event && (goods || ((showCol || words.some((w) => has(w, 'order'))) && words.some((w) => has(w, 'price', 'total', 'amount')))) && has(ws, 'ticket') && ws.every((x) => TICKET_ITEM.has(x)) && !words.some((w, j) => j !== i && (has(w, 'product', 'item') || (has(w, 'ticket') && w.every((x) => TICKET_ITEM.has(x)) && j < i))) &&
      profiles[i]!.nonEmpty > 0 && profiles[i]!.shares.integer + profiles[i]!.shares.decimal + profiles[i]!.shares.date + profiles[i]!.shares.datetime < 0.1) ws = ['product', 'name']
    // the event of a ticket or booking export (Event, Событие, "Titolo evento": the concert or class booked) is the item sold, when no
    // product is named (nor a ticket's type or package: then that is the item)
    if (event && goods && ws.length <= 2 && has(ws, 'event') && ws.every((x) => x === 'event' || x === 'name' || x === 'title') && !words.some((w) => has(w, 'product', 'item', 'sku') || (w.length > 1 && has(w, 'ticket') && has(w, 'type', 'name', 'category', 'package'))) && profiles[i]!.nonEmpty > 0 && profiles[i]!.shares.date + profiles[i]!.shares.datetime + profiles[i]!.shares.decimal < 0.1) ws = ['product', 'name']
    // the plan, tariff or package subscribed to ("Plan", "Tarifname", "Paket", 方案/商品) or the vehicle hired ("Fahrzeug",
    // "Vehicle") of an event export that charges for it is the item sold, when no other column names a product or an item
    // (its id, code, price or category do not) and none names parcels (a courier's "Paket" is the parcel) or tickets (a
    // ticket shop's plan is a seating plan, its ticket type the item)
    // (and the packages a game server's store sells, Tebex's "Packages": ranks, upgrades; a fundraiser's package is the
    // mailing an appeal went out in, Raiser's Edge's "Package" beside its "Appeal" and "Fund")
    if (event && has(ws, 'plan', 'vehicle', 'package') && !(has(ws, 'package') && words.some((w) => has(w, 'appeal', 'fund', 'donation', 'campaign'))) && ws.every((x) => x === 'plan' || x === 'vehicle' || x === 'package' || x === 'name' || x === 'product') && !parcelWords && !words.some((w) => has(w, 'ticket')) && words.some((w) => has(w, 'price', 'total', 'amount', 'tax')) &&
      !namesItemElsewhere(i) &&
      profiles[i]!.nonEmpty > 0 && profiles[i]!.shares.integer + profiles[i]!.shares.decimal + profiles[i]!.shares.date + profiles[i]!.shares.datetime < 0.1) ws = ['product', 'name']
    // a bare product of an export that lists no goods (no quantity, SKU or price beside it) and repeats a few values is the
    // service sold, no product line: a shipment's ("Produit": Chrono 13) is its shipping method, a payment's ("Pay in 4") none
    // (a catalogue of titled products, four names or more of two words and more, "Curso Completo de Confeitaria", "E-book
    // Compositie", is the goods sold: a creator's courses, a publisher's subscriptions)
    if (event && ws.length === 1 && ws[0] === 'product' && profiles[i]!.nonEmpty >= 3 && profiles[i]!.distinct / profiles[i]!.nonEmpty <= 0.5 && (parcelWords || !titles(i)) &&
      !words.some((w, j) => j !== i && has(w, 'quantity', 'sku', 'price', 'item', 'unit', 'subtotal'))) ws = parcelWords ? ['shipping', 'method'] : ['offering']
    // a bare reference of a sales export naming no order (Paycomet's "Referencia", ComGate's "Reference") is the order's
    // (and its reference code or number, Foxpost's "Referenciakód", when no column numbers an invoice either: a card
    // terminal's "Reference Number" beside its "Invoice Number" is the payment's)
    if (event && (ws.length === 1 || (ws.length === 2 && ['code', 'number'].includes(ws[1]!) && !words.some((w) => has(w, 'billing') && has(w, 'number', 'id')))) && ws[0] === 'reference' && words.some((w) => has(w, 'amount', 'total', 'price')) && !words.some((w, j) => j !== i && has(w, 'order'))) ws = ['order', 'id']
    // a bare code or number heading one of the first two columns, its values all different ("Код", "Nº", "Kode", "№":
    // an ERP's or shop's record key), is the record's identifier: a person's, or an order's in an export of goods sold
    const unique = allDifferent(i) && profiles[i]!.shares.phone < 0.5 && profiles[i]!.shares.date + profiles[i]!.shares.datetime < 0.5
    // (but a bare "Nr." beside a policy's or contract's number among an event export's first columns is a register's running
    // number: the document's number is the record's, Ozols's "Nr." and "Polises numurs")
    if (event && i <= 1 && ws.length === 1 && ws[0] === 'number' && words.some((w, j) => j !== i && j <= 1 && w.length === 2 && has(w, 'number') && w.some((x) => DOCUMENT_KINDS.has(x)))) ws = []
    // (beside a column that names the order's number, it is some other record's: a gift card's "Code" beside its "Order Number")
    if (i <= 1 && ws.length === 1 && (ws[0] === 'code' || ws[0] === 'number') && unique && (!event || goods)) ws = !event ? ['id'] : words.some((w, j) => j !== i && has(w, 'order') && has(w, ...ORDER_KEY)) ? [] : ['order', 'id']
    // a bare number right after a street column (Brazilian "Endereço", "Número") is the house number, no record's
    if (ws.length === 1 && ws[0] === 'number' && i > 0 && has(words[i - 1]!, 'street')) ws = ['house', 'number']
    // the order's number at the shop, channel or merchant that sold it ("Channel Order ID", "Merchant Order Number", 쇼핑몰
    // 주문번호, رقم طلب التاجر) is the order's identifier, when no column names the order's number plainly
    if (event && ws.length >= 3 && has(ws, 'order') && has(ws, ...ORDER_KEY) && ws.every((x) => x === 'order' || ORDER_KEY.includes(x) || SELLER_SIDE.has(x)) &&
      !words.some((w, j) => j !== i && has(w, 'order') && has(w, ...ORDER_KEY) && w.every((x) => x === 'order' || ORDER_KEY.includes(x)))) ws = ['order', 'id']
    // the number of the contract, policy, subscription or receipt an event export's rows are (CarPro's "رقم العقد", InsurUp's
    // "Poliçe No", AboWeb's "N° abonnement", ebroker's "Nº Recibo"), heading one of its first two columns with values all
    // different, is the record's identifier as an order's is, when no column names the order's number (its "ID",
    // "subscription_id", "Contract ID" of a subscription tool, is the record's own id)
    // (long numbers, 2006550419, read as epoch times are no dates here: the values' shape says so)
    const uniqueKey = allDifferent(i) && profiles[i]!.shares.dateShaped + profiles[i]!.shares.datetime < 0.5
    // (the first such column: a receipt's number before its policy's, ebroker's "Nº Recibo" and "Nº Póliza")
    // (so is a ticket's number, Bileto's "Číslo jízdenky", a till's "N° ticket", where the header prices what it sells: a
    // support desk's ticket is no sale)
    const document = ws.some((x) => DOCUMENT_KINDS.has(x) || (x === 'ticket' && words.some((w) => has(w, 'price', 'total', 'amount'))))
    // (a bare "Nr." before it, a register's running number, is no document's: Ozols's "Nr." and "Polises numurs")
    if (event && i <= 1 && ws.length === 2 && document && ws.includes('number') && uniqueKey &&
      !words.slice(0, i).some((w) => has(w, ...ORDER_KEY) && !(w.length === 1 && w[0] === 'number')) && !words.some((w, j) => j !== i && has(w, 'order') && has(w, ...ORDER_KEY))) ws = ['order', 'id']
    // an insurance policy's premium, written alone ("Prēmija", "Składka", "Premium") beside the policy's number, is the
    // price paid for it, as "Gross Premium" is
    if (event && ws.length === 1 && ws[0] === 'premium' && words.some((w, j) => j !== i && has(w, 'policy'))) ws = ['total', 'premium']
    // a booking's or order's confirmation code or number (Airbnb's "Confirmation Code") is the order's identifier
    if (event && ws.length === 2 && ws[0] === 'confirmation' && ['code', 'number', 'id'].includes(ws[1]!)) ws = ['order', 'id']
    // a bare name, customer or client column holding company names (Nowak Sp. z o.o., Novák s.r.o.) is the company's name
    const companies = profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.company >= 0.5
    // (or a customer's or client's name, as Chinese 客户名称 writes it)
    // (German ERPs number the lines of a company's name, "Name1", "Firma1": the first line is the name)
    // (a name the vocabulary reads as the given name, Bulgarian "Име", holding firms only: PRIM.IO's counterparties)
    if ((companies && ws.length <= 2 && ws.every((x) => ['name', 'full', 'customer', 'client', 'account', 'company', '1'].includes(x)) && !(ws.length === 1 && ws[0] === 'company')) ||
      (ws.length === 2 && ws[0] === 'first' && ws[1] === 'name' && profiles[i]!.nonEmpty >= 3 && profiles[i]!.shares.company >= 0.9)) ws = ['company', 'name']
    // ... and a bare contact, contact person, customer or client holding people's names (Lars Christensen, 张伟) is the person's full name
    // (registers write them in capitals, surname first: DE LUCA VALENTINA)
    if (((ws.length === 1 && ['contact', 'customer', 'client'].includes(ws[0]!)) || contactPerson(ws)) && !companies && (personNames(profiles[i]!) || mostly(profiles[i]!, (v) => CAPS_NAME.test(v)))) ws = ['full', 'name']
    // a B2B list's bare name beside a column naming its contact person ("Nome" beside "Pessoa de Contacto", "Name" beside
    // "Ansprechpartner") is the firm's name
    // (its values may look like people's names, "Meble Kalisz", when the contact person's column beside it holds people's names:
    // Symfonia's "Nazwa" beside "Osoba kontaktowa")
    if (!event && dest.has('b2b.companyName') && ws.length === 1 && ws[0] === 'name' && !companies && !hasFirst && !hasLast &&
      words.some((w, j) => j !== i && (contactPerson(w) || (w.length === 1 && w[0] === 'contact')) && (!personNames(profiles[i]!) || personNames(profiles[j]!)))) ws = ['company', 'name']
    // a B2B contact list's customer number written again on several rows ("Číslo klienta", "Ügyfélkód": a broker's or
    // dealer's client firm, with a contact person per row) is the firm's, its account's key: no person's id repeats
    if (!event && b2bPersonSchema && ws.length === 2 && has(ws, 'customer', 'client') && has(ws, 'id', 'number', 'code') && profiles[i]!.nonEmpty >= 3 &&
      // (written again often, not once by chance; and no other column numbers the firm: Dolibarr's "Id société")
      profiles[i]!.distinct <= 0.8 * profiles[i]!.nonEmpty && words.some((w, j) => j !== i && (has(w, 'company') || contactPerson(w) || (profiles[j]!.nonEmpty >= 3 && profiles[j]!.shares.company >= 0.3))) &&
      !words.some((w, j) => j !== i && has(w, 'company', 'account') && has(w, 'id', 'number', 'code'))) ws = ['account', 'id']
    // a bare "Estado" beside a column naming the state or province ("Provincia", "UF") is a status (a company list's "Activa")
    if (BARE_ESTADO.test((names[i] ?? '').trim()) && words.some((w, j) => j !== i && w.length === 1 && w[0] === 'state' && !BARE_ESTADO.test((names[j] ?? '').trim()))) ws = ['status']
    // ... and so is one whose values are statuses (Entregado, En tránsito, Pendente de pagamento: a shipment's or an order's), not
    // states (Jalisco, São Paulo, SP)
    if (BARE_ESTADO.test((names[i] ?? '').trim()) && profiles[i]!.distinct >= 2 && mostly(profiles[i]!, (v) => STATUS_VALUE.test(v.trim()))) ws = ['status']
    // the carrier of an order's or a shipment's goods ("Carrier", "Transportadora", "Paquetería", "Kurir", 택배사: DHL, Correios)
    // is how it ships, when no column names the shipping method (a carrier's service, "Servicio", stays apart)
    // (an analytics or app event's carrier is the mobile network; a return's carrier ships no order)
    if (event && (goods || words.some((w, j) => j !== i && has(w, 'tracking', 'shipment', 'parcel'))) && !words.some((w) => has(w, 'device', 'operating', 'browser', 'return', 'app', 'session', 'platform')) && has(ws, 'carrier') && ws.every((x) => ['carrier', 'shipping', 'name', 'company'].includes(x)) && !words.some((w, j) => j !== i && has(w, 'shipping') && has(w, 'method')) &&
      profiles[i]!.nonEmpty >= 3 && !numbersIn(i) && profiles[i]!.shares.date + profiles[i]!.shares.datetime + profiles[i]!.shares.integer < 0.1) ws = ['shipping', 'method']
    // a Colombian or Peruvian departamento beside a city, in a consumer's address (no job or company beside it), is the region
    // ("Departamento": Cundinamarca, Antioquia), no department of a firm
    if (!event && !dest.has('b2b.companyName') && /^departamento$/i.test((names[i] ?? '').trim()) && words.some((w) => has(w, 'city')) && !words.some((w) => has(w, 'job', 'company')) &&
      !words.some((w, j) => j !== i && w.length === 1 && w[0] === 'state')) ws = ['state']
    // (so is a Peruvian address's "Departamento" above its "Provincia" and "Distrito", Lima, Lima, San Borja: the province is
    // the city, the district its part)
    if (folded.includes('departamento') && folded.includes('provincia') && folded.includes('distrito') && !words.some((w) => has(w, 'job', 'company'))) {
      if (folded[i] === 'departamento') ws = ['state']
      else if (folded[i] === 'provincia') ws = ['city']
      else if (folded[i] === 'distrito') ws = ['district']
    }
    // a bare name column in a schema with a person's name
    const core = ws.filter((x) => !NAME_NOISE.has(x))
    if (personName && core.length === 1 && core[0] === 'name' && !has(ws, 'company', 'product', 'page')) {
      const rest = ws.filter((x) => x !== 'name' && x !== 'full')
      // (beside a first name, the last name, unless its values are the whole names that begin with that first name on their
      // row: AcyMailing's "name" beside "Prénom" and "Nom", Sophie Lambert beside Sophie)
      ws = [...rest, ...(hasFirst && !hasLast && !wholeNames(i) ? ['last', 'name'] : hasLast && !hasFirst ? ['first', 'name'] : ['full', 'name'])]
    }
    // a first name whose values are whole names (Mary Walker, Jan Novák: "Name" beside a last name, Czech "Jméno") is the full name
    // (Latin-script words only: a Japanese or Chinese given name alone is two Han letters as well)
    // (not when a last-name column's values are missing from them: "First Name" Yong Sheng, María José beside "Last Name")
    if (personName && ws.length === 2 && ws[0] === 'first' && ws[1] === 'name' && latinNames(profiles[i]!) && !withoutLastNames(i)) ws = ['full', 'name']
    return ws
  })
  const schemaB2b = dest.has('extendedWorkDetails.jobTitle') || dest.has('b2b.companyName')
  const b2b = schemaB2b && out.some((w) => (has(w, 'job') && has(w, 'title')) || has(w, 'company', 'department'))
  // (or goods: a product's code beside its price or quantity, as marketplaces export order lines without totals)
  // (a total of time or of counts, a ticket's "Durée totale", is no order's)
  const orderExport = event && (out.some((w) => (has(w, 'total', 'subtotal', 'tax') && !has(w, 'duration', 'time', 'count')) || (has(w, 'shipping') && has(w, 'amount', 'price'))) || (out.some((w) => has(w, 'sku')) && out.some((w) => has(w, 'price', 'quantity'))) ||
    // (a ticket shop's orders: tickets, their price and the order's number, Mapado's "N° billet", "Prix", "N° commande")
    (out.some((w) => has(w, 'ticket')) && out.some((w) => has(w, 'price', 'amount')) && out.some((w) => has(w, 'order'))))
  const street = out.some((w) => has(w, 'street'))
  // a first street line (unnumbered or 1): second and further lines belong to an address only next to one
  const firstLine = (w: string[]): boolean => has(w, 'street') && !has(w, '2', '3', '4')
  const firstStreet = out.some(firstLine)
  // a balance in a loyalty programme's export (`currentBalance`, "Saldo") holds points, unless money is named or written
  if (out.some((w) => has(w, ...POINTS_WORDS))) out.forEach((w, i) => {
    if (has(w, 'balance') && !has(w, ...MONEY_WORDS) && profiles[i]!.shares.money < 0.5) out[i] = w.map((x) => (x === 'balance' ? 'point' : x))
  })
  // unqualified address parts follow the header's one qualified street ("Factuuradres", then "Postcode", "Plaats")
  // (a column's qualifier of those the schema has, by its family: "office" is work)
  const qualifierOf = (w: string[]): string | undefined => { const q = w.find((x) => QUALIFIERS.has(x) && x !== 'company' && known.has(QUALIFIER_FAMILY[x] ?? x)); return q ? QUALIFIER_FAMILY[q] ?? q : undefined }
  const streetQualifiers = new Set(out.filter((w) => has(w, 'street')).map((w) => qualifierOf(w) ?? 'none'))
  const onlyQualified = streetQualifiers.size === 1 && !streetQualifiers.has('none') ? [...streetQualifiers][0] : undefined
  const paymentExport = event && out.some((w) => has(w, 'fee', 'card', 'net')) && out.some((w) => has(w, 'total', 'amount', 'gross'))
  const qualifiers = known
  // (a member or a card alone may be a newsletter's "Member Rating" or a payment's card: two columns of a programme,
  // or one naming its points, tier, rewards)
  // (a payment card's brand, expiry or last digits is no programme's card)
  const loyaltyCols = out.filter((w) => has(w, 'loyalty', 'point', 'points', 'tier', 'member', 'card', 'reward', 'program', 'redeemed') && !(has(w, 'card') && has(w, ...PAYMENT_CARD_WORDS, 'gift')))
  // (a tier may be a newsletter's or a plan's, free / premium: tiers alone make no programme, beside another column they do)
  const tierOnly = (w: string[]): boolean => has(w, 'tier') && !has(w, 'loyalty', 'point', 'points', 'member', 'card', 'reward', 'program', 'redeemed')
  // (members alone make a club's or a gym's membership list, no programme: beside them a tier, a card or a programme does)
  const points = loyaltyCols.some((w) => has(w, 'point', 'points', 'loyalty', 'reward', 'redeemed'))
  const loyalty = points ||
    (loyaltyCols.length >= 2 && !loyaltyCols.every(tierOnly) && loyaltyCols.some((w) => has(w, 'tier', 'card', 'program')))
  // a loyalty programme's members' sign-up or registration date ("Sign Up Date", "Дата регистрации", "Data de cadastro") is
  // when they joined the programme, when one column alone says so and none names the joining
  // (a record's creation, "Créé le", "Data creazione", is the record's, not the joining)
  const signUps = out.map((w, i) => (w.length >= 1 && w.length <= 2 && has(w, 'created') && w.every((x) => x === 'created' || x === 'date') && SIGN_UP.test(names[i] ?? '') ? i : -1)).filter((i) => i !== -1)
  // (a shop's customer list with a points column registers shop accounts: two columns about the programme make it the programme's)
  if (loyalty && loyaltyCols.length >= 2 && dest.has('loyalty.joinDate') && signUps.length === 1 && !out.some((w) => has(w, 'join'))) out[signUps[0]!] = ['join', 'date']
  const typeQualifiers = new Map<string, Set<string>>()
  for (const t of targets) if (t.typeKey && t.qualifier) typeQualifiers.set(t.typeKey, (typeQualifiers.get(t.typeKey) ?? new Set()).add(t.qualifier))
  // (an order or payment export may name its checkout session or campaign once: two such columns make it analytics)
  const analyticsCols = out.filter((w) => has(w, 'page', 'session', 'browser', 'referrer', 'visit', 'visitor', 'event', 'campaign', 'operating', 'screen', 'hit')).length
  const analytics = analyticsCols >= (orderExport || paymentExport ? 2 : 1)
  // a bare "method" of a payment export that ships nothing is the payment method (unless another column names the
  // payment's method: a till's "Mode", Sur place / À emporter, beside its "Paiement")
  if (paymentExport && !out.some((w) => has(w, ...SHIPPING_WORDS)) && !out.some((w) => has(w, 'payment') && (w.length === 1 || has(w, 'method', 'type')))) out.forEach((w, i) => { if (w.length === 1 && w[0] === 'method') out[i] = ['payment', 'method'] })
  const lines = out.some((w) => has(w, 'product', 'sku', 'quantity', 'unit'))
  const placeWords = new Set(['city', 'country', 'state', 'postal', 'region'].filter((p) => out.some((w) => has(w, p))))
  const ctx: HeaderContext = { event, b2b, orderExport, paymentExport, analytics, loyalty, points, lineTotals, lines, street, placeWords, firstStreet, typeQualifiers, qualifiers, words: out, orderDate: false, timeOfDay: false, clicks: false, shows: false, devices: false }
  // an event export that bills and ships nothing (payments, subscriptions), or sells no goods and ships nothing
  // (bookings, tickets, donations): its one address is the billing address
  // (a restaurant's or shop's order type that includes home delivery, "משלוח", "Paket Servis", "Delivery" beside "Take away",
  // delivers its orders: their address is where they go)
  const delivers = event && profiles.some((p) => p.distinct <= 8 && p.sample.some((v) => DELIVERY_VALUE.test(v.trim())))
  const bills = event && !delivers && (out.some((w) => has(w, ...BILLING_WORDS)) || !lines) && !out.some((w) => has(w, ...SHIPPING_WORDS)) && known.has('billing')
  // (an order export's place words are the buyer's even without a street column: "Страна", "Регион")
  // (two place words at least: a lone "Estado" of a payment export is as often its status)
  // (a recruiting tool's candidates, even on a B2B person schema, are people applying in their own name: their unqualified
  // e-mail, phone and place are their own, as a consumer's)
  const candidates = !event && folded.some((h) => CANDIDATE.test(h))
  const dq = event ? (street || (orderExport && !analytics && placeWords.size >= 2) ? (bills ? 'billing' : 'shipping') : undefined) : (b2b || b2bPersonSchema) && !candidates ? 'work' : 'home'
  if (dq) ctx.defaultQualifier = dq
  // a municipality beside a city (Gemeente beside Plaats, Municipio beside Ciudad, Concelho beside Localidade) is the wider
  // area: the city column is the address's city
  // an Egyptian governorate (المحافظة) beside an area (المنطقة: مدينة نصر, الدقي) is the region: the area is the city, or the
  // district where a column names the city
  for (const [wider, narrower] of WIDER_AREAS) {
    const w0 = folded.findIndex((h) => wider.test(h))
    if (w0 >= 0) out.forEach((w, i) => { if (i !== w0 && narrower.test(folded[i]!) && w.length === 1 && w[0] === 'state') out[i] = out.some((x) => x.length === 1 && x[0] === 'city') ? ['district'] : ['city'] })
  }
  const municipal = folded.map((h) => MUNICIPALITY.test(h))
  const bareCity = (w: string[]): boolean => w.length === 1 && w[0] === 'city'
  out.forEach((w, i) => { if (bareCity(w) && municipal[i] && out.some((x, j) => j !== i && bareCity(x) && !municipal[j])) out[i] = ['municipality'] })
  // a contact list of a messaging tool (a column naming messages, SMS or texts) keeps mobile numbers: its bare phone is the mobile phone
  if (!event && out.some((w) => has(w, 'message', 'sms', 'text'))) out.forEach((w, i) => { if (w.includes('phone') && w.every((x) => x === 'phone' || x === 'number')) out[i] = ['mobile', 'phone'] })
  // a consumer's unqualified phone ("Phone", "Telefon") holding mobile numbers (+44 7…, 010-…) is the mobile phone
  if (dq === 'home') out.forEach((w, i) => { if (w.includes('phone') && w.every((x) => BARE_PHONE_WORDS.has(x)) && mobileNumbers(profiles[i]!)) out[i] = ['mobile', 'phone'] })
  // an order's unqualified address beside its named delivery address is the buyer's, the billing address ("Adress" beside
  // "Lev. adress"): each unqualified part takes the qualifier of the first street line before it, billing for an unqualified one
  // ("Adresse de livraison", then "Code postal", "Ville" are the delivery's)
  // (a bare one: a sender's or a pickup's street, "ご依頼主 住所1", "Adresse de retrait", is no buyer's)
  const bare = (w: string[]): boolean => w.every((x) => ADDRESS_ROLE_PARTS.has(x) || QUALIFIERS.has(x) || ['street', 'code', 'number', 'line', '1', '2', '3', 'customer', 'buyer', 'client'].includes(x))
  const lineQualifiers = new Set(out.filter(firstLine).map((w) => qualifierOf(w) ?? 'none'))
  if (event && lineQualifiers.size === 2 && lineQualifiers.has('none') && lineQualifiers.has('shipping') && known.has('billing')) out.forEach((w, i) => {
    if (qualifierOf(w) || !bare(w) || !w.some((x) => ADDRESS_ROLE_PARTS.has(x) && x !== 'first' && x !== 'last' && x !== 'company' && x !== 'phone')) return
    let j = i
    while (j >= 0 && !firstLine(out[j]!)) j--
    if (j >= 0 && (qualifierOf(out[j]!) || bare(out[j]!))) out[i] = [qualifierOf(out[j]!) ?? 'billing', ...w]
    // (an address written postcode first, as Japanese, Chinese and Korean exports write it: 郵便番号, 都道府県, 市区郡町村, then
    // 番地: the parts before the first street line belong with it, when only unqualified parts stand between)
    if (j < 0) {
      let k = i
      while (k < out.length && !firstLine(out[k]!) && !qualifierOf(out[k]!) && bare(out[k]!)) k++
      if (k < out.length && firstLine(out[k]!) && !qualifierOf(out[k]!) && bare(out[k]!)) out[i] = ['billing', ...w]
    }
  })
  // an invoices export (its invoice number among the first three columns, before any column naming an order's key: Numero
  // fattura, N° de facture, Laskun numero, Számlaszám) is one invoice a row: the invoice number is the record's purchase ID,
  // an order reference after it is the customer's order (the purchase order number)
  const invoiceNo = (w: string[]): boolean => has(w, 'billing') && has(w, 'number', 'id') && w.every((x) => ['billing', 'number', 'id', 'full'].includes(x))
  const orderKey = (w: string[]): boolean => w.length > 0 && w.length <= 2 && w.every((x) => x === 'order' || ORDER_KEY.includes(x)) && (has(w, 'order') || has(w, 'reference'))
  const inv = out.findIndex(invoiceNo)
  if (event && inv >= 0 && inv <= 2 && out.filter(invoiceNo).length === 1 && !out.some((w, j) => j < inv && orderKey(w))) {
    out.forEach((w, j) => { if (j > inv && orderKey(w)) out[j] = ['purchase', 'order', 'number'] })
    out[inv] = ['order', 'id']
  }
  // ... and a sales document's bare number among its first two columns ("Número", "Numar", "Numer", "Numero": 2024-07463,
  // FS 481/05/2024), in an export of taxed amounts that names no invoice number and no order key before it, is the
  // document's number: its purchase ID, and an order reference after it the customer's order, as above
  const bareNo = (w: string[]): boolean => w.length === 1 && w[0] === 'number'
  const no = out.findIndex(bareNo)
  if (event && inv < 0 && no >= 0 && no <= 1 && out.filter(bareNo).length === 1 && out.some((w) => has(w, 'tax')) && out.some((w) => has(w, 'total', 'net', 'amount')) &&
    !out.some((w, j) => j < no && (orderKey(w) || (has(w, 'order') && has(w, 'number', 'id'))))) {
    out.forEach((w, j) => { if (j > no && orderKey(w) && has(w, 'order')) out[j] = ['purchase', 'order', 'number'] })
    out[no] = ['order', 'id']
  }
  const aq = onlyQualified ?? dq
  if (aq) ctx.addressQualifier = aq
  ctx.orderDate = out.some((w) => w.includes('order') && w.includes('date'))
  ctx.clicks = out.some((w) => has(w, 'click', 'clicked'))
  ctx.devices = out.some((w) => has(w, 'device', 'operating')) && !out.some((w) => has(w, 'tracking', 'shipping'))
  // (a show's column is no analytics event: what counts is the header's other analytics words)
  ctx.shows = names.some((h) => SHOW.test(h.trim())) && out.filter((w) => has(w, 'page', 'session', 'browser', 'referrer', 'visit', 'visitor', 'operating', 'screen', 'hit')).length < 2
  const namesTimeOfDay = (w: string[]): boolean => w.includes('time') && !w.includes('date') && w.every((x) => x === 'time' || FIRST_TIME.has(x))
  ctx.timeOfDay = out.some(namesTimeOfDay)
  const timeCols = out.map((_, j) => j).filter((j) => namesTimeOfDay(out[j]!) && profiles[j]!.nonEmpty >= 3 && mostly(profiles[j]!, (v) => TIME_OF_DAY.test(v.trim())))
  if (event && timeCols.length === 1) {
    const j = timeCols[0]!, sample = profiles[j]!.sample.filter((v) => v.trim())
    const all = (re: RegExp): boolean => sample.every((v) => re.test(v.trim()))
    // (24-hour times, or a 12-hour clock with AM/PM: 3:24 PM)
    const pattern = all(/^\d{1,2}:\d{2}:\d{2}$/) ? 'H:mm:ss' : all(/^\d{1,2}:\d{2}$/) ? 'H:mm' : all(/^\d{1,2}:\d{2}:\d{2} [AP]M$/i) ? 'h:mm:ss a' : all(/^\d{1,2}:\d{2} [AP]M$/i) ? 'h:mm a' : undefined
    if (pattern && names[j] !== undefined) ctx.dayTime = { name: names[j]!, pattern }
  }
  return ctx
}
