/**
 * English column vocabulary: words and phrases of CRM, e-commerce, marketing, analytics, loyalty and payment exports,
 * rewritten into the words XDM field names use. Keys are lower-case without accents; phrases are space-joined.
 */
export const WORDS: Record<string, string[]> = {
  // (round 84: a pharmacy's drug or medication dispensed is the item sold)
  drug: ['product'], medication: ['product'],
  // (and its prescription, "Rx #", the record a pharmacy's fill log rows are: its number is the event's, as an order's)
  rx: ['prescription'], prescription: ['prescription'],
  // a residential community's resident is the person the record is about
  resident: ['customer'], residents: ['customer'],
  // an insurance policy's premium is its price (names.ts: a price total answers to it)
  premium: ['premium'], premiums: ['premium'],
  // the contract, policy or receipt an export's rows are (context.ts: its number is the event's record, as an order's)
  contract: ['contract'], contracts: ['contract'], policy: ['policy'],
  // the plan subscribed to and the vehicle hired or sold (a bare "Tariff" or "Tarif" is as often a rate or a ticket's price band): the goods of a subscription's, utility's or rental's export (context.ts)
  plan: ['plan'], plans: ['plan'], vehicle: ['vehicle'], car: ['vehicle'], yacht: ['vehicle'], boat: ['vehicle'],
  // a school's student or pupil is the person the record is about, as a patient or a guest is ("Student Number", "Student Email")
  student: ['customer'], pupil: ['customer'], learner: ['customer'],
  // postage is what a parcel's sending costs ("Postage Cost") and the postal service how it ships; a service alone is no department
  // (French "service" is one: English keeps its own word)
  postage: ['shipping'], service: ['service'],
  // Australian phone columns say the hours they reach the person: business hours ("Phone BH") is the work phone, after hours the home
  bh: ['work'], ah: ['home'],
  // (a blocked or locked customer, b2b.isBlocked; Ireland's postcode, the Eircode)
  blocked: ['blocked'], locked: ['blocked'], eircode: ['postal', 'code'],
  // (a till's price look-up code, written so in every language's POS exports)
  plu: ['sku'],
  // a booking, a reservation or a donation is what an order is in its trade (its id, date and amount are the order's)
  booking: ['order'], reservation: ['order'], donation: ['order'], pledge: ['order'], pledged: ['order', 'created'],
  // payment gateways' glued abbreviations (Paytm's TXNID, TXNAMOUNT)
  txnid: ['transaction', 'id'], txnamount: ['transaction', 'amount'], txndate: ['transaction', 'date'],
  fname: ['first', 'name'], firstname: ['first', 'name'], forename: ['first', 'name'], givenname: ['first', 'name'], given: ['first'],
  lname: ['last', 'name'], lastname: ['last', 'name'], surname: ['last', 'name'], familyname: ['last', 'name'], family: ['last'],
  fn: ['first', 'name'], ln: ['last', 'name'], mname: ['middle', 'name'], middlename: ['middle', 'name'], fullname: ['full', 'name'], nickname: ['nick', 'name'], displayname: ['full', 'name'],
  dob: ['birth', 'date'], bdate: ['birth', 'date'], birthdate: ['birth', 'date'], birthday: ['birth', 'date'], bday: ['birth', 'date'],
  yob: ['birth', 'year'], birthyear: ['birth', 'year'], born: ['birth'],
  addr: ['street'], address: ['street'], address1: ['street', '1'], addr1: ['street', '1'], address2: ['street', '2'], addr2: ['street', '2'], address3: ['street', '3'],
  street: ['street'], str: ['street'], streetaddress: ['street'], line1: ['street', '1'], line2: ['street', '2'],
  zip: ['postal', 'code'], zipcode: ['postal', 'code'], postcode: ['postal', 'code'], postalcode: ['postal', 'code'], postal: ['postal', 'code'], plz: ['postal', 'code'], cp: ['postal', 'code'],
  st: ['state'], state: ['state'], province: ['state'], prov: ['state'], region: ['state'], county: ['state'], prefecture: ['state'], territory: ['state'], republic: [],
  ctry: ['country'], cntry: ['country'], country: ['country'], nation: ['country'], iso2: ['country', 'code'], cc: ['country', 'code'],
  city: ['city'], town: ['city'], locality: ['city'], cty: ['city'], district: ['district'], neighborhood: ['district'],
  mob: ['mobile', 'phone'], mobile: ['mobile', 'phone'], cell: ['mobile', 'phone'], cellphone: ['mobile', 'phone'], mobilephone: ['mobile', 'phone'], gsm: ['mobile', 'phone'], sms: ['mobile', 'phone'],
  tel: ['phone'], telephone: ['phone'], ph: ['phone'], phone: ['phone'], phonenumber: ['phone', 'number'], fax: ['fax', 'phone'],
  email: ['email'], mail: ['email'], emailaddress: ['email', 'address'], eml: ['email'],
  pts: ['points'], points: ['points'], pt: ['points'], bal: ['balance'],
  dt: ['date'], ts: ['timestamp'], tstamp: ['timestamp'], datetime: ['timestamp'], time: ['time'], when: ['timestamp'],
  no: ['number'], num: ['number'], nbr: ['number'], nr: ['number'], number: ['number'], '#': ['number'],
  qty: ['quantity'], quantity: ['quantity'], units: ['quantity'], count: ['count'],
  amt: ['amount'], amount: ['amount'], total: ['total'], revenue: ['total'], value: ['value'], price: ['price'], cost: ['price'], gross: ['total'], sum: ['total'],
  subtotal: ['subtotal'], net: ['net'], fee: ['fee'], fees: ['fee'], tax: ['tax'], taxes: ['tax'], vat: ['tax'], gst: ['tax'], hst: ['tax'], pst: ['tax'],
  sku: ['sku'], upc: ['sku'], ean: ['sku'], itemcode: ['sku'], productcode: ['sku'],
  id: ['id'], sid: ['id'], identifier: ['id'], key: ['id'], uid: ['id'], guid: ['id'], uuid: ['id'], ref: ['id'],
  cust: ['customer'], cus: ['customer'], clnt: ['customer'], client: ['customer'], customer: ['customer'], payer: ['billing'], acct: ['account'],
  spent: ['spend'], spend: ['spend'], cumulative: ['lifetime'], visit: ['visit'], line: ['product'], lineitem: ['product'], lines: ['product'],
  custid: ['customer', 'id'], cid: ['customer', 'id'], customerid: ['customer', 'id'], memberid: ['member', 'id'], userid: ['user', 'id'],
  orderid: ['order', 'id'], ordno: ['order', 'number'], orderno: ['order', 'number'], txn: ['transaction'], trx: ['transaction'], transaction: ['transaction'],
  cur: ['currency'], curr: ['currency'], ccy: ['currency'], currency: ['currency'],
  sex: ['gender'], gender: ['gender'], salutation: ['courtesy', 'title'], honorific: ['courtesy', 'title'], prefix: ['courtesy', 'title'], courtesy: ['courtesy'], title: ['title'],
  lat: ['latitude'], latitude: ['latitude'], lng: ['longitude'], lon: ['longitude'], long: ['longitude'], longitude: ['longitude'],
  optin: ['opt', 'in'], subscribed: ['opt', 'in'], consent: ['opt', 'in'], unsubscribed: ['opt', 'out'],
  tier: ['tier'], level: ['tier'], status: ['status'], segment: ['segment'],
  url: ['url'], uri: ['url'], link: ['url'], website: ['website'], web: ['web'], site: ['website'], homepage: ['website'],
  cat: ['category'], category: ['category'], desc: ['description'], descr: ['description'],
  prod: ['product'], product: ['product'], item: ['product'], article: ['product'], items: ['product'],
  loyalty: ['loyalty'], rewards: ['loyalty'], member: ['member'], membership: ['member'],
  method: ['method'], accepts: ['accept'],
  evt: ['event'], event: ['event'], type: ['type'], channel: ['channel'], source: ['source'],
  coupon: ['coupon'], promo: ['coupon'], promocode: ['coupon', 'code'], voucher: ['coupon'],
  ltv: ['lifetime', 'value'], clv: ['lifetime', 'value'],
  visits: ['visits'], sessions: ['visits'],
  company: ['company'], employer: ['company'], org: ['company'], organization: ['company'], organisation: ['company'], account: ['account'], firm: ['company'], business: ['business'],
  job: ['job'], jobtitle: ['job', 'title'], position: ['job', 'title'], role: ['role'], occupation: ['job', 'title'], designation: ['job', 'title'],
  dept: ['department'], department: ['department'], departments: ['department'], division: ['department'],
  lang: ['language'], language: ['language'], locale: ['language'],
  ip: ['ip'], ipaddress: ['ip'], ipv4: ['ip'], useragent: ['user', 'agent'], ua: ['user', 'agent'], browser: ['browser'], os: ['operating', 'system'], platform: ['operating', 'system'],
  device: ['device'], brand: ['manufacturer'], manufacturer: ['manufacturer'], maker: ['manufacturer'], model: ['model'],
  screen: ['screen'], resolution: ['resolution'], height: ['height'], width: ['width'], viewport: ['viewport'],
  referrer: ['referrer'], referer: ['referrer'], osv: ['operating', 'system', 'version'], brv: ['browser', 'version'], page: ['page'], pagename: ['page', 'name'], pageurl: ['page', 'url'], campaign: ['campaign'], utm: ['campaign'], medium: ['medium'],
  carrier: ['carrier'], isp: ['isp'], cookies: ['cookies'], cookie: ['cookies'], java: ['java'], javascript: ['javascript'],
  created: ['created'], creation: ['created'], placed: ['created'], ordered: ['order', 'created'], booked: ['order', 'created'], purchased: ['order', 'created'], registered: ['created'], signup: ['created'], joined: ['join'], join: ['join'], enrollment: ['join'], enrolled: ['join'], enrolment: ['join'], since: ['since'],
  updated: ['updated'], modified: ['updated'], changed: ['updated'], create: ['created'], modify: ['updated'], update: ['updated'], last: ['last'], lastactivity: ['last', 'activity'],
  expiry: ['expiry'], expiration: ['expiry'], expires: ['expiry'], expiring: ['expiry'], redeemed: ['redeemed'], lifetime: ['lifetime'], balance: ['balance'],
  card: ['card'], program: ['program'], programme: ['program'],
  vip: [], pincode: ['postal', 'code'], /* India's postal code, also "PIN Code" */ suburb: ['city'], completed: ['completed'], finished: ['completed'], issuer: ['issuer'], refunded: ['refund'], refund: ['refund'], refunds: ['refund'], discount: ['discount'], discounts: ['discount'],
  shipping: ['shipping'], shipment: ['shipping'], delivery: ['shipping'], ship: ['shipping'], handling: ['handling'], freight: ['shipping'], dispatch: ['shipping'], dispatched: ['shipped'],
  billing: ['billing'], bill: ['billing'], invoice: ['billing'], payment: ['payment'], paid: ['paid'], pay: ['payment'],
  home: ['home'], personal: ['personal'], private: ['personal'], work: ['work'], office: ['work'], direct: ['work'], mailing: ['mailing'], wireless: ['mobile'], wk: ['work'], physical: [], inc: ['incl'], rma: ['return'], default: [], primary: [], main: [], preferred: [],
  note: ['note'], notes: ['note'], comment: ['note'], comments: ['note'], tags: ['tag'], tag: ['tag'], owner: ['owner'],
  timezone: ['timezone'], tz: ['timezone'], gmtoff: ['timezone'], dstoff: ['timezone'],
  dial: ['phone'], score: ['score'], rating: ['score'], lead: ['lead'],
  // (a lead's score in a B2B list, "Leadscore", and "Lead Score", "Lead-Score" joined, is the person's score: a lead is a
  // person there)
  leadscore: ['person', 'score'], network: ['network'], framework: ['framework'],
  // presentation suffixes ("total_formatted", "price_fmt"): the value as displayed, the same field
  formatted: [], fmt: [], pretty: [],
  mcvisid: ['mcid', 'id'], purchaseid: ['purchase', 'id'], ecommerce: ['commerce'], sales: [], collected: [], grand: [], at: [], on: [], of: [], the: [], and: [], by: ['by'], ecid: ['mcid', 'id'], mcid: ['mcid'], version: ['version'], newsletter: ['newsletter'],
  // (the customer under the role a product gives it: an invitee, a supporter, a booker, a consumer, a passenger, a
  // traveller, a diner)
  order: ['order'], name: ['name'], code: ['code'], date: ['date'], sale: ['order'], sold: ['order'], purchaser: ['customer'], buyer: ['customer'], subscriber: ['customer'], requester: ['customer'], registrant: ['customer'], attendee: ['customer'], participant: ['customer'], donor: ['customer'], guest: ['customer'], patient: ['customer'], invitee: ['customer'], supporter: ['customer'], booker: ['customer'], consumer: ['customer'], passenger: ['customer'], traveler: ['customer'], traveller: ['customer'], diner: ['customer'],
  listing: ['product'], tracking: ['tracking'], trackingnumber: ['tracking', 'number'], whatsapp: ['mobile', 'phone', 'whatsapp'], landline: ['phone'], pcs: ['quantity'], pieces: ['quantity'],
  apt: ['street', '2'], apartment: ['street', '2'], suite: ['street', '2'], capture: ['capture'], captured: ['capture'], settlement: ['settlement'], settled: ['settlement'], payout: ['payout'],
  merchant: ['merchant'], seller: ['seller'], reference: ['reference'], description: ['description'],
  receipt: ['order'],
  cancelled: ['cancel'], canceled: ['cancel'], cancellation: ['cancel'], cancel: ['cancel'], incl: ['incl'], including: ['incl'], inclusive: ['incl'], excl: ['excl'], excluding: ['excl'],
  referring: ['referrer'], iso: [],
  utc: [], gmt: [],
  linkedin: ['social'], twitter: ['social'], facebook: ['social'], instagram: ['social'], xing: ['social'], tiktok: ['social'], youtube: ['social'],
  username: ['login'], login: ['login'], handle: ['login'], screenname: ['login'],
  charge: ['price'], charges: ['price'],
  what: [], is: [], your: [], you: [], please: [], enter: [], provide: [], our: [], my: [], are: [], which: [], to: [], for: [], in: [], a: [], an: [],
  geoip: ['geo'], geo: ['geo'], pathname: ['path'],
  next: ['next'],
  // a record of a board or table ("Item ID" of a board is the record's; "ID de l'élément")
  element: ['record'], entry: ['record'],
  current: [], referred: ['referral'], referral: ['referral'], referrals: ['referral'],
  // everyday export words and abbreviations (ERP ship-to/bill-to, telco MSISDN, GS1 codes, couriers' waybills and consignees)
  consignee: ['recipient'],
  cellular: ['mobile', 'phone'], msisdn: ['mobile', 'phone'], municipality: ['city'], addressline: ['street'], gtin: ['sku'], barcode: ['sku'], courier: ['carrier'], waybill: ['tracking', 'number'],
  subscribe: ['opt', 'in'], unsubscribe: ['opt', 'out'], optout: ['opt', 'out'], pageview: ['views'], pageviews: ['views'], pmt: ['payment'], ord: ['order'], shipto: ['shipping'], billto: ['billing'], soldto: ['customer'],
  // (round 77: a book's ISBN is its SKU)
  isbn: ['sku'],
  // (round 82: a line's unit of measure, "UOM")
  uom: ['unit', 'measure'],
}

export const PHRASES: Record<string, string[]> = {
  // a parcel's postal service (Linnworks' "Postal Service": DPD Next Day, Royal Mail 2nd Class) is how it ships
  'postal service': ['shipping', 'method'],
  // (round 83: a courier's cash-on-delivery amount, collected from the buyer, is the order's payment: "COD Amount"; its fee,
  // "COD Charges", is none)
  'cod amount': ['payment', 'amount'], 'cod value': ['payment', 'amount'],
  // (a courier's consignment number, "CN Number", "Consignment No", is the parcel's tracking number; its consignee, in
  // WORDS, the recipient)
  'cn number': ['tracking', 'number'], 'cn no': ['tracking', 'number'], 'consignment number': ['tracking', 'number'], 'consignment no': ['tracking', 'number'], 'consignment id': ['tracking', 'number'],
  // (a clinic's or an office's file number, "Patient File No", numbers the person whose file it is)
  'file number': ['number'], 'file no': ['number'],
  // (an address's unit in a block, Singapore's "Unit Number" #10-301, is its second line)
  'unit number': ['street', '2'], 'unit no': ['street', '2'],
  // (round 82: the price a booking ends at, after its discounts: "Final price", "Final amount")
  'final price': ['total'], 'final amount': ['total'], 'final total': ['total'],
  // (and its period, "Date from" and "Date to": a charter's start and end, no record's own date)
  'date from': ['start', 'date'], 'date to': ['end', 'date'],
  // (round 77: a company's legal entity; Indian exports' official, the work, e-mail and phone: "Official Email ID")
  'legal entity': ['company', 'name'], 'legal entity name': ['company', 'name'], 'official email': ['work', 'email'], 'official email id': ['work', 'email'], 'official phone': ['work', 'phone'],
  // a line's extended price or amount (US ERP and shop exports: quantity times unit price) is the line's total
  'extended price': ['product', 'total'], 'ext price': ['product', 'total'], 'extended amount': ['product', 'total'], 'ext amount': ['product', 'total'], 'extended total': ['product', 'total'],
  'middle initial': ['middle', 'name'],
  // a person's preferred name ("Preferred Name": Davi, Jame) is what they are called, a nickname, not the full name
  'preferred name': ['nick', 'name'],
  // a traveller's Known Traveler Number (TSA PreCheck) is a government programme's number, not the customer's own
  'known traveler': ['ktn'], 'known traveller': ['ktn'],
  // a postal address (ezyVet, Australian and New Zealand tools: the address post is sent to, beside the physical one) is the mailing address
  'postal address': ['mailing', '@address'],
  // an invoice's issue date and a form's submission are when the record was made
  'issue date': ['created', 'date'], 'issuing date': ['created', 'date'], 'date issued': ['created', 'date'], 'issued date': ['created', 'date'], 'submission date': ['created', 'date'], 'submitted at': ['created'], 'submitted on': ['created'],
  'came from': ['referrer'],
  // an end of validity (a tier, a card, points) is an expiry
  // a fee for the shipping is its amount (a bare fee is the processor's or the marketplace's: no field)
    'shipping fee': ['shipping', 'amount'], 'delivery fee': ['shipping', 'amount'], 'shipping fees': ['shipping', 'amount'], 'delivery fees': ['shipping', 'amount'],
  'valid until': ['expiry'], 'valid thru': ['expiry'], 'valid through': ['expiry'],
  // web and environment words of analytics log exports (`windowClientWidth`, `cookieEnabled`, `regionCity`, `watchID`)
  'window client width': ['viewport', 'width'], 'window client height': ['viewport', 'height'], 'client width': ['viewport', 'width'], 'client height': ['viewport', 'height'],
  'window width': ['viewport', 'width'], 'window height': ['viewport', 'height'], 'cookie enabled': ['cookies', 'enabled'], 'cookies enabled': ['cookies', 'enabled'],
  'region city': ['city'], 'region country': ['country'], 'region area': ['state'], 'mobile phone model': ['model'], 'watch id': ['hit', 'id'],
  // ISO 3166 alpha-2 is the country code; alpha-3 and numeric codes are other codes
  'alpha 2': ['code'], 'alpha 2 code': ['code'], 'alpha 3': ['alpha3'], 'alpha 3 code': ['alpha3'],
  'job function': ['department'], 'street name': ['street'], 'additional street info': ['street', '2'], 'additional address info': ['street', '2'],
  'e mail': ['email'], 'zip code': ['postal', 'code'], 'post code': ['postal', 'code'], 'postal code': ['postal', 'code'],
  'date of birth': ['birth', 'date'], 'birth date': ['birth', 'date'], 'first name': ['first', 'name'], 'last name': ['last', 'name'], 'given name': ['first', 'name'], 'family name': ['last', 'name'],
  'full name': ['full', 'name'], 'middle name': ['middle', 'name'], 'job title': ['job', 'title'],
  'ip address': ['ip'], 'ip addr': ['ip'], 'user agent': ['user', 'agent'], 'operating system': ['operating', 'system'],
  'page referrer': ['referrer'], 'page referer': ['referrer'], 'addr ln': ['street'], 'address ln': ['street'], 'line item': ['product'], 'order line': ['product'], 'address line': ['street'], 'street address': ['street'],
  'phone number': ['phone', 'number'], 'mobile number': ['mobile', 'phone'], 'cell phone': ['mobile', 'phone'],
  'company name': ['company', 'name'], 'account name': ['company', 'name'], 'organization name': ['company', 'name'], 'business name': ['company', 'name'], 'commercial name': ['company', 'name'], 'trading name': ['company', 'name'], 'trade name': ['company', 'name'],
  'country code': ['country', 'code'], 'currency code': ['currency', 'code'], 'state code': ['state', 'code'], 'province code': ['state', 'code'],
  'web site': ['website'], 'website url': ['website'], 'company website': ['website'],
  'page title': ['page', 'name'], 'page url': ['page', 'url'], 'current url': ['page', 'url'], 'page location': ['page', 'url'],
  'user id': ['user', 'id'], 'customer id': ['customer', 'id'], 'record id': ['record', 'id'], 'contact id': ['contact', 'id'],
  'lifetime value': ['lifetime', 'value'], 'total spent': ['lifetime', 'spend'], 'total spend': ['lifetime', 'spend'], 'lifetime spend': ['lifetime', 'spend'], 'amount spent': ['lifetime', 'spend'],
  'points balance': ['points'], 'point balance': ['points'],
  'member since': ['join', 'date'], 'customer since': ['created'], 'registration date': ['created', 'date'], 'date of registration': ['created', 'date'], 'date joined': ['join', 'date'], 'join date': ['join', 'date'],
  'zip postal code': ['postal', 'code'], 'shipping and handling': ['shipping', 'amount'],
  // what was paid ("Amount Paid", "Total Paid") is the payment's amount; the order's total is the column that says total alone
  'amount paid': ['payment', 'amount'], 'total paid': ['payment', 'amount'], 'paid amount': ['payment', 'amount'],
  'transaction id': ['transaction', 'id'], 'mobile brand name': ['manufacturer'], 'mobile model name': ['model'], 'brand name': ['manufacturer'], 'direct dial': ['work', 'phone'], 'browser height': ['browser', 'viewport', 'height'], 'browser width': ['browser', 'viewport', 'width'], 'order id': ['order', 'id'], 'order number': ['order', 'number'],
  'tracking no': ['tracking', 'number'], 'tracking id': ['tracking', 'number'], 'tracking link': ['tracking', 'url'], 'tracking url': ['tracking', 'url'],
  'shipping carrier': ['shipping', 'carrier'], 'shipping provider': ['shipping', 'carrier'], 'delivery method': ['shipping', 'method'], 'shipping type': ['shipping', 'method'], 'network type': ['connection', 'type'], 'connection type': ['connection', 'type'], 'delivery type': ['shipping', 'method'],
  'payment type': ['payment', 'method'], 'payment method': ['payment', 'method'], 'sale date': ['order', 'date'], 'purchase date': ['order', 'date'], 'date and time': ['timestamp'],
  'service level': ['method'], 'shipping service': ['shipping', 'method'],
  'po box': ['post', 'office', 'box'], 'p o box': ['post', 'office', 'box'], 'post office box': ['post', 'office', 'box'],
  // a buyer's purchase order ("PO Number", "PO #", "PONumber")
  'po number': ['purchase', 'order', 'number'], 'po no': ['purchase', 'order', 'number'], 'po nr': ['purchase', 'order', 'number'], 'po num': ['purchase', 'order', 'number'], 'po #': ['purchase', 'order', 'number'],
  'user name': ['login'], 'login name': ['login'], 'screen name': ['login'],
  'sold to': ['customer'], 'opt out': ['opt', 'out'], 'awb number': ['tracking', 'number'], 'awb no': ['tracking', 'number'], 'waybill number': ['tracking', 'number'],
  // points earned all time ("All-Time Points") are the lifetime points; points spent are the points redeemed
  'all time': ['lifetime'], 'points spent': ['points', 'redeemed'], 'points used': ['points', 'redeemed'], 'point used': ['points', 'redeemed'], 'point spent': ['points', 'redeemed'],
  // a device's make ("Device Make": Apple, Google) is its manufacturer
  'device make': ['device', 'manufacturer'],
}

/** English words other languages' vocabularies read otherwise (Italian "Via" is the street, "CAP" the postcode): in an English file, these. */
export const OWN: Record<string, string[]> = { via: ['via'], cap: ['cap'] }

/** Whole headers only: a phone's "Ext" beside it (as a word, "Ext ID" is external). */
export const ALONE: Record<string, string[]> = { ext: ['extension'] }
