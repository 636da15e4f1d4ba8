/**
 * Names → tokens: split camelCase, snake_case, kebab-case, spaces, slashes, dots and digits; lower-case; expand the
 * abbreviations and synonyms of CRM, e-commerce, email-marketing and loyalty exports into the vocabulary XDM uses.
 */

/** Whole-name rewrites (after joining tokens with nothing), for abbreviations that are one word. */
const WORD: Record<string, string[]> = {
  fname: ['first', 'name'], firstname: ['first', 'name'], forename: ['first', 'name'], givenname: ['first', 'name'], given: ['first'],
  lname: ['last', 'name'], lastname: ['last', 'name'], surname: ['last', 'name'], familyname: ['last', 'name'], family: ['last'],
  mname: ['middle', 'name'], middlename: ['middle', 'name'], fullname: ['full', 'name'], nickname: ['nick', 'name'],
  dob: ['birth', 'date'], bdate: ['birth', 'date'], birthdate: ['birth', 'date'], birthday: ['birth', 'date'], bday: ['birth', 'date'],
  yob: ['birth', 'year'], birthyear: ['birth', 'year'],
  addr: ['street'], address: ['street'], address1: ['street', '1'], addr1: ['street', '1'], address2: ['street', '2'], addr2: ['street', '2'],
  street: ['street'], str: ['street'], streetaddress: ['street'],
  zip: ['postal', 'code'], zipcode: ['postal', 'code'], postcode: ['postal', 'code'], postalcode: ['postal', 'code'], postal: ['postal', 'code'], plz: ['postal', 'code'], cp: ['postal', 'code'],
  st: ['state'], state: ['state'], province: ['state'], prov: ['state'], region: ['state'], county: ['region'],
  ctry: ['country'], cntry: ['country'], country: ['country'], nation: ['country'], iso2: ['country', 'code'],
  city: ['city'], town: ['city'], locality: ['city'], cty: ['city'],
  mob: ['mobile', 'phone'], mobile: ['mobile', 'phone'], cell: ['mobile', 'phone'], cellphone: ['mobile', 'phone'], mobilephone: ['mobile', 'phone'], gsm: ['mobile', 'phone'], sms: ['mobile', 'phone'],
  tel: ['phone'], telephone: ['phone'], ph: ['phone'], phone: ['phone'], phonenumber: ['phone', 'number'], fax: ['fax', 'phone'],
  email: ['email'], mail: ['email'], emailaddress: ['email', 'address'], eml: ['email'],
  pts: ['points'], points: ['points'], pt: ['points'],
  dt: ['date'], ts: ['timestamp'], tstamp: ['timestamp'], datetime: ['timestamp'], time: ['timestamp'], when: ['timestamp'],
  no: ['number'], num: ['number'], nbr: ['number'], nr: ['number'], number: ['number'], '#': ['number'],
  qty: ['quantity'], quantity: ['quantity'], units: ['quantity'], count: ['quantity'],
  amt: ['amount'], amount: ['amount'], total: ['total'], revenue: ['total'], value: ['value'], price: ['price'], cost: ['price'],
  sku: ['sku'], upc: ['sku'], ean: ['sku'], itemcode: ['sku'], productcode: ['sku'],
  id: ['id'], identifier: ['id'], key: ['id'], uid: ['id'], guid: ['id'], uuid: ['id'], ref: ['id'],
  cust: ['customer'], cus: ['customer'], clnt: ['customer'], client: ['customer'], acct: ['account'],
  spent: ['spend'], spend: ['spend'], visit: ['visit'], line: ['product'], lineitem: ['product'], lines: ['product'],
  custid: ['customer', 'id'], cid: ['customer', 'id'], customerid: ['customer', 'id'], memberid: ['member', 'id'], userid: ['user', 'id'],
  orderid: ['order', 'id'], ordno: ['order', 'number'], orderno: ['order', 'number'], txn: ['transaction'], trx: ['transaction'], transaction: ['transaction'],
  cur: ['currency'], curr: ['currency'], ccy: ['currency'], currency: ['currency'],
  sex: ['gender'], gender: ['gender'], salutation: ['title'], honorific: ['title'], prefix: ['title'], courtesy: ['title'], title: ['title'],
  lat: ['latitude'], latitude: ['latitude'], lng: ['longitude'], lon: ['longitude'], long: ['longitude'], longitude: ['longitude'],
  optin: ['opt', 'in'], subscribed: ['opt', 'in'], consent: ['opt', 'in'], unsubscribed: ['opt', 'out'],
  tier: ['tier'], level: ['tier'], status: ['status'], segment: ['segment'],
  url: ['url'], uri: ['url'], link: ['url'], page: ['page'], website: ['url'],
  cat: ['category'], category: ['category'], desc: ['description'], descr: ['description'],
  prod: ['product'], product: ['product'], item: ['product'], article: ['product'],
  loyalty: ['loyalty'], rewards: ['loyalty'], member: ['member'], membership: ['member'],
  method: ['type'], accepts: ['accept'],
  evt: ['event'], event: ['event'], type: ['type'], channel: ['channel'], source: ['channel'],
  coupon: ['coupon'], promo: ['coupon'], promocode: ['coupon', 'code'], voucher: ['coupon'],
  ltv: ['lifetime', 'value'], clv: ['lifetime', 'value'],
  visits: ['visits'], sessions: ['visits'],
  company: ['company'], employer: ['company'], org: ['company'], organization: ['company'], job: ['job', 'title'], jobtitle: ['job', 'title'], position: ['job', 'title'],
  lang: ['language'], language: ['language'], locale: ['language'],
}

/** Words of a field name or title: split and stemmed, without the abbreviation rewrites columns get. */
export function fieldTokens(name: string): string[] {
  return split(name).map(stem)
}

function split(name: string): string[] {
  return name
    .replace(/^[_@]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9#]+/)
    .filter(Boolean)
}

/** Tokens for a column name, with abbreviations and synonyms expanded. */
export function tokens(name: string): string[] {
  const parts = split(name)
  // whole-name abbreviation first ("FNAME", "e-mail", "zip_code" joined)
  const joined = parts.join('')
  if (WORD[joined]) return WORD[joined].map(stem)
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    // two-word compounds ("post code", "e mail", "zip code")
    const two = parts[i]! + (parts[i + 1] ?? '')
    if (parts[i + 1] !== undefined && WORD[two] && two.length > 3) { out.push(...WORD[two]); i++; continue }
    if (parts[i] === 'e' && parts[i + 1] === 'mail') { out.push('email'); i++; continue }
    out.push(...(WORD[parts[i]!] ?? [parts[i]!]))
  }
  return out.map(stem)
}

export function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us')) return t.slice(0, -1)
  return t
}

/** Qualifiers that tell one instance of a data type from another (homeAddress vs workAddress). */
export const QUALIFIERS = new Set(['home', 'work', 'billing', 'shipping', 'mailing', 'personal', 'business', 'mobile', 'fax', 'office', 'company'])

/** Qualifiers that mean the same instance: an office or business address is the work address, personal is home. */
export const QUALIFIER_FAMILY: Record<string, string> = { office: 'work', business: 'work', company: 'work', personal: 'home', mailing: 'home' }

/** Words that say little on their own: they count half as much when names are compared. */
export const WEAK = new Set(['number', 'id', 'code', 'name', 'date', 'value', 'type', 'address', 'status', 'text', 'data', 'info', 'flag', '1', '2', '3', 'd'])

/** Leaves whose meaning is their parent's (`mobilePhone.number`, `personalEmail.address`). */
export const GENERIC_LEAVES = new Set(['number', 'address', 'value', 'id', 'code', 'name'])

/** Extra words a field answers to, by its path's last segments. */
export const FIELD_SYNONYMS: Record<string, string[]> = {
  purchaseid: ['order', 'id', 'transaction', 'number'],
  pricetotal: ['total', 'amount', 'price'],
  currencycode: ['currency'],
  courtesytitle: ['title'],
  stateprovince: ['state'],
  street1: ['street', 'address'],
  street2: ['street', '2'],
  postalcode: ['postal', 'code'],
  countrycode: ['country', 'code'],
  birthdate: ['birth', 'date'],
  birthdayandmonth: ['birth', 'day', 'month'],
  birthyear: ['birth', 'year'],
  firstname: ['first', 'name'],
  lastname: ['last', 'name'],
  middlename: ['middle', 'name'],
  fullname: ['full', 'name'],
  sku: ['sku', 'product', 'code'],
  quantity: ['quantity'],
  timestamp: ['timestamp', 'date', 'time', 'occurred', 'created'],
  eventtype: ['event', 'type'],
  _id: ['id', 'record', 'customer', 'contact', 'user', 'person', 'event', 'hit', 'row', 'profile'],
  memberid: ['member', 'id', 'loyalty'],
  lifetimevalue: ['lifetime', 'value', 'spend', 'total'],
  optin: ['opt', 'in', 'marketing', 'accept', 'consent'],
  storevisits: ['visit', 'store'],
  points: ['point', 'loyalty', 'balance'],
  membersince: ['member', 'since', 'join', 'date'],
  lastactivity: ['last', 'activity', 'seen', 'visit', 'date'],
  tier: ['tier', 'loyalty'],
}
