// Round 110, heldout110: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language (US, UK, Canada, India, Singapore, Australia) event,
// activity and people exports: a UK call-tracking call log, an Indian contact-centre dialer's call detail report, a US
// live-chat history, a US webinar's registrants and attendance, a Canadian mobile-app raw event export, a US
// review-and-NPS feedback export; a Singapore loyalty programme's members, a US SMS marketing list's subscribers and an
// Australian ticketing platform's buyers; a US person-enrichment output, a Canadian website-visitor identification
// export and a US sales-dialer's contacts. Ozonetel's column names follow its public CDR report API, People Data Labs'
// its public person schema, Tatango's its subscriber API; the others are written from the writer's knowledge.
import { E, P, B, v, HOME, B2BID, OR, GEO, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const month = (ms) => new Date(ms).getUTCMonth() + 1
const dst = (ms) => [4, 5, 6, 7, 8, 9, 10].includes(month(ms))
const ukt = (ms) => shift(ms, dst(ms) ? 1 : 0)
const ist = (ms) => shift(ms, 5.5)
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const mt = (ms) => shift(ms, dst(ms) ? -6 : -7)
const sgt = (ms) => shift(ms, 8)
const aest = (ms) => shift(ms, 10)
const utc = (ms) => v.parts(ms)
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const mdy = (p) => `${pad(p.m)}/${pad(p.d)}/${p.y}`
const mdyShort = (p) => `${p.m}/${p.d}/${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const h12 = (p, sec = false) => `${p.H % 12 || 12}:${pad(p.M)}${sec ? ':' + pad(p.S) : ''} ${p.H < 12 ? 'AM' : 'PM'}`
const dur = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
const money = (n) => (Math.round(n * 100) / 100).toFixed(2)
const thou = (n) => money(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const digits = (s) => s.replace(/\D/g, '')
// a US number from the generated person: (512) 555-0134 / 512-555-0134 / 5125550134
const usParts = (s) => { const d = digits(s).slice(-10); return [d.slice(0, 3), d.slice(3, 6), d.slice(6)] }
const usParen = (s) => { const [a, b, c] = usParts(s); return `(${a}) ${b}-${c}` }
const usDash = (s) => usParts(s).join('-')
const usBare = (s) => usParts(s).join('')
// the same local day, moved into opening hours (from:00 to from+span-1:59 local time)
const biz = (ms, h, from = 9, span = 11) => { const p = shift(ms, h); return Date.UTC(p.y, p.m - 1, p.d) - h * 3600000 + ((from + (p.H % span)) * 3600 + p.M * 60 + p.S) * 1000 }
const ukBiz = (ms) => biz(ms, dst(ms) ? 1 : 0, 8, 11)
const etBiz = (ms) => biz(ms, dst(ms) ? -4 : -5, 8, 11)
const ctBiz = (ms) => biz(ms, dst(ms) ? -5 : -6, 8, 10)
const ct = (ms) => shift(ms, dst(ms) ? -5 : -6)
const isoOff = (ms, h) => { const p = shift(ms, h); return `${ymd(p)}T${hms(p)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00` }
const pac = (ms) => isoOff(ms, dst(ms) ? -7 : -8)
const later = (c, n = 500) => c.created + ((+c.id % n) + 3) * day + (+c.id % 80000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const CUST_ID = ['endUserIDs._experience.aacustomid.id']
const CO = ['b2b.companyName', 'organizations[0]']
const W = (leaf) => `workAddress.${leaf}`
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const WH = ['workAddress', 'homeAddress']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city/suburb, postcode, region]
const LOC = {
  uk: { first: [['Oliver', 'Charlotte'], ['Liam', 'Hannah'], ['Ryan', 'Megan'], ['Jamie', 'Laura'], ['Ben', 'Rebecca'], ['Adam', 'Gemma']],
    last: ['Hargreaves', 'Sutcliffe', 'Whitaker', 'Ahmed', 'Lister', 'Booth', 'Kaur', 'Holroyd', 'Dobson', 'Crossley'],
    places: [['Leeds', 'LS8 2HQ', 'West Yorkshire'], ['Bradford', 'BD9 4RA', 'West Yorkshire'], ['Harrogate', 'HG2 0JT', 'North Yorkshire'], ['Wakefield', 'WF1 3LB', 'West Yorkshire'], ['York', 'YO24 1BS', 'North Yorkshire'], ['Huddersfield', 'HD1 5PN', 'West Yorkshire']],
    street: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['Otley Road', 'Harrogate Road', 'Wetherby Road', 'Kirkstall Lane', 'Moor Lane', 'Tadcaster Road'])}`,
    mobile: (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`,
    mail: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'sky.com'] },
  in: { first: [['Rohan', 'Priya'], ['Aditya', 'Sneha'], ['Karthik', 'Divya'], ['Vikram', 'Ananya'], ['Suresh', 'Lakshmi'], ['Arjun', 'Pooja'], ['Imran', 'Fatima']],
    last: ['Sharma', 'Iyer', 'Reddy', 'Patil', 'Nair', 'Gupta', 'Deshpande', 'Khan', 'Menon', 'Kulkarni'],
    places: [['Pune', '411038', 'Maharashtra'], ['Mumbai', '400053', 'Maharashtra'], ['Bengaluru', '560034', 'Karnataka'], ['Hyderabad', '500081', 'Telangana'], ['Chennai', '600040', 'Tamil Nadu'], ['New Delhi', '110017', 'Delhi']],
    street: (r) => `${v.int(r, 1, 400)}, ${v.pick(r, ['MG Road', 'Baner Road', 'Link Road', '80 Feet Road', 'Anna Salai'])}`,
    mobile: (r) => `${v.pick(r, ['98', '99', '97', '90', '88', '70', '63'])}${v.int(r, 10000000, 99999999)}`,
    mail: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'] },
  ca: { first: [['Ethan', 'Olivia'], ['Noah', 'Emma'], ['Liam', 'Chloé'], ['Raj', 'Simran'], ['Lucas', 'Sophie'], ['Wei', 'Mei']],
    last: ['Tremblay', 'MacDonald', 'Singh', 'Chen', 'Campbell', 'Roy', 'Wong', "O'Brien", 'Gagnon', 'Thompson'],
    places: [['Toronto', 'M5V 2T6', 'ON'], ['Mississauga', 'L5B 3C2', 'ON'], ['Markham', 'L3R 5K3', 'ON'], ['Ottawa', 'K1P 5G4', 'ON'], ['Vancouver', 'V6B 1A1', 'BC'], ['Calgary', 'T2P 2V7', 'AB']],
    street: (r) => `${v.int(r, 10, 2400)} ${v.pick(r, ['King St W', 'Yonge St', 'Bay St', 'Queen St E', 'Burrard St', '8 Ave SW'])}${r() < 0.4 ? ', Suite ' + v.int(r, 100, 2200) : ''}`,
    mobile: (r) => `(${v.pick(r, ['416', '647', '905', '613', '604', '403'])}) 555-${pad(v.int(r, 100, 9999), 4)}`,
    mail: ['gmail.com', 'rogers.com', 'hotmail.ca', 'sympatico.ca'] },
  sg: { first: [['Wei Jie', 'Hui Min', 'c'], ['Jun Hao', 'Xin Yi', 'c'], ['Muhammad Faiz', 'Nur Aisyah', 'm'], ['Arun', 'Kavitha', 'i'], ['Marcus', 'Rachel', 'c'], ['Jia Hao', 'Shu Ting', 'c']],
    lastBy: { c: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Teo', 'Chua'], m: ['Rahman', 'Ismail', 'Osman', 'Hassan'], i: ['Krishnan', 'Pillai', 'Raj', 'Naidu'] },
    places: [['Singapore', '520123', 'Tampines'], ['Singapore', '560412', 'Ang Mo Kio'], ['Singapore', '640789', 'Jurong West'], ['Singapore', '730654', 'Woodlands'], ['Singapore', '460221', 'Bedok'], ['Singapore', '310190', 'Toa Payoh']],
    street: (r) => `Blk ${v.int(r, 101, 899)} ${v.pick(r, ['Tampines St 11', 'Ang Mo Kio Ave 3', 'Jurong West St 52', 'Woodlands Dr 14', 'Bedok North Rd', 'Lor 1 Toa Payoh'])} #${pad(v.int(r, 2, 16))}-${v.int(r, 10, 480)}`,
    mobile: (r) => `+65 ${v.pick(r, ['8', '9'])}${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.sg', 'icloud.com'] },
  au: { first: [['Jack', 'Chloe'], ['Lachlan', 'Mia'], ['Cooper', 'Isla'], ['Riley', 'Grace'], ['Mitchell', 'Jessica'], ['Tom', 'Sienna']],
    last: ['Nguyen', 'Kelly', 'Murphy', 'Walsh', 'Ryan', 'Anderson', 'Harris', 'Fraser', 'Kennedy', 'Papadopoulos'],
    places: [['Fortitude Valley', '4006', 'QLD'], ['West End', '4101', 'QLD'], ['Paddington', '4064', 'QLD'], ['Southport', '4215', 'QLD'], ['Newtown', '2042', 'NSW'], ['Fitzroy', '3065', 'VIC'], ['Indooroopilly', '4068', 'QLD']],
    street: (r) => `${r() < 0.3 ? v.int(r, 1, 40) + '/' : ''}${v.int(r, 1, 220)} ${v.pick(r, ['Brunswick St', 'Boundary St', 'Given Tce', 'Gold Coast Hwy', 'King St', 'Moggill Rd'])}`,
    mobile: (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`,
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'hotmail.com', 'icloud.com'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  const fr = v.pick(r, d.first)
  const first = fr[female ? 1 : 0], last = v.pick(r, fr[2] ? d.lastBy[fr[2]] : d.last)
  const [city, zip, region] = v.pick(r, d.places)
  const p = { first, last, female, city, zip, region, full: `${first} ${last}`,
    street: d.street(r), mobile: d.mobile(r),
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- UK call tracking (a Leeds kitchen and bathroom showroom)
const RT_SRC = [['google', 'cpc', 'Kitchens - Leeds - Exact', 'kitchen showroom leeds', 'Kitchens Leeds'], ['google', 'organic', '', '(not provided)', ''], ['(direct)', '(none)', '', '', ''], ['bing', 'cpc', 'Bathrooms - Yorkshire', 'bathroom fitters near me', 'Bathroom Fitters'], ['facebook', 'paid-social', 'Spring Sale 2024', '', ''], ['houzz.co.uk', 'referral', '', '', '']]
const rtSrc = (o) => row(RT_SRC, +o.id >> 1)
const RT_PAGES = ['https://www.airedalekitchens.co.uk/', 'https://www.airedalekitchens.co.uk/kitchens/shaker', 'https://www.airedalekitchens.co.uk/bathrooms', 'https://www.airedalekitchens.co.uk/visit-our-showroom', 'https://www.airedalekitchens.co.uk/offers/spring-sale']
const RT_STATUS = [['Answered', 1], ['Answered', 1], ['Missed', 0], ['Answered', 1], ['Voicemail', 0], ['Answered', 1], ['Engaged', 0]]
const rtStatus = (o) => row(RT_STATUS, +o.id)
const rtSecs = (o) => (rtStatus(o)[1] ? 40 + (+o.id % 700) : 0)
const UK_AREA = [['0113', 'Leeds'], ['01274', 'Bradford'], ['01423', 'Harrogate'], ['01924', 'Wakefield'], ['07', 'Mobile'], ['07', 'Mobile'], ['01904', 'York']]
const ukArea = (c) => row(UK_AREA, +c.id)
const ukCaller = (c, r) => { const [code] = ukArea(c); return code === '07' ? loc(c, 'uk').mobile : code === '0113' ? `0113 ${v.int(r, 200, 499)} ${v.int(r, 1000, 9999)}` : `${code} ${v.int(r, 100000, 999999)}` }
const UA_DEV = [['Mobile', 'Safari', 'iOS'], ['Desktop', 'Chrome', 'Windows'], ['Mobile', 'Chrome', 'Android'], ['Desktop', 'Edge', 'Windows'], ['Tablet', 'Safari', 'iPadOS'], ['Desktop', 'Safari', 'macOS']]
const uad = (o) => row(UA_DEV, +o.id >> 2)

// ---------------------------------------------------------------- India contact centre (a Pune used-car marketplace)
const OZ_CAMP = [['Inbound_Buyers_020', 'Inbound', 'Buyer_Support'], ['Progressive_Sellers_Leads', 'Progressive', 'Seller_Outbound'], ['Inbound_Buyers_020', 'Inbound', 'Buyer_Support'], ['Preview_RC_Transfer', 'Preview', 'Docs_Team'], ['Manual_Dial', 'Manual', 'Seller_Outbound']]
const ozCamp = (o) => row(OZ_CAMP, +o.id >> 1)
const OZ_STATUS = [['Answered', 'answered', 'answered', 'Interested - Visit Booked'], ['Answered', 'answered', 'answered', 'Call Back Later'], ['NotAnswered', 'NotAnswered', 'answered', 'No Answer'], ['Answered', 'answered', 'answered', 'Not Interested'], ['NotAnswered', 'busy', 'answered', 'Busy'], ['Answered', 'answered', 'answered', 'Price Enquiry']]
const ozSt = (o) => row(OZ_STATUS, +o.id)
const ozAt = (o) => biz(o.at, 5.5, 9, 12)
const ozTalk = (o) => (ozSt(o)[0] === 'Answered' ? 35 + (+o.id % 540) : 0)
const OZ_AGENTS = ['priya.k', 'rahul_m', 'sneha.p', 'amit.j', 'farhan.s']
const OZ_CIRCLE = ['Maharashtra', 'Mumbai', 'Karnataka', 'Delhi', 'Telangana', 'Tamil Nadu', 'Gujarat']

// ---------------------------------------------------------------- US live chat (a Charlotte, NC credit union)
const VL_GROUP = ['Member Services', 'Loans', 'Member Services', 'Card Services', 'Mortgage']
const VL_AGENT = ['Tasha Green', 'Brandon Lee', 'Kayla Morris', 'Bot: Penny', 'Derrick Owens']
const VL_PAGE = [['https://www.piedmontfcu.org/loans/auto-loans', 'Auto Loans | Piedmont FCU'], ['https://www.piedmontfcu.org/', 'Home | Piedmont FCU'], ['https://www.piedmontfcu.org/cards/visa-platinum', 'Visa Platinum Card | Piedmont FCU'], ['https://online.piedmontfcu.org/login', 'Online Banking Login'], ['https://www.piedmontfcu.org/mortgage/rates', 'Mortgage Rates | Piedmont FCU']]
const VL_GEO = [['Charlotte', 'North Carolina'], ['Concord', 'North Carolina'], ['Rock Hill', 'South Carolina'], ['Gastonia', 'North Carolina'], ['Huntersville', 'North Carolina'], ['Fort Mill', 'South Carolina']]

// ---------------------------------------------------------------- US webinar (a Denver real-estate coaching company)
const WN_WEBINARS = [['How to Buy Your First Rental Property (Even With a Day Job)', 'first-rental-property'], ['The BRRRR Method Masterclass', 'brrrr-masterclass'], ['How to Buy Your First Rental Property (Even With a Day Job)', 'first-rental-property']]
const wnWeb = (o) => row(WN_WEBINARS, +o.id >> 2)
// the session: 6 pm Mountain, five days after registering; joined a few minutes either side
const wnSession = (o) => { const p = mt(o.at + 5 * day); return Date.UTC(p.y, p.m - 1, p.d, 18, 0, 0) + (dst(o.at + 5 * day) ? 6 : 7) * 3600000 }
const WN_UTM = [['facebook', 'paid', 'fb_rental_webinar_q2'], ['', '', ''], ['youtube', 'video', 'yt_brrrr_promo'], ['newsletter', 'email', 'weekly_0412'], ['google', 'cpc', 'rental_property_webinar']]
const wnUtm = (o) => row(WN_UTM, +o.id >> 1)
const wnAttend = (o) => row(['live', 'live', 'none', 'replay', 'none', 'live'], +o.id)

// ---------------------------------------------------------------- Canadian mobile app (a Toronto grocery-delivery app)
const TL_EVENTS = [['app_open', ''], ['product_viewed', ''], ['add_to_cart', ''], ['checkout_started', ''], ['order_placed', 'v'], ['search', ''], ['order_placed', 'v']]
const tlEv = (o) => row(TL_EVENTS, +o.id)
const TL_DEV = [['iOS', '17.4.1', 'iPhone14,7', 'Apple'], ['Android', '14', 'SM-S911W', 'samsung'], ['iOS', '16.7.6', 'iPhone12,1', 'Apple'], ['Android', '13', 'Pixel 7', 'Google'], ['Android', '14', 'moto g stylus 5G', 'motorola']]
const tlDev = (o) => row(TL_DEV, +o.id >> 1)
const TL_EXP = [['Checkout Button Colour', 'Variation 1'], ['Checkout Button Colour', 'baseline'], ['Free Delivery Banner', 'Variation 2'], ['', '']]
const tlExp = (o) => row(TL_EXP, +o.id >> 2)

// ---------------------------------------------------------------- US review and NPS feedback (an Ohio HVAC and plumbing company)
const GU_LOCS = ['Columbus - Westerville', 'Columbus - Grove City', 'Dayton']
const GU_STATUS = [['Review Received', 10], ['Rating Received', 9], ['Feedback Received', 6], ['Request Sent', -1], ['Review Received', 9], ['Unsubscribed', -1], ['Feedback Received', 3], ['Rating Received', 8]]
const guSt = (o) => row(GU_STATUS, +o.id)
const GU_TEXT = { 10: 'Mike was on time, explained everything and had our furnace running in an hour. Highly recommend!', 9: 'Great service, fair price.', 8: '', 6: 'Technician was nice but we waited 3 hours past the window.', 3: 'Charged for a part that was under warranty. Still waiting on a call back.' }

// ---------------------------------------------------------------- US SMS subscribers (a Seattle-area pizza chain)
const TT_CARRIERS = ['Verizon Wireless', 'T-Mobile', 'AT&T', 'T-Mobile', 'Verizon Wireless', 'US Cellular']
const TT_STATUS = ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'subscribed', 'cleaned']
const WA = [['Seattle', '98103'], ['Bellevue', '98004'], ['Tacoma', '98402'], ['Redmond', '98052'], ['Everett', '98201'], ['Kirkland', '98033']]

// ---------------------------------------------------------------- B2B
// name, domain, industry, size, street, city, postal code, province, phone
const CA_FIRMS = [['Northwind Dental Group', 'northwinddental.ca', 'Hospital & Health Care', '51-200', '2200 Yonge St, Suite 1500', 'Toronto', 'M4S 2C6', 'ON', '(416) 555-0142'], ['Lakeshore Logistics Inc.', 'lakeshorelogistics.com', 'Transportation/Trucking/Railroad', '201-500', '6705 Millcreek Dr', 'Mississauga', 'L5N 5M4', 'ON', '(905) 555-0187'], ['Maple Ridge Builders Ltd.', 'mapleridgebuilders.ca', 'Construction', '11-50', '40 Holly St, Unit 3', 'Markham', 'L3R 9Z2', 'ON', '(905) 555-0121'], ['Harbourfront Legal LLP', 'harbourfrontlegal.ca', 'Law Practice', '51-200', '181 Bay St, Suite 2100', 'Toronto', 'M5J 2T3', 'ON', '(416) 555-0163'], ['Boreal Foods Co.', 'borealfoods.ca', 'Food Production', '201-500', '1150 Morrison Dr', 'Ottawa', 'K2H 8S9', 'ON', '(613) 555-0110'], ['Summit Wealth Partners', 'summitwealth.ca', 'Financial Services', '11-50', '885 W Georgia St, Suite 900', 'Vancouver', 'V6C 3E8', 'BC', '(604) 555-0175']]
const caFirm = (c) => row(CA_FIRMS, +c.id >> 1)
const CA_TITLES = ['Office Manager', 'Director of Operations', 'IT Manager', 'CFO', 'Managing Partner', 'Controller']
const US_STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }
const PDL_IND = ['hospital & health care', 'computer software', 'retail', 'financial services', 'logistics and supply chain', 'higher education']
const PDL_ROLE = [['human_resources', 'director'], ['operations', 'manager'], ['finance', 'vp'], ['human_resources', 'manager'], ['people', 'cxo']]
const PDL_TITLES = ['director of human resources', 'operations manager', 'vp finance', 'hr business partner', 'chief people officer']
const VS_RESULTS = ['Appointment Set', 'No Answer', 'Left Message', 'Not Interested', 'Call Back', 'Bad Number', '']
const TX = [['Dallas', '75201'], ['Plano', '75024'], ['Frisco', '75034'], ['Fort Worth', '76102'], ['Arlington', '76010'], ['McKinney', '75070']]

export const SETS = [
  // ---------------------------------------------------------------- E: UK call tracking
  { name: 'responsetap-calls-report-export', product: 'ResponseTap (UK call tracking: Reports > Calls > Export CSV, one row per tracked call with the caller\'s website session, a Leeds kitchen and bathroom showroom, UK time)', family: 'call-tracking', language: 'en', schema: E, cols: [
    ['Call ID', (c, o, r) => String(v.int(r, 300000000, 399999999)), ['_id']],
    ['Call Start', (c, o) => { const p = ukt(ukBiz(o.at)); return `${dmy(p)} ${hms(p)}` }, ['timestamp']],
    ['Caller Number', (c, o, r) => ukCaller(c, r), PHONE_ID, opt],
    ['Caller Area', (c) => ukArea(c)[1], [GEO('city')], opt],
    ['Tracking Number', (c, o) => `0113 ${row(['320', '320', '521', '496'], +o.id >> 1)} ${row(['4471', '4472', '0098', '7310'], +o.id >> 1)}`, []],
    ['Number Pool', (c, o) => (rtSrc(o)[1] === 'cpc' ? 'PPC Pool' : 'Website Pool'), []],
    ['Destination Number', (c, o) => (+o.id % 3 ? '0113 287 5500' : '0113 287 5512'), []],
    ['Call Status', (c, o) => rtStatus(o)[0], [], opt],
    ['Ring Time (secs)', (c, o) => String(3 + (+o.id % 22)), []],
    ['Call Duration (secs)', (c, o) => String(rtSecs(o)), ['environment.duration'], opt],
    ['Source', (c, o) => rtSrc(o)[0], [], opt],
    ['Medium', (c, o) => rtSrc(o)[1], [], opt],
    ['Campaign', (c, o) => rtSrc(o)[2], ['marketing.campaignName'], opt],
    ['Ad Group', (c, o) => rtSrc(o)[4], ['marketing.campaignGroup'], opt],
    ['Keyword', (c, o) => rtSrc(o)[3], [], opt],
    ['GCLID', (c, o, r) => (rtSrc(o)[0] === 'google' && rtSrc(o)[1] === 'cpc' ? `EAIaIQobChMI${v.alnum(r, 30)}` : ''), ['marketing.trackingCode'], opt],
    ['Landing Page', (c, o) => row(RT_PAGES, +o.id >> 2), ['web.webPageDetails.URL'], opt],
    ['Page Of Call', (c, o) => row(RT_PAGES, +o.id), ['web.webPageDetails.URL']],
    ['Referrer', (c, o) => ({ google: 'https://www.google.co.uk/', bing: 'https://www.bing.com/', facebook: 'https://m.facebook.com/', 'houzz.co.uk': 'https://www.houzz.co.uk/professionals/kitchen-fitters/leeds' })[rtSrc(o)[0]] ?? '', ['web.webReferrer.URL']],
    ['Device Type', (c, o) => uad(o)[0], ['device.type'], opt],
    ['Browser', (c, o) => uad(o)[1], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => uad(o)[2], ['environment.operatingSystem']],
    ['Visitor ID', (c, o, r) => `${v.int(r, 1000000000, 1999999999)}.${Math.floor((ukBiz(o.at) - (+o.id % 20) * day) / 1000)}`, ['identityMap{}[0].id'], opt],
    ['Visits Before Call', (c, o) => String(1 + (+o.id % 6)), []],
    ['Outcome', (c, o) => (rtStatus(o)[1] ? row(['Showroom Appointment', 'Brochure Request', 'Existing Customer', 'Quote Requested', ''], +o.id >> 1) : ''), [], opt],
    ['Outcome Value (£)', (c, o) => (rtStatus(o)[1] && +o.id % 5 === 3 ? thou(4000 + (+o.id % 60) * 150) : ''), [OR('priceTotal')], opt],
    ['Recording', (c, o, r) => (rtStatus(o)[1] ? `https://dashboard.responsetap.com/recordings/${v.hex(r, 32)}.mp3` : ''), []],
  ] },
  // ---------------------------------------------------------------- E: India dialer call detail report
  { name: 'ozonetel-cloudagent-call-details-report', product: 'Ozonetel CloudAgent (Reports > Call Details > Download, the CDR dump with its spaced headers, a Pune used-car marketplace\'s buyer and seller desks, IST)', family: 'call-tracking', language: 'en', schema: E, cols: [
    ['UCID', (c, o, r) => `${v.int(r, 1, 9)}${v.int(r, 100, 999)}${Math.floor(ozAt(o) / 1000)}`, ['_id']],
    ['UUI', (c, o) => (ozCamp(o)[1] === 'Inbound' ? '' : `LD${1000000 + (+c.id % 900000)}`), CUST_ID, opt],
    ['Campaign Name', (c, o) => ozCamp(o)[0], ['marketing.campaignName'], opt],
    ['Location', (c) => row(OZ_CIRCLE, +c.id), [GEO('stateProvince'), GEO('city')], opt],
    ['Caller Id', (c) => `0${loc(c, 'in').mobile}`, PHONE_ID, opt],
    ['Skill', (c, o) => ozCamp(o)[2], []],
    ['Call Date', (c, o) => ymd(ist(ozAt(o))), [], opt],
    ['Start Time', (c, o) => { const p = ist(ozAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Time to Answer', (c, o) => dur(ozSt(o)[0] === 'Answered' ? 4 + (+o.id % 25) : 0), []],
    ['End Time', (c, o) => { const p = ist(ozAt(o) + (ozTalk(o) + 30) * 1000); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['TalkTime', (c, o) => dur(ozTalk(o)), [], opt],
    ['Duration', (c, o) => dur(ozTalk(o) + 30), ['environment.duration'], opt],
    ['Customer Ring Time', (c, o) => dur(3 + (+o.id % 27)), []],
    ['FallBack Rule', (c, o) => (ozCamp(o)[1] === 'Inbound' ? 'AgentDial' : ''), []],
    ['Dialed Number', (c, o) => (ozCamp(o)[1] === 'Inbound' ? '08047188020' : `0${loc(c, 'in').mobile}`), []],
    ['Type', (c, o) => ozCamp(o)[1], [], opt],
    ['Agent', (c, o) => row(OZ_AGENTS, +o.id >> 2), []],
    ['Disposition', (c, o) => ozSt(o)[3], [], opt],
    ['Status', (c, o) => ozSt(o)[0], [], opt],
    ['Hangup By', (c, o) => (ozSt(o)[0] === 'Answered' ? row(['UserHangup', 'AgentHangup'], +o.id) : 'System'), []],
    ['Transfer', (c, o) => (+o.id % 9 === 0 ? 'Yes' : 'No'), []],
    ['Transferred To', (c, o) => (+o.id % 9 === 0 ? 'Docs_Team' : ''), []],
    ['Comments', (c, o) => row(['', 'Wants Swift Dzire 2019 under 5.5L', 'Call after 6 pm', '', 'Asked for RC transfer status'], +o.id >> 1), []],
    ['DialStatus', (c, o) => ozSt(o)[1], []],
    ['CustomerStatus', (c, o) => ozSt(o)[1], []],
    ['AgentStatus', (c, o) => ozSt(o)[2], []],
    ['Wrapup Time', (c, o) => dur(ozSt(o)[0] === 'Answered' ? 10 + (+o.id % 50) : 0), []],
    ['Rating', (c, o) => (ozSt(o)[0] === 'Answered' && +o.id % 3 === 0 ? String(3 + (+o.id % 3)) : '0'), []],
    ['Audio Download', (c, o, r) => (ozSt(o)[0] === 'Answered' ? `https://s3.ap-south-1.amazonaws.com/recordings.kookoo.in/cardekho_pune/${v.hex(r, 16)}.mp3` : ''), []],
  ] },
  // ---------------------------------------------------------------- E: US live chat history
  { name: 'velaro-chat-history-export', product: 'Velaro (live chat: Reports > Engagement History > Export to CSV, one row per chat engagement with visitor details, a Charlotte, NC credit union, US Eastern)', family: 'support', language: 'en', schema: E, cols: [
    ['Engagement ID', (c, o, r) => String(v.int(r, 180000000, 189999999)), ['_id']],
    ['Start Time', (c, o) => { const p = et(o.at); return `${mdyShort(p)} ${h12(p, true)}` }, ['timestamp']],
    ['End Time', (c, o) => { const p = et(o.at + (90 + (+o.id % 900)) * 1000); return `${mdyShort(p)} ${h12(p, true)}` }, [], opt],
    ['Duration', (c, o) => dur(90 + (+o.id % 900)), ['environment.duration'], opt],
    ['Queue Time', (c, o) => dur(+o.id % 140), []],
    ['Channel', (c, o) => row(['Web Chat', 'Web Chat', 'SMS', 'Web Chat', 'Facebook Messenger'], +o.id >> 2), [], opt],
    ['Group', (c, o) => row(VL_GROUP, +o.id), []],
    ['Agent', (c, o) => row(VL_AGENT, +o.id >> 1), []],
    ['Visitor Name', (c) => c.full, []],
    ['Visitor Email', (c, o) => (+o.id % 4 ? c.email : ''), EMAIL_ID, opt],
    ['Visitor Phone', (c, o) => (+o.id % 3 === 0 ? usDash(c.mobile) : ''), PHONE_ID, opt],
    ['Member Number', (c, o) => (+o.id % 5 < 2 ? String(400000 + (+c.id % 500000)) : ''), CUST_ID, opt],
    ['Visitor ID', (c, o, r) => v.uuid(r), ['identityMap{}[0].id'], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['Browser', (c, o) => uad(o)[1], ['environment.browserDetails.name']],
    ['Operating System', (c, o) => uad(o)[2], ['environment.operatingSystem']],
    ['City', (c, o) => row(VL_GEO, +o.id >> 1)[0], [GEO('city')]],
    ['Region', (c, o) => row(VL_GEO, +o.id >> 1)[1], [GEO('stateProvince')]],
    ['Country', () => 'United States', [GEO('countryCode')], opt],
    ['Chat Page', (c, o) => row(VL_PAGE, +o.id)[0], ['web.webPageDetails.URL']],
    ['Chat Page Title', (c, o) => row(VL_PAGE, +o.id)[1], ['web.webPageDetails.name']],
    ['Referrer', (c, o) => row(['https://www.google.com/', '', 'https://www.bing.com/', 'https://www.piedmontfcu.org/rates'], +o.id >> 1), ['web.webReferrer.URL']],
    ['Pre-Chat: How can we help?', (c, o) => row(['Auto loan rates', 'Reset online banking password', 'Dispute a card charge', 'Mortgage pre-approval', 'Question about my account'], +o.id), []],
    ['Wrap-Up Code', (c, o) => row(['Loan Inquiry', 'Password Reset', 'Card Dispute', 'Referred to Branch', 'Resolved'], +o.id), [], opt],
    ['Post-Chat Rating', (c, o) => (+o.id % 3 ? String(3 + (+o.id % 3)) : ''), []],
    ['Messages', (c, o) => String(4 + (+o.id % 30)), []],
    ['Missed', (c, o) => (+o.id % 13 === 0 ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- E: US webinar registrants and attendance
  { name: 'webinarninja-registrants-attendance-export', product: 'WebinarNinja (Webinar > Registrants > Export CSV with attendance columns, a Denver real-estate investing coach\'s live and replay webinars, US Mountain time)', family: 'events', language: 'en', schema: E, cols: [
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID, opt],
    ['Phone', (c, o) => (+o.id % 3 ? usParen(c.mobile) : ''), PHONE_ID, opt],
    ['Webinar', (c, o) => wnWeb(o)[0], ['marketing.campaignName'], opt],
    ['Session', (c, o) => `${mdy(mt(wnSession(o)))} 06:00 PM ${dst(wnSession(o)) ? 'MDT' : 'MST'}`, [], opt],
    ['Registered At', (c, o) => { const p = mt(o.at); return `${mdy(p)} ${h12(p)}` }, ['timestamp']],
    ['Attended', (c, o) => (wnAttend(o) === 'none' ? 'No' : 'Yes'), []],
    ['Attended Live', (c, o) => (wnAttend(o) === 'live' ? 'Yes' : 'No'), []],
    ['Watched Replay', (c, o) => (wnAttend(o) === 'replay' ? 'Yes' : 'No'), []],
    ['Joined At', (c, o) => (wnAttend(o) === 'none' ? '' : (() => { const p = mt(wnSession(o) + ((+o.id % 20) - 4) * 60000 + (wnAttend(o) === 'replay' ? (26 + (+o.id % 40)) * 3600000 : 0)); return `${mdy(p)} ${h12(p)}` })()), [], opt],
    ['Time Watched (minutes)', (c, o) => (wnAttend(o) === 'none' ? '0' : String(4 + (+o.id % 85))), ['environment.duration'], opt],
    ['Questions Asked', (c, o) => String(wnAttend(o) === 'live' ? +o.id % 3 : 0), []],
    ['Offer Clicked', (c, o) => (wnAttend(o) !== 'none' && +o.id % 4 === 0 ? 'Yes' : 'No'), []],
    ['How many rental properties do you own?', (c, o) => row(['0', '1-2', '0', '3-5', '6+'], +o.id), []],
    ['City', (c) => c.city, [GEO('city')], opt],
    ['Country', () => 'United States', [GEO('countryCode')], opt],
    ['Time Zone', (c) => ({ NY: 'America/New_York', MA: 'America/New_York', TX: 'America/Chicago', IL: 'America/Chicago', CO: 'America/Denver', WA: 'America/Los_Angeles', OR: 'America/Los_Angeles' })[c.region] ?? 'America/Denver', ['placeContext.ianaTimezone'], opt],
    ['IP Address', (c, o, r) => v.ip4(r), ['environment.ipV4']],
    ['utm_source', (c, o) => wnUtm(o)[0], [], opt],
    ['utm_medium', (c, o) => wnUtm(o)[1], [], opt],
    ['utm_campaign', (c, o) => wnUtm(o)[2], ['marketing.campaignName'], opt],
    ['Registration Page', (c, o) => `https://webinarninja.com/webinar/${wnWeb(o)[1]}/registration`, ['web.webPageDetails.URL'], opt],
  ] },
  // ---------------------------------------------------------------- E: Canadian mobile-app raw events
  { name: 'taplytics-raw-events-export', product: 'Taplytics (Toronto mobile A/B testing and analytics: Data Export > Raw Events CSV, snake_case keys, a Toronto grocery-delivery app, epoch milliseconds)', family: 'analytics', language: 'en', schema: E, cols: [
    ['event_id', (c, o, r) => v.hex(r, 24), ['_id']],
    ['event_name', (c, o) => tlEv(o)[0], ['eventType'], opt],
    ['event_value', (c, o) => (tlEv(o)[1] ? money(o.total * 1.35) : ''), [OR('priceTotal')], opt],
    ['event_time', (c, o) => String(o.at + (+o.id % 1000)), ['timestamp']],
    ['session_id', (c, o, r) => v.hex(r, 24), []],
    ['user_id', (c, o) => (+o.id % 3 ? `cust_${c.id}` : ''), CUST_ID, opt],
    ['taplytics_user_id', (c, o, r) => v.hex(r, 24), ['identityMap{}[0].id'], opt],
    ['device_id', (c, o, r) => (tlDev(o)[0] === 'iOS' ? v.uuid(r).toUpperCase() : v.hex(r, 16)), ['device.typeID'], opt],
    ['platform', (c, o) => tlDev(o)[0], ['environment.operatingSystem']],
    ['os_version', (c, o) => tlDev(o)[1], ['environment.operatingSystemVersion']],
    ['device_model', (c, o) => tlDev(o)[2], ['device.model']],
    ['device_manufacturer', (c, o) => tlDev(o)[3], ['device.manufacturer']],
    ['app_version', (c, o) => row(['5.12.0', '5.12.1', '5.13.0'], +o.id), []],
    ['app_build', (c, o) => row(['51200', '51201', '51300'], +o.id), []],
    ['sdk_version', (c, o) => (tlDev(o)[0] === 'iOS' ? '4.1.2' : '3.12.4'), []],
    ['screen_name', (c, o) => row(['HomeScreen', 'ProductDetail', 'Cart', 'Checkout', 'OrderConfirmation', 'SearchResults', 'OrderConfirmation'], +o.id), ['environment.viewedScreen'], opt],
    ['push_enabled', (c, o) => (+o.id % 3 ? 'true' : 'false'), ['device.isPushOptIn'], opt],
    ['country', () => 'CA', [GEO('countryCode')]],
    ['region', (c) => loc(c, 'ca').region, [GEO('stateProvince')]],
    ['city', (c) => loc(c, 'ca').city, [GEO('city')]],
    ['language', (c, o) => row(['en', 'en', 'fr', 'en', 'zh'], +o.id), ['environment._dc.language'], opt],
    ['carrier', (c, o) => row(['Rogers', 'Bell', 'TELUS', 'Freedom Mobile', '', 'Fido'], +o.id), ['environment.carrier']],
    ['connection_type', (c, o) => row(['wifi', 'cellular', 'wifi'], +o.id >> 1), ['environment.connectionType'], opt],
    ['experiment_name', (c, o) => tlExp(o)[0], [], opt],
    ['variation_name', (c, o) => tlExp(o)[1], [], opt],
    ['user_attributes.customer_tier', (c, o) => (+o.id % 3 ? row(['Regular', 'PC Plus', 'Delivery Pass'], +c.id) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- E: US review and NPS feedback
  { name: 'gatherup-customer-feedback-export', product: 'GatherUp (review and NPS platform: Customers > Feedback > Export CSV, one row per feedback request, an Ohio HVAC and plumbing company with three locations, US Eastern)', family: 'reviews', language: 'en', schema: E, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 40000000, 49999999)), ['_id', ...CUST_ID], opt],
    ['Business', (c, o) => row(GU_LOCS, +o.id >> 1), ['commerce.commerceScope.storeCode'], opt],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c, o) => (+o.id % 5 === 4 ? '' : c.email), EMAIL_ID, opt],
    ['Phone', (c, o) => (+o.id % 2 ? `+1${usBare(c.mobile)}` : ''), PHONE_ID, opt],
    ['Customer Custom ID', (c) => `ST-${200000 + (+c.id % 700000)}`, CUST_ID, opt],
    ['Job Number', (c, o) => `J${o.id}${+o.id % 7}`, [OR('purchaseID')], opt],
    ['Request Sent', (c, o) => { const p = et(etBiz(o.at)); return `${mdy(p)} ${h12(p)}` }, [], opt],
    ['Request Method', (c, o) => row(['Email', 'SMS', 'Email & SMS'], +o.id >> 1), []],
    ['Status', (c, o) => guSt(o)[0], [], opt],
    ['Feedback Date', (c, o) => (guSt(o)[1] < 0 ? '' : (() => { const p = et(etBiz(o.at) + (3 + (+o.id % 40)) * 3600000 + (+o.id % 3000) * 1000); return `${mdy(p)} ${h12(p)}` })()), ['timestamp']],
    ['NPS Score', (c, o) => (guSt(o)[1] < 0 ? '' : String(guSt(o)[1])), []],
    ['Star Rating', (c, o) => (guSt(o)[1] < 0 ? '' : String(Math.max(1, Math.round(guSt(o)[1] / 2)))), []],
    ['Feedback', (c, o) => (guSt(o)[1] < 0 ? '' : GU_TEXT[guSt(o)[1]] ?? ''), []],
    ['Publish as Testimonial', (c, o) => (guSt(o)[1] >= 9 ? 'Yes' : 'No'), []],
    ['Review Site Clicked', (c, o) => (guSt(o)[0] === 'Review Received' ? row(['Google', 'Facebook', 'Google', 'Angi'], +o.id >> 1) : ''), []],
    ['Technician', (c, o) => row(['Mike R.', 'Dave S.', 'Luis M.', 'Kevin T.'], +o.id >> 2), []],
    ['Service Type', (c, o) => row(['Furnace Repair', 'AC Tune-Up', 'Water Heater Install', 'Drain Cleaning'], +o.id), [], opt],
    ['Source', (c, o) => row(['ServiceTitan', 'ServiceTitan', 'Manual', 'CSV Import'], +o.id >> 1), []],
    ['Unsubscribed', (c, o) => (guSt(o)[0] === 'Unsubscribed' ? 'Yes' : 'No'), []],
    ['Follow Up Requested', (c, o) => (guSt(o)[1] >= 0 && guSt(o)[1] <= 6 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- P: Singapore loyalty members
  { name: 'perx-loyalty-members-export', product: 'Perx (Singapore loyalty and engagement platform: Dashboard > Customers > Export, one row per member with tier and points, a Singapore bubble-tea chain, SGT)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Perx ID', (c) => String(1200000 + +c.id), ['_id', 'personID'], opt],
    ['Identifier', (c) => `TEA${pad(+c.id % 10000000, 7)}`, ['loyalty.loyaltyID[0]', '_id', 'personID']],
    ['First Name', (c) => loc(c, 'sg').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'sg').last, ['person.name.lastName']],
    ['Email', (c, o) => (+o.id % 6 ? loc(c, 'sg').email : ''), ['personalEmail.address']],
    ['Phone Number', (c) => loc(c, 'sg').mobile, ['mobilePhone.number']],
    ['Gender', (c) => (loc(c, 'sg').female ? 'Female' : 'Male'), ['person.gender']],
    ['Birthday', (c, o) => (+o.id % 4 ? dmy(utc(c.birth)) : ''), ['person.birthDate']],
    ['Nationality', (c, o) => row(['Singaporean', 'Singaporean', 'Singapore PR', 'Malaysian', 'Singaporean', 'Others'], +o.id), ['person.nationality'], opt],
    ['Postal Code', (c, o) => (+o.id % 3 ? loc(c, 'sg').zip : ''), at(HOME, 'postalCode')],
    ['Address', (c, o) => (+o.id % 3 === 1 ? loc(c, 'sg').street : ''), at(HOME, 'street1')],
    ['Tier', (c, o) => row(['Pearl', 'Pearl', 'Gold', 'Pearl', 'Diamond'], +o.id), ['loyalty.tier']],
    ['Tier Expiry Date', (c, o) => dmy(sgt(later(c, 300) + 365 * day)), ['loyalty.tierExpiryDate']],
    ['Points Balance', (c, o) => String(+o.id % 480), ['loyalty.points']],
    ['Lifetime Points Earned', (c, o) => String((+o.id % 480) + (+o.id % 3000) + (+o.id % 200)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c, o) => String(+o.id % 3000), ['loyalty.pointsRedeemed']],
    ['Points Expiring', (c, o) => String(+o.id % 120), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Points Expiry Date', (c, o) => dmy(sgt(later(c, 200) + 180 * day)), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Total Spend (SGD)', (c, o) => thou(18 + (+o.id % 1900) * 1.7), ['loyalty.lifetimePurchases'], opt],
    ['Joined Date', (c) => { const p = sgt(c.created); return `${dmy(p)} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Last Transaction Date', (c) => dmy(sgt(later(c))), [], opt],
    ['Favourite Outlet', (c, o) => row(['Tampines Mall', 'AMK Hub', 'Jurong Point', 'Causeway Point', 'Bedok Mall'], +o.id >> 1), []],
    ['Referral Code', (c, o, r) => v.alnum(r, 8).toUpperCase(), []],
    ['Status', (c, o) => (+o.id % 11 === 0 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
    ['Marketing Consent', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['PDPA Consent', () => 'Yes', [], opt],
  ] },
  // ---------------------------------------------------------------- P: US SMS marketing subscribers
  { name: 'tatango-list-subscribers-export', product: 'Tatango (US SMS marketing: List > Subscribers > Export CSV, one row per phone number with status, carrier, opt-in data and custom fields, a Seattle-area pizza chain)', family: 'sms', language: 'en', schema: P, cols: [
    ['phone_number', (c) => usBare(c.mobile).replace(/^\d{3}/, row(['206', '425', '253', '360'], +c.id)), ['mobilePhone.number']],
    ['status', (c, o) => row(TT_STATUS, +o.id), ['mobilePhone.status'], opt],
    ['carrier', (c, o) => row(TT_CARRIERS, +o.id >> 1), []],
    ['opted_in_at', (c) => pac(c.created), [], opt],
    ['opted_out_at', (c, o) => (row(TT_STATUS, +o.id) === 'unsubscribed' ? pac(later(c)) : ''), [], opt],
    ['opt_in_method', (c, o) => row(['keyword', 'web_form', 'keyword', 'import', 'api'], +o.id >> 1), []],
    ['keyword', (c, o) => (row(['keyword', 'web_form', 'keyword', 'import', 'api'], +o.id >> 1) === 'keyword' ? row(['PIZZA', 'SLICE', 'PIZZA'], +o.id) : ''), []],
    ['first_name', (c, o) => (+o.id % 4 ? c.first : ''), ['person.name.firstName']],
    ['last_name', (c, o) => (+o.id % 4 > 1 ? c.last : ''), ['person.name.lastName']],
    ['email', (c, o) => (+o.id % 3 ? c.email : ''), ['personalEmail.address']],
    ['zip_code', (c) => row(WA, +c.id)[1], at(HOME, 'postalCode')],
    ['city', (c) => row(WA, +c.id)[0], at(HOME, 'city'), opt],
    ['state', () => 'WA', STATE(HOME), opt],
    ['birthday', (c, o) => (+o.id % 5 < 3 ? `${pad(utc(c.birth).m)}/${pad(utc(c.birth).d)}` : ''), ['person.birthDayAndMonth']],
    ['favorite_location', (c, o) => row(['Ballard', 'Capitol Hill', 'Bellevue Square', 'Tacoma 6th Ave', ''], +o.id), []],
    ['tags', (c, o) => row(['', 'vip', 'catering', '', 'vip,game-day'], +o.id), []],
    ['messages_received', (c, o) => String(+o.id % 140), []],
    ['last_message_sent_at', (c) => pac(later(c, 60)), [], opt],
    ['clicks', (c, o) => String(+o.id % 12), []],
    ['list_name', () => 'Pagliacci Text Club', []],
  ] },
  // ---------------------------------------------------------------- P: Australian ticket buyers
  { name: 'oztix-customer-data-export', product: 'Oztix (Australian ticketing: Event Reports > Customer Data > Export CSV, one row per ticket buyer with opt-ins, a Brisbane live-music venue, AEST)', family: 'events', language: 'en', schema: P, cols: [
    ['Order Number', (c, o) => `OZ${o.id}${+o.id % 9}`, [], opt],
    ['Order Date', (c, o) => { const p = aest(o.at); return `${dmy(p)} ${h12(p)}` }, [], opt],
    ['Event', (c, o) => row(['Ball Park Music – Weirder & Weirder Tour', 'The Jungle Giants', 'Thelma Plum (18+)', 'Comedy Night: Tom Walker'], +o.id >> 2), []],
    ['Event Date', (c, o) => dmy(aest(o.at + 21 * day)), []],
    ['Ticket Type', (c, o) => row(['General Admission', 'GA + Merch Bundle', 'Mezzanine Seated', 'General Admission'], +o.id), []],
    ['Quantity', (c, o) => String(o.qty), []],
    ['Order Total', (c, o) => `$${money(o.qty * 59.9 + 5.6)}`, [], opt],
    ['First Name', (c) => loc(c, 'au').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'au').last, ['person.name.lastName']],
    ['Email', (c) => loc(c, 'au').email, ['personalEmail.address']],
    ['Mobile', (c) => loc(c, 'au').mobile, ['mobilePhone.number']],
    ['Address', (c, o) => (+o.id % 4 ? '' : loc(c, 'au').street), at(HOME, 'street1')],
    ['Suburb', (c) => loc(c, 'au').city, at(HOME, 'city')],
    ['State', (c) => loc(c, 'au').region, STATE(HOME)],
    ['Postcode', (c) => loc(c, 'au').zip, at(HOME, 'postalCode')],
    ['Country', () => 'Australia', at(HOME, 'country')],
    ['Date of Birth', (c, o) => (+o.id % 3 ? dmy(utc(c.birth)) : ''), ['person.birthDate']],
    ['Gender', (c, o) => (+o.id % 5 === 0 ? '' : loc(c, 'au').female ? 'Female' : 'Male'), ['person.gender']],
    ['Opt In - Venue', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Opt In - Promoter', (c, o) => (+o.id % 3 ? 'Yes' : 'No'), [], opt],
    ['Opt In - Oztix', (c, o) => (+o.id % 4 ? 'No' : 'Yes'), [], opt],
    ['Sales Channel', (c, o) => row(['Online', 'Online', 'Mobile App', 'Box Office'], +o.id >> 1), []],
    ['Referrer', (c, o) => row(['', 'facebook.com', 'triplej.net.au', ''], +o.id), []],
  ] },

  // ---------------------------------------------------------------- B: US person enrichment output
  { name: 'people-data-labs-bulk-person-enrichment', product: 'People Data Labs (bulk person enrichment: CSV output flattened from the person schema, lower-cased values, a US HR-software vendor enriching its webinar sign-ups)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['input_email', (c) => c.email, ['personalEmail.address'], opt],
    ['likelihood', (c, o) => String(6 + (+o.id % 5)), []],
    ['id', (c, o, r) => `${v.alnum(r, 22)}_0000`, B2BID, opt],
    ['full_name', (c) => c.full.toLowerCase(), ['person.name.fullName']],
    ['first_name', (c) => c.first.toLowerCase(), ['person.name.firstName']],
    ['last_name', (c) => c.last.toLowerCase(), ['person.name.lastName']],
    ['sex', (c, o) => (+o.id % 6 === 0 ? '' : c.female ? 'female' : 'male'), ['person.gender']],
    ['birth_year', (c, o) => (+o.id % 3 ? '' : String(utc(c.birth).y)), ['person.birthYear']],
    ['linkedin_url', (c) => `linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${+c.id % 997}`, []],
    ['work_email', (c, o) => (+o.id % 4 ? c.workEmail : ''), ['workEmail.address']],
    ['recommended_personal_email', (c) => c.email, ['personalEmail.address']],
    ['mobile_phone', (c, o) => (+o.id % 3 ? `+1${usBare(c.mobile)}` : ''), ['mobilePhone.number']],
    ['job_title', (c, o) => row(PDL_TITLES, +o.id), ['extendedWorkDetails.jobTitle']],
    ['job_title_role', (c, o) => row(PDL_ROLE, +o.id)[0], ['extendedWorkDetails.departments[0]'], opt],
    ['job_title_levels', (c, o) => `["${row(PDL_ROLE, +o.id)[1]}"]`, []],
    ['job_company_name', (c) => c.company.toLowerCase(), CO],
    ['job_company_website', (c) => `${slug(c.company).slice(0, 10)}.com`, ['b2b.companyWebsite']],
    ['job_company_size', (c, o) => row(['51-200', '201-500', '1001-5000', '11-50'], +o.id), []],
    ['job_company_industry', (c, o) => row(PDL_IND, +o.id), []],
    ['job_company_location_locality', (c, o) => row(['austin', 'chicago', 'boston', 'denver'], +o.id >> 1), [W('city')], opt],
    ['job_company_location_region', (c, o) => row(['texas', 'illinois', 'massachusetts', 'colorado'], +o.id >> 1), STATE(['workAddress']), opt],
    ['job_start_date', (c, o) => `${2015 + (+o.id % 9)}-${pad(1 + (+o.id % 12))}`, [], opt],
    ['location_locality', (c) => c.city.toLowerCase(), at(WH, 'city'), opt],
    ['location_region', (c) => (US_STATES[c.region] ?? c.region).toLowerCase(), STATE(WH), opt],
    ['location_country', () => 'united states', at(WH, 'country'), opt],
    ['location_postal_code', (c, o) => (+o.id % 2 ? c.postcode : ''), at(WH, 'postalCode'), opt],
    ['industry', (c, o) => row(PDL_IND, +o.id), []],
    ['dataset_version', () => '27.2', []],
  ] },
  // ---------------------------------------------------------------- B: Canadian website-visitor identification
  { name: 'visitor-queue-leads-export', product: 'Visitor Queue (Canadian website-visitor identification: Leads > Export CSV, one row per identified company and suggested contact, a Toronto managed-IT-services provider)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Company Name', (c) => caFirm(c)[0], CO],
    ['Website', (c) => `https://${caFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => caFirm(c)[2], []],
    ['Employees', (c) => caFirm(c)[3], []],
    ['Company Phone', (c) => caFirm(c)[8], ['workPhone.number'], opt],
    ['Address', (c) => caFirm(c)[4], [W('street1')]],
    ['City', (c) => caFirm(c)[5], [W('city')]],
    ['Province/State', (c) => caFirm(c)[7], STATE(['workAddress'])],
    ['Postal Code', (c) => caFirm(c)[6], [W('postalCode')]],
    ['Country', () => 'Canada', [W('country')]],
    ['Company LinkedIn', (c) => `https://www.linkedin.com/company/${slug(caFirm(c)[0])}`, []],
    ['First Visit', (c) => { const p = et(c.created); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Visit', (c) => { const p = et(later(c, 90)); return `${ymd(p)} ${hms(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Total Visits', (c, o) => String(1 + (+o.id % 14)), []],
    ['Pages Viewed', (c, o) => row(['/managed-it-services, /pricing', '/cybersecurity', '/pricing, /contact-us', '/blog/microsoft-365-backup', '/co-managed-it'], +o.id), []],
    ['Referrer', (c, o) => row(['Google (organic)', 'Direct', 'LinkedIn', 'Google Ads', 'Clutch.co'], +o.id >> 1), ['b2b.personSource'], opt],
    ['Lead Score', (c, o) => String(10 + (+o.id % 90)), ['b2b.personScore'], opt],
    ['Contact First Name', (c) => loc(c, 'ca').first, ['person.name.firstName']],
    ['Contact Last Name', (c) => loc(c, 'ca').last, ['person.name.lastName']],
    ['Contact Job Title', (c, o) => row(CA_TITLES, +o.id), ['extendedWorkDetails.jobTitle']],
    ['Contact Email', (c) => `${slug(loc(c, 'ca').first)}.${slug(loc(c, 'ca').last)}@${caFirm(c)[1]}`, ['workEmail.address']],
    ['Contact Phone', (c, o) => (+o.id % 3 ? '' : `${caFirm(c)[8].slice(0, 5)} 555-${pad(1000 + (+c.id % 8999), 4)}`), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Contact LinkedIn', (c) => `https://www.linkedin.com/in/${slug(loc(c, 'ca').first)}${slug(loc(c, 'ca').last)}`, []],
    ['Tags', (c, o) => row(['Hot', '', 'Pricing Page', '', 'Existing Client'], +o.id), []],
    ['Assigned To', (c, o) => row(['Jordan Kim', 'Sam Patel', ''], +o.id), []],
  ] },
  // ---------------------------------------------------------------- B: US sales-dialer contacts
  { name: 'vanillasoft-contacts-export', product: 'VanillaSoft (sales engagement and queue-based dialer: Admin > Contacts > Export, one row per contact with call results, a Dallas commercial-solar installer\'s appointment-setting team, US Central)', family: 'sales-engagement', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => String(v.int(r, 20000000, 29999999)), B2BID],
    ['Company', (c) => c.company, CO],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Address 1', (c) => c.street, [W('street1')]],
    ['Address 2', (c, o) => (+o.id % 4 ? '' : `Suite ${100 + (+o.id % 700)}`), [W('street2')]],
    ['City', (c) => row(TX, +c.id)[0], [W('city')]],
    ['State', () => 'TX', STATE(['workAddress'])],
    ['Zip Code', (c) => row(TX, +c.id)[1], [W('postalCode')]],
    ['Country', () => 'USA', [W('country'), W('countryCode')], opt],
    ['Business Phone', (c) => usDash(c.phone).replace(/^\d{3}/, row(['214', '972', '469', '817'], +c.id)), ['workPhone.number']],
    ['Extension', (c, o) => (+o.id % 5 === 0 ? String(100 + (+o.id % 400)) : ''), ['workPhone.extension'], opt],
    ['Mobile Phone', (c, o) => (+o.id % 3 ? '' : usDash(c.mobile)), ['mobilePhone.number']],
    ['Home Phone', () => '', ['homePhone.number'], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address']],
    ['Web Site', (c) => `www.${slug(c.company).slice(0, 10)}.com`, ['b2b.companyWebsite']],
    ['Industry', (c, o) => row(['Warehousing', 'Manufacturing', 'Retail', 'Commercial Real Estate', 'Agriculture'], +o.id), []],
    ['Lead Source', (c, o) => row(['Web Lead', 'ZoomInfo List', 'Trade Show - Solar Power Texas', 'Referral'], +o.id >> 1), ['b2b.personSource'], opt],
    ['Lead Status', (c, o) => row(['New', 'Working', 'Appointment Set', 'Nurture', 'Dead'], +o.id), ['b2b.personStatus'], opt],
    ['Last Call Result', (c, o) => row(VS_RESULTS, +o.id), [], opt],
    ['Last Call Date', (c, o) => (row(VS_RESULTS, +o.id) ? (() => { const p = ct(ctBiz(later(c, 120))); return `${mdyShort(p)} ${h12(p)}` })() : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Call Attempts', (c, o) => String(+o.id % 9), []],
    ['Callback Date', (c, o) => (row(VS_RESULTS, +o.id) === 'Call Back' ? mdyShort(ct(ctBiz(later(c, 120)) + 7 * day)) : ''), []],
    ['Contact Owner', (c, o) => row(['Marisol Vega', 'Tyler Brooks', 'Andre Jackson'], +o.id >> 1), []],
    ['Project', () => 'C&I Solar - DFW', []],
    ['Date Added', (c) => mdyShort(ct(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Do Not Call', (c, o) => (+o.id % 17 === 0 ? 'Yes' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/phone'], opt],
  ] },
]
