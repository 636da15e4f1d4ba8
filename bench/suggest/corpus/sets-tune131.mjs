// Round 65, tune131: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). English-language exports from India, Australia, the US and the UK, plus
// German and Dutch ones, each export in its product's UI language: an Indian payment orchestrator's orders (Juspay),
// an Australian wine-club e-commerce platform's order lines (Withwine), a US cancel-flow tool's cancel sessions
// (Churnkey), an Indian help-desk's tickets (Faveo Helpdesk), a Shopify store-credit and rewards app's customers
// (Rewardify), a UK B2B contact-data vendor's contact export (Leadiro), an Indian e-mail verifier's bulk-verify
// result (Clearout) and a US B2B list vendor's delivered contact list (Lake B2B) (en 8); a German ticket shop's ticket
// list (Yesticket) and a German subscription-billing service's customers (Monsum, for an Austrian coffee roaster)
// (de 2); a Dutch appointment-booking system's appointments (Timeblockr) and a Dutch newsletter tool's contacts
// (Mailmotor) (nl 2). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, mdy, hms, hm, hm12, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: India (IST, no DST), Adelaide (ACST +9:30, ACDT +10:30 from October to March), US Mountain,
// the UK, Germany/Austria/the Netherlands (CET/CEST)
const auSummer = (ms) => [10, 11, 12, 1, 2, 3].includes(new Date(ms).getUTCMonth() + 1)
const ist = (ms) => shift(ms, 5.5)
const acst = (ms) => shift(ms, auSummer(ms) ? 10.5 : 9.5)
const mt = (ms) => local(ms, -7)
const uk = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames, [city, state, postcode, area], streets, mail domains]
  in: [['Rahul', 'Amit', 'Vikram', 'Arjun', 'Karthik', 'Rohan', 'Siddharth', 'Pranav', 'Aditya', 'Suresh', 'Naveen', 'Harish'],
    ['Priya', 'Ananya', 'Sneha', 'Divya', 'Kavya', 'Pooja', 'Neha', 'Shreya', 'Lakshmi', 'Aishwarya', 'Meera', 'Ritu'],
    ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Patel', 'Kulkarni', 'Deshpande', 'Menon', 'Gupta', 'Rao', 'Joshi', 'Krishnan', 'Subramanian', 'Mehta', 'Banerjee'],
    [['Pune', 'Maharashtra', '411001', '020'], ['Pune', 'Maharashtra', '411038', '020'], ['Mumbai', 'Maharashtra', '400050', '022'], ['Chennai', 'Tamil Nadu', '600017', '044'], ['Chennai', 'Tamil Nadu', '600041', '044'], ['Bengaluru', 'Karnataka', '560034', '080'], ['Hyderabad', 'Telangana', '500032', '040'], ['Kochi', 'Kerala', '682016', '0484'], ['Coimbatore', 'Tamil Nadu', '641002', '0422'], ['Ahmedabad', 'Gujarat', '380015', '079'], ['New Delhi', 'Delhi', '110017', '011'], ['Kolkata', 'West Bengal', '700019', '033']],
    ['MG Road', 'FC Road', 'Linking Road', 'Anna Salai', '100 Feet Road', 'Jubilee Hills Road No. 36'],
    ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com']],
  au: [['Jack', 'Oliver', 'William', 'Noah', 'Thomas', 'Lachlan', 'Cooper', 'Riley', 'Mitchell', 'Hamish', 'Ben', 'Sam'],
    ['Charlotte', 'Olivia', 'Chloe', 'Mia', 'Sophie', 'Emily', 'Isabella', 'Grace', 'Jessica', 'Georgia', 'Hannah', 'Kate'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Johnson', 'Martin', 'White', 'Anderson', 'Thompson', "O'Brien", 'Ryan', 'Kelly'],
    [['Adelaide', 'SA', '5000', '08'], ['Norwood', 'SA', '5067', '08'], ['Glenelg', 'SA', '5045', '08'], ['Unley', 'SA', '5061', '08'], ['Tanunda', 'SA', '5352', '08'], ['Melbourne', 'VIC', '3000', '03'], ['Richmond', 'VIC', '3121', '03'], ['Sydney', 'NSW', '2000', '02'], ['Paddington', 'NSW', '2021', '02'], ['Brisbane', 'QLD', '4000', '07'], ['Perth', 'WA', '6000', '08'], ['Hobart', 'TAS', '7000', '03']],
    ['King William St', 'The Parade', 'Jetty Rd', 'Unley Rd', 'Murray St', 'Swan St', 'Oxford St', 'Queen St', 'Hay St', 'Sandy Bay Rd'],
    ['gmail.com', 'gmail.com', 'bigpond.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'optusnet.com.au']],
  at: [['Lukas', 'Tobias', 'Florian', 'Stefan', 'Markus', 'David', 'Matthias', 'Andreas', 'Christoph', 'Bernhard', 'Thomas', 'Philipp'],
    ['Anna', 'Katharina', 'Lisa', 'Julia', 'Sarah', 'Magdalena', 'Theresa', 'Verena', 'Christina', 'Barbara', 'Elisabeth', 'Johanna'],
    ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger', 'Fuchs', 'Eder', 'Fischer', 'Schwarz'],
    [['Salzburg', 'Salzburg', '5020', '0662'], ['Salzburg', 'Salzburg', '5023', '0662'], ['Hallein', 'Salzburg', '5400', '06245'], ['Wien', 'Wien', '1070', '01'], ['Wien', 'Wien', '1180', '01'], ['Linz', 'Oberösterreich', '4020', '0732'], ['Graz', 'Steiermark', '8010', '0316'], ['Innsbruck', 'Tirol', '6020', '0512'], ['Bad Reichenhall', 'Bayern', '83435', '08651'], ['Seekirchen am Wallersee', 'Salzburg', '5201', '06212']],
    ['Linzer Gasse', 'Getreidegasse', 'Ignaz-Harrer-Straße', 'Kaiserstraße', 'Neubaugasse', 'Landstraße', 'Herrengasse', 'Maria-Theresien-Straße', 'Hauptstraße', 'Alpenstraße'],
    ['gmx.at', 'gmail.com', 'aon.at', 'a1.net', 'hotmail.com', 'outlook.com', 'icloud.com', 'sbg.at']],
  nl: [['Daan', 'Sem', 'Lucas', 'Bram', 'Jeroen', 'Thijs', 'Ruben', 'Niels', 'Joost', 'Martijn', 'Gert-Jan', 'Wouter'],
    ['Emma', 'Julia', 'Sanne', 'Femke', 'Lotte', 'Anouk', 'Marloes', 'Ingrid', 'Esther', 'Iris', 'Linda', 'Eva'],
    ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Kok', 'Brouwer', 'Hendriks', 'Koster'],
    [['Deventer', 'Overijssel', '7411 KT', '0570'], ['Deventer', 'Overijssel', '7415 AB', '0570'], ['Deventer', 'Overijssel', '7422 LE', '0570'], ['Bathmen', 'Overijssel', '7437 AA', '0570'], ['Diepenveen', 'Overijssel', '7431 BC', '0570'], ['Haarlem', 'Noord-Holland', '2011 HK', '023'], ['Haarlem', 'Noord-Holland', '2023 BN', '023'], ['Heemstede', 'Noord-Holland', '2102 CR', '023'], ['Bloemendaal', 'Noord-Holland', '2061 AA', '023'], ['Zandvoort', 'Noord-Holland', '2042 LB', '023']],
    ['Brink', 'Lange Bisschopstraat', 'Keizerstraat', 'Grote Houtstraat', 'Zijlweg', 'Kleverparkweg', 'Binnenweg', 'Raadhuisstraat', 'Dorpsstraat', 'Kerkstraat'],
    ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.com', 'outlook.com', 'xs4all.nl', 'planet.nl', 'live.nl']],
  de: [['Thomas', 'Michael', 'Andreas', 'Stefan', 'Frank', 'Jens', 'Uwe', 'Tobias', 'Sebastian', 'Martin', 'René', 'Sven'],
    ['Sabine', 'Kerstin', 'Anja', 'Katrin', 'Susanne', 'Claudia', 'Franziska', 'Juliane', 'Stefanie', 'Nicole', 'Antje', 'Ulrike'],
    ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Richter', 'Schulze', 'Krause', 'Lehmann', 'Hoffmann', 'Neumann', 'Zimmermann', 'Hartmann'],
    [['Leipzig', 'Sachsen', '04109', '0341'], ['Leipzig', 'Sachsen', '04275', '0341'], ['Leipzig', 'Sachsen', '04315', '0341'], ['Markkleeberg', 'Sachsen', '04416', '0341'], ['Halle (Saale)', 'Sachsen-Anhalt', '06108', '0345'], ['Dresden', 'Sachsen', '01097', '0351'], ['Chemnitz', 'Sachsen', '09111', '0371'], ['Taucha', 'Sachsen', '04425', '034298'], ['Berlin', 'Berlin', '10435', '030'], ['Grimma', 'Sachsen', '04668', '03437']],
    ['Karl-Liebknecht-Straße', 'Eisenbahnstraße', 'Könneritzstraße', 'Lützner Straße', 'Prager Straße', 'Gohliser Straße'],
    ['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'freenet.de', 'posteo.de', 'icloud.com']],
}
LOCAL.nlh = [...LOCAL.nl.slice(0, 3), LOCAL.nl[3].slice(5), ...LOCAL.nl.slice(4)]
LOCAL.nl = [...LOCAL.nl.slice(0, 3), LOCAL.nl[3].slice(0, 5), ...LOCAL.nl.slice(4)]
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const last = v.pick(r, LAST)
  const [city, region, postal, area] = v.pick(r, PLACES)
  const no = v.int(r, 1, 160)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, area, birth: v.birth(r), no, streetName: v.pick(r, STREETS) }
  p.email = `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'in') {
    p.street = `${v.int(r, 1, 80)}, ${v.pick(r, ['Shanti Apartments', 'Sai Krupa', 'Green Park Society', 'Lakshmi Nivas', 'Prestige Towers'])}, ${p.streetName}`
    p.mobile = `${v.pick(r, ['98', '99', '97', '96', '90', '88', '81', '70', '63'])}${pad(v.int(r, 0, 99999999), 8)}`
  }
  if (cc === 'au') {
    p.street = `${r() < 0.25 ? `${v.int(r, 1, 12)}/` : ''}${no} ${p.streetName}`
    p.mobile = `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
  }
  if (cc === 'at') {
    p.street = `${p.streetName} ${no}${r() < 0.4 ? `/${v.int(r, 1, 12)}` : ''}`
    p.mobile = `+43 ${v.pick(r, ['664', '660', '676', '650', '699', '680'])} ${v.int(r, 1000000, 9999999)}`
    if (region === 'Bayern') p.mobile = `+49 ${v.pick(r, ['151', '160', '171', '176'])} ${v.int(r, 1000000, 99999999)}`
  }
  if (cc === 'nl' || cc === 'nlh') {
    p.street = `${p.streetName} ${no}${r() < 0.2 ? v.pick(r, ['A', 'B', '-1', ' bis']) : ''}`
    p.mobile = `06-${v.int(r, 10000000, 99999999)}`
  }
  if (cc === 'de') {
    p.street = `${p.streetName} ${no}`
    p.mobile = `01${v.pick(r, ['51', '52', '57', '60', '62', '70', '72', '76'])} ${v.int(r, 1000000, 99999999)}`
  }
  return p
})
const NLH = (c) => lp(c, 'nlh')
const IN = (c) => lp(c, 'in'), AU = (c) => lp(c, 'au'), AT = (c) => lp(c, 'at'), NL = (c) => lp(c, 'nl'), DE = (c) => lp(c, 'de')

// ---------------------------------------------------------------- Juspay: a Pune ayurvedic skincare D2C brand
// [payment method type, payment method, gateway, card brand / bank / app]
const JP_PM = [['UPI', 'UPI_COLLECT', 'RAZORPAY', 'PhonePe'], ['UPI', 'UPI_PAY', 'PAYU', 'Google Pay'], ['CARD', 'VISA', 'HDFC', 'HDFC Bank'], ['UPI', 'UPI_PAY', 'RAZORPAY', 'Paytm'], ['NB', 'NB_ICICI', 'PAYU', 'ICICI Bank'], ['CARD', 'MASTERCARD', 'AXIS', 'Axis Bank'], ['WALLET', 'AMAZONPAY', 'AMAZONPAY', 'Amazon Pay'], ['UPI', 'UPI_PAY', 'PAYU', 'PhonePe'], ['CARD', 'RUPAY', 'HDFC', 'State Bank of India'], ['CASH', 'COD', 'DUMMY', '']]
const jpPm = (o) => row(JP_PM, (n(o) * 3) % 10)
const jpStatus = (o) => (jpPm(o)[0] === 'CASH' ? 'COD_INITIATED' : row(['CHARGED', 'CHARGED', 'CHARGED', 'AUTHENTICATION_FAILED', 'CHARGED', 'CHARGED', 'PENDING_VBV', 'CHARGED', 'AUTHORIZATION_FAILED', 'CHARGED', 'CHARGED'], n(o)))
const jpAmt = (o) => Math.round(349 + (n(o) % 23) * 110 + o.qty * 199)
const jpRefund = (o) => (jpStatus(o) === 'CHARGED' && n(o) % 9 === 4 ? Math.round(jpAmt(o) * (n(o) % 2 ? 1 : 0.5)) : 0)
const jpAt = (o) => o.at
const jpDT = (ms) => { const p = ist(ms); return `${ymd(p)} ${hms(p)}` }
const jpErr = (o) => ({ AUTHENTICATION_FAILED: ['JP_810', 'Authentication failed at bank'], AUTHORIZATION_FAILED: ['U30', 'Debit has failed: insufficient funds'], PENDING_VBV: ['', 'User dropped off at OTP page'] }[jpStatus(o)] ?? ['', ''])

// ---------------------------------------------------------------- Withwine: a Barossa Valley winery's web shop and wine club
// [SKU, product, vintage, price AUD]
const WW_WINE = [['BV-SHZ-21', 'Old Vine Shiraz', '2021', 45], ['BV-GSM-22', 'Grenache Shiraz Mataro', '2022', 32], ['EV-RSL-23', 'Eden Valley Riesling', '2023', 28], ['BV-CAB-20', 'Reserve Cabernet Sauvignon', '2020', 65], ['BV-SEM-22', 'Semillon', '2022', 24], ['BV-SPK-NV', 'Sparkling Shiraz', 'NV', 38], ['BV-TAW-10', 'Ten Year Old Tawny', 'NV', 55], ['MX-DOZ-01', 'Cellar Door Mixed Dozen', '', 360]]
const wwItem = (o, i) => row(WW_WINE, n(o) + i)
const wwClub = (c) => n(c) % 3 === 0
const wwChan = (c, o) => (wwClub(c) && n(o) % 4 === 0 ? 'Club' : row(['Web', 'Web', 'Cellar Door', 'Web', 'Phone'], n(o) >> 1))
const wwQty = (o, i) => (wwItem(o, i)[0].startsWith('MX') ? 1 : [1, 2, 3, 6, 12][(o.qty + n(o)) % 5])
const wwSub = (o, i) => wwItem(o, i)[3] * wwQty(o, i)
const wwDisc = (c, o, i) => (wwClub(c) ? Math.round(wwSub(o, i) * 15) / 100 : wwQty(o, i) >= 12 ? Math.round(wwSub(o, i) * 10) / 100 : 0)
const wwPickup = (c, o) => wwChan(c, o) === 'Cellar Door' || n(o) % 11 === 0
const wwShip = (c, o, i) => (wwPickup(c, o) ? 0 : wwSub(o, i) >= 200 ? 0 : 15)
const wwTotal = (c, o, i) => wwSub(o, i) - wwDisc(c, o, i) + wwShip(c, o, i)
const wwDT = (ms) => { const p = acst(ms); return `${dmy(p, '/')} ${hm12(p)}` }
const wwAt = (c, o) => (wwChan(c, o) === 'Cellar Door' ? inHours(o.at, acst, 10, 16) : o.at)

// ---------------------------------------------------------------- Churnkey: a Denver specialty-coffee subscription
const CK_PLAN = [['Explorer - 2 bags / month', 'price_1NExpl2Bags', 38], ['Explorer - 1 bag / month', 'price_1NExpl1Bag', 21], ['Roaster\'s Choice - 2 bags / 2 weeks', 'price_1NRcBiwk', 38], ['Decaf Club - 1 bag / month', 'price_1NDecaf1', 20], ['Office Pack - 5 lb / month', 'price_1NOffice5lb', 95]]
const ckPlan = (c) => row(CK_PLAN, n(c))
const ckReason = (o) => row(['Too expensive', 'Too much coffee', 'Taste preferences', 'Moving / traveling', 'Switching to another roaster', 'Too much coffee', 'Shipping issues', 'Other', 'Too expensive'], n(o) >> 1)
const ckOutcome = (o) => row(['Canceled', 'Saved - Discount', 'Saved - Pause', 'Canceled', 'Saved - Plan change', 'Canceled', 'Aborted', 'Saved - Discount', 'Canceled'], n(o))
const ckOffer = (o) => ({ 'Saved - Discount': 'DISCOUNT', 'Saved - Pause': 'PAUSE', 'Saved - Plan change': 'PLAN_CHANGE' }[ckOutcome(o)] ?? (n(o) % 2 ? 'DISCOUNT' : 'PAUSE'))
const ckDT = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z')
const ckMonths = (c) => 2 + (n(c) % 27)

// ---------------------------------------------------------------- Faveo Helpdesk: a Chennai broadband provider's support desk
// [help topic, department, subject]
const FV_TOPIC = [['Internet Not Working', 'Technical Support', 'No internet since morning - red LOS light on ONT'], ['Slow Speed', 'Technical Support', 'Getting only 20 Mbps on 200 Mbps plan'], ['Billing Query', 'Billing', 'Charged twice for April renewal'], ['Plan Upgrade', 'Sales', 'Want to upgrade to 300 Mbps plan'], ['Relocation Request', 'Field Operations', 'Shifting connection to new address in Velachery'], ['Router Issue', 'Technical Support', 'WiFi keeps disconnecting every 10 min'], ['Refund Request', 'Billing', 'Refund of security deposit after disconnection'], ['Internet Not Working', 'Field Operations', 'Fibre cut near building - whole street down']]
const fvTopic = (o) => row(FV_TOPIC, n(o))
const fvStatus = (o) => row(['Open', 'Closed', 'Resolved', 'Closed', 'Open', 'Closed', 'Resolved', 'Closed', 'Unverified'], n(o) >> 1)
const fvPrio = (o) => (fvTopic(o)[1] === 'Field Operations' ? 'High' : row(['Normal', 'Low', 'Normal', 'High', 'Normal', 'Emergency'], n(o) >> 2))
const fvSource = (o) => row(['Email', 'Web', 'Phone', 'Web', 'Email', 'Chat', 'Web'], n(o) >> 1)
const fvAt = (o) => o.at
const fvDone = (o) => ['Closed', 'Resolved'].includes(fvStatus(o))
const fvClose = (o) => fvAt(o) + (3 + (n(o) % 70)) * 3600000
const fvDT = (ms) => { const p = ist(ms); return `${dmy(p, '-')} ${hm12(p)}`.replace(' AM', ' am').replace(' PM', ' pm') }
const FV_AGENTS = ['Karthikeyan S', 'Divya R', 'Mohammed Irfan', 'Swetha Balaji', 'Praveen Kumar']

// ---------------------------------------------------------------- Rewardify: a Boulder outdoor-gear Shopify store
const US_PLACES = [['Boulder', 'Colorado', 'CO', '80302', '303'], ['Denver', 'Colorado', 'CO', '80205', '720'], ['Fort Collins', 'Colorado', 'CO', '80521', '970'], ['Golden', 'Colorado', 'CO', '80401', '303'], ['Salt Lake City', 'Utah', 'UT', '84111', '801'], ['Bozeman', 'Montana', 'MT', '59715', '406'], ['Flagstaff', 'Arizona', 'AZ', '86001', '928'], ['Portland', 'Oregon', 'OR', '97209', '503'], ['Austin', 'Texas', 'TX', '78704', '512']]
const rwPlace = (c) => row(US_PLACES, n(c) >> 1)
const rwTier = (c) => row(['Trailhead', 'Trailhead', 'Basecamp', 'Trailhead', 'Summit', 'Basecamp', 'Trailhead'], n(c) >> 2)
const rwSpent = (c) => 40 + (n(c) % 97) * 13.45 + (rwTier(c) === 'Summit' ? 900 : rwTier(c) === 'Basecamp' ? 350 : 0)
const rwEarned = (c) => Math.round(rwSpent(c) * 0.05 * 100) / 100 + (n(c) % 4 === 0 ? 10 : 0)
const rwUsed = (c) => Math.round(rwEarned(c) * ((n(c) % 5) / 5) * 100) / 100
const rwBal = (c) => Math.round((rwEarned(c) - rwUsed(c)) * 100) / 100
const usPhone = (c) => { const r = seeded(c, 'us'); return `+1${rwPlace(c)[4]}${v.int(r, 2000000, 9999999)}` }
const usDT = (ms) => { const p = mt(ms); return `${ymd(p)} ${hms(p)} ${v.summer(ms) ? '-0600' : '-0700'}` }

// ---------------------------------------------------------------- Leadiro: a Manchester managed-IT provider's outbound list
// [company, domain, industry, employees, revenue, street, city, county, postcode, switchboard, SIC]
const LD_CO = [['Hartwell Logistics Ltd', 'hartwell-logistics.co.uk', 'Transportation & Logistics', '201-500', '£50M - £100M', 'Trafford Park Road', 'Manchester', 'Greater Manchester', 'M17 1HG', '0161 872 4400', '49410'],
  ['Pennine Building Society', 'penninebs.co.uk', 'Banking', '51-200', '£10M - £50M', '12 Market Street', 'Huddersfield', 'West Yorkshire', 'HD1 2EN', '01484 531 220', '64192'],
  ['Brightwater Care Group', 'brightwatercare.co.uk', 'Hospital & Health Care', '501-1,000', '£50M - £100M', '3 Quay Street', 'Manchester', 'Greater Manchester', 'M3 3JE', '0161 834 9900', '87100'],
  ['Castlefield Legal LLP', 'castlefieldlegal.com', 'Law Practice', '51-200', '£10M - £50M', '1 St Peter\'s Square', 'Manchester', 'Greater Manchester', 'M2 3DE', '0161 200 1770', '69102'],
  ['Northgate Precision Engineering Ltd', 'northgate-precision.co.uk', 'Mechanical or Industrial Engineering', '201-500', '£10M - £50M', 'Junction 22 Business Park', 'Oldham', 'Greater Manchester', 'OL9 9XA', '0161 626 3010', '25620'],
  ['Mersey Valley Academy Trust', 'merseyvalleytrust.org.uk', 'Education Management', '501-1,000', '£10M - £50M', 'Wilderspool Causeway', 'Warrington', 'Cheshire', 'WA4 6QP', '01925 443 100', '85310'],
  ['Kestrel Foods (UK) Ltd', 'kestrelfoods.co.uk', 'Food Production', '1,001-5,000', '£100M - £500M', 'Wakefield Road', 'Leeds', 'West Yorkshire', 'LS10 1DU', '0113 277 6600', '10890']]
const ldCo = (c) => row(LD_CO, n(c) >> 1)
// [job title, function, seniority]
const LD_ROLE = [['IT Manager', 'Information Technology', 'Manager'], ['Head of IT', 'Information Technology', 'Head'], ['Chief Information Officer', 'Information Technology', 'C-Level'], ['Finance Director', 'Finance', 'Director'], ['IT Infrastructure Manager', 'Information Technology', 'Manager'], ['Operations Director', 'Operations', 'Director'], ['Information Security Officer', 'Information Technology', 'Senior'], ['Managing Director', 'Management', 'C-Level']]
const ldRole = (c) => row(LD_ROLE, n(c))
const UKN = [['Oliver', 'James', 'Daniel', 'Matthew', 'Richard', 'Andrew', 'Gareth', 'Paul', 'Stuart', 'Neil'], ['Sarah', 'Rachel', 'Emma', 'Claire', 'Helen', 'Laura', 'Joanne', 'Nicola', 'Kirsty', 'Gemma'], ['Hughes', 'Walsh', 'Lees', 'Ashworth', 'Clarke', 'Bennett', 'Taylor', 'Whittaker', 'Kenyon', 'Holt', 'Brennan', 'Pickering']]
const ukP = (c) => keep(`uk:${c.id}:${c.last}`, () => { const r = seeded(c, 'uk'); const f = r() < 0.45; return { female: f, first: v.pick(r, UKN[f ? 1 : 0]), last: v.pick(r, UKN[2]), mobile: `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`, ext: v.int(r, 200, 499) } })

// ---------------------------------------------------------------- Clearout: a Hyderabad HR-software vendor's webinar lead list
// [company, domain, city, board line]
const CL_CO = [['Sundaram Auto Components Ltd', 'sundaramauto.co.in', 'Chennai', '044 2815 4400'], ['Vistara Foods Pvt Ltd', 'vistarafoods.in', 'Hyderabad', '040 2355 6010'], ['Kaveri Infotech Solutions', 'kaveriinfotech.com', 'Bengaluru', '080 4112 7700'], ['Deccan Pharma Labs Pvt Ltd', 'deccanpharmalabs.com', 'Hyderabad', '040 6677 2200'], ['Shree Ganesh Textiles', 'shreeganeshtextiles.in', 'Surat', '0261 246 8800'], ['Narmada Logistics Pvt Ltd', 'narmadalogistics.com', 'Ahmedabad', '079 2754 3300'], ['Pinnacle Hospitals', 'pinnaclehospitals.org', 'Pune', '020 2612 9900']]
const clCo = (c) => row(CL_CO, n(c) >> 1)
const clRole = (c) => row(['HR Manager', 'Head - Human Resources', 'Payroll Executive', 'Talent Acquisition Lead', 'CHRO', 'HR Business Partner', 'Admin & HR Officer'], n(c))
// [status, sub status, safe to send, role, free, bounce type]
const CL_ST = [['valid', 'mailbox_exists', 'yes', 'no', 'no', ''], ['valid', 'mailbox_exists', 'yes', 'no', 'no', ''], ['catch_all', 'accept_all', 'no', 'no', 'no', ''], ['invalid', 'mailbox_does_not_exist', 'no', 'no', 'no', 'hard'], ['valid', 'mailbox_exists', 'yes', 'no', 'no', ''], ['valid', 'role_account', 'no', 'yes', 'no', ''], ['unknown', 'greylisted', 'no', 'no', 'no', 'soft'], ['valid', 'mailbox_exists', 'yes', 'no', 'yes', '']]
const clSt = (c) => row(CL_ST, (n(c) * 3) % 8)
const clMail = (c) => { const st = clSt(c); const p = IN(c); return st[3] === 'yes' ? `hr@${clCo(c)[1]}` : st[4] === 'yes' ? p.email : `${slug(p.first)}.${slug(p.last)}@${clCo(c)[1]}` }

// ---------------------------------------------------------------- Lake B2B: a US healthcare-IT vendor's purchased contact list
// [company, website, industry, sub industry, employees, revenue, address, city, state, zip, phone, SIC, NAICS]
const LK_CO = [['Midwest Orthopedic Associates', 'www.midwestortho.com', 'Healthcare', 'Physicians & Clinics', '100 - 249', '$25 - 50 Million', '1520 W Wisconsin Ave', 'Milwaukee', 'WI', '53233', '(414) 384-2200', '8011', '621111'],
  ['Prairie Regional Medical Center', 'www.prairieregional.org', 'Healthcare', 'Hospitals', '1,000 - 4,999', '$250 - 500 Million', '900 E Main St', 'Peoria', 'IL', '61603', '(309) 655-2000', '8062', '622110'],
  ['Lakeside Family Dental', 'www.lakesidefamilydental.com', 'Healthcare', 'Dentists', '20 - 49', '$5 - 10 Million', '4410 N Lake Shore Dr', 'Chicago', 'IL', '60640', '(773) 561-0400', '8021', '621210'],
  ['Summit Behavioral Health', 'www.summitbh.com', 'Healthcare', 'Mental Health Care', '250 - 499', '$50 - 100 Million', '2250 Hayes St', 'Nashville', 'TN', '37203', '(615) 321-7800', '8093', '621420'],
  ['Great Lakes Imaging Partners', 'www.greatlakesimaging.com', 'Healthcare', 'Diagnostic Imaging Centers', '50 - 99', '$10 - 25 Million', '3000 Town Center', 'Southfield', 'MI', '48075', '(248) 356-8100', '8071', '621512'],
  ['Heartland Home Health', 'www.heartlandhomehealth.net', 'Healthcare', 'Home Health Care Services', '500 - 999', '$50 - 100 Million', '7500 College Blvd', 'Overland Park', 'KS', '66210', '(913) 451-6000', '8082', '621610']]
const lkCo = (c) => row(LK_CO, n(c) >> 1)
// [title, job function, management level]
const LK_ROLE = [['Chief Information Officer', 'IT', 'C-Level'], ['Director of Revenue Cycle', 'Finance', 'Director'], ['Practice Manager', 'Operations', 'Manager'], ['VP of Information Technology', 'IT', 'VP-Level'], ['Director of Nursing Informatics', 'Medical / Health', 'Director'], ['Chief Financial Officer', 'Finance', 'C-Level'], ['IT Manager', 'IT', 'Manager']]
const lkRole = (c) => row(LK_ROLE, n(c))
const FEMN = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia'])

// ---------------------------------------------------------------- Yesticket: a Leipzig cabaret theatre
// [event, date offset days, hour, category, price]
const YT_EV = [['Sachsenspiegel-Ensemble: Deutschland, einig Murmelland', 'Saal', 'Kategorie 1', 29], ['Sachsenspiegel-Ensemble: Deutschland, einig Murmelland', 'Saal', 'Kategorie 2', 24], ['Lachmesse Spezial: Mixed Show', 'Saal', 'Kategorie 1', 34], ['Kabarett-Frühschoppen', 'Keller', 'Freie Platzwahl', 18], ['Weihnachtsprogramm: O du Fröhliche!', 'Saal', 'Kategorie 1', 32], ['Open Stage Poetry Slam', 'Keller', 'Freie Platzwahl', 12]]
const ytEv = (o) => row(YT_EV, n(o))
const ytTarif = (o) => row(['Normalpreis', 'Normalpreis', 'Ermäßigt', 'Normalpreis', 'Leipzig-Pass', 'Normalpreis', 'Gruppe ab 10'], n(o) >> 1)
const ytPrice = (o) => { const b = ytEv(o)[3]; const t = ytTarif(o); return t === 'Ermäßigt' ? b - 5 : t === 'Leipzig-Pass' ? Math.round(b / 2) : t === 'Gruppe ab 10' ? b - 3 : b }
const ytFee = (o) => (ytSale(o) === 'Abendkasse' ? 0 : 1.5)
const ytSale = (o) => row(['Online', 'Online', 'Vorverkaufsstelle', 'Online', 'Abendkasse', 'Online'], n(o) >> 2)
const ytShow = (o) => o.at + (4 + (n(o) % 40)) * day
const ytState = (o) => (n(o) % 17 === 3 ? 'storniert' : 'bezahlt')
const ytPay = (o) => (ytSale(o) === 'Online' ? row(['PayPal', 'Kreditkarte', 'SOFORT Überweisung', 'PayPal', 'Lastschrift'], n(o) >> 1) : ytSale(o) === 'Abendkasse' ? 'Bar' : 'EC-Karte')
const ytAnon = (o) => ytSale(o) === 'Abendkasse'
const ytOrderAt = (o) => (ytAnon(o) ? ytShow(o) - (cet(ytShow(o)).H * 60 + cet(ytShow(o)).M) * 60000 + (19 * 60 + 10 + (n(o) % 45)) * 60000 - (v.summer(ytShow(o)) ? 2 : 1) * 3600000 : o.at)
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }

// ---------------------------------------------------------------- Monsum: a Salzburg coffee roaster's Kaffee-Abo
const MS_ABO = [['Espresso-Abo 500 g / 2 Wochen', 19.9], ['Filterkaffee-Abo 250 g / Monat', 11.5], ['Entdecker-Abo 3 x 250 g / Monat', 29.9], ['Espresso-Abo 1 kg / Monat', 34.0], ['Büro-Abo 3 kg / Monat', 89.0]]
const msAbo = (c) => row(MS_ABO, n(c))
const msBiz = (c) => msAbo(c)[0].startsWith('Büro')
const msPay = (c) => row(['Kreditkarte', 'SEPA-Lastschrift', 'PayPal', 'SEPA-Lastschrift', 'Kreditkarte', 'Rechnung'], n(c) >> 1)
const ATFIRMS = ['Steuerberatung Moser KG', 'Architekturbüro Pichler', 'Salzburger Werbeagentur GmbH', 'Physio am Mirabell OG', 'Hofer & Leitner Rechtsanwälte']

// ---------------------------------------------------------------- Timeblockr: a Dutch municipality's appointment desk (Deventer)
// [product, location, duration]
const TB_PROD = [['Paspoort aanvragen', 'Stadhuis Deventer', 15], ['Identiteitskaart aanvragen', 'Stadhuis Deventer', 15], ['Rijbewijs aanvragen', 'Stadhuis Deventer', 10], ['Paspoort of ID-kaart ophalen', 'Stadhuis Deventer', 5], ['Verhuizing doorgeven', 'Stadhuis Deventer', 20], ['Huwelijk of partnerschap melden', 'Stadhuis Deventer', 30], ['Paspoort aanvragen', 'Servicepunt Bathmen', 15], ['Rijbewijs aanvragen', 'Servicepunt Bathmen', 10]]
const tbProd = (o) => row(TB_PROD, n(o))
const tbSlot = (o) => { const d = cet(o.at + (3 + (n(o) % 20)) * day); const h = 8 + (n(o) % 9), mm = [0, 15, 30, 45, 10, 20, 40][n(o) % 7]; const u = Date.UTC(d.y, d.m - 1, d.d, h, mm); return u - (v.summer(u) ? 2 : 1) * 3600000 }
const tbState = (o) => row(['Bevestigd', 'Bevestigd', 'Afgerond', 'Afgerond', 'Geannuleerd', 'Afgerond', 'No-show', 'Afgerond', 'Bevestigd'], n(o) >> 1)
const tbCh = (o) => row(['Online', 'Online', 'Online', 'Telefonisch (KCC)', 'Online', 'Balie'], n(o) >> 2)
const nlD = (p) => dmy(p, '-')
const nlDT = (ms) => { const p = cet(ms); return `${nlD(p)} ${hm(p)}` }
const MED = ['M. Koster', 'A. Brouwer', 'S. Hendriks', 'R. Mulder', 'J. Kok']

// ---------------------------------------------------------------- Mailmotor: a Haarlem bookshop's newsletters
const mmLists = (c) => row(['Nieuwsbrief', 'Nieuwsbrief, Kinderboeken', 'Nieuwsbrief, Lezingen & signeersessies', 'Nieuwsbrief', 'Leesclub', 'Nieuwsbrief, Leesclub', 'Kinderboeken'], n(c) >> 1)
const mmState = (c) => row(['Ingeschreven', 'Ingeschreven', 'Ingeschreven', 'Uitgeschreven', 'Ingeschreven', 'Bounced', 'Ingeschreven', 'Ingeschreven'], n(c))

export const SETS = [
  // ---------------------------------------------------------------- India: payment orchestrator orders
  { name: 'juspay-orders-export-in', product: 'Juspay (Juspay Technologies, Bengaluru; Juspay Dashboard > Orders > Download (CSV), one row per order with its latest payment attempt, English UI, times in IST, a Pune ayurvedic skincare D2C brand\'s web shop)', family: 'payments', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `VN${ymd(ist(jpAt(o)), '')}${pad(n(o) % 10000, 5)}`, [OR('purchaseID')]],
    ['Juspay Order ID', (c, o, r) => `ordeh_${v.hex(r, 32)}`, ['_id'], opt],
    ['Merchant ID', () => 'vedanaturals', []],
    ['Customer ID', (c) => `cust_${n(c) * 7}`, CUST_ID],
    ['Customer Email', (c) => IN(c).email, EMAIL_ID],
    ['Customer Phone', (c) => IN(c).mobile, PHONE_ID, opt],
    ['Amount', (c, o) => num(jpAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'INR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => jpStatus(o), []],
    ['Date Created', (c, o) => jpDT(jpAt(o)), ['timestamp', OR('createdDate')]],
    ['Last Updated', (c, o) => jpDT(jpAt(o) + (jpRefund(o) ? 2 * day : 40000 + (n(o) % 300) * 1000)), [OR('lastUpdatedDate')], opt],
    ['Payment Method Type', (c, o) => jpPm(o)[0], [OR('payments[0].paymentType')]],
    ['Payment Method', (c, o) => jpPm(o)[1], [OR('payments[0].paymentType')], opt],
    ['Gateway', (c, o) => jpPm(o)[2], []],
    ['Txn ID', (c, o) => `vedanaturals-${pad(n(o) % 100000, 5)}-1`, [OR('payments[0].transactionID'), '_id']],
    ['Gateway Txn ID', (c, o, r) => (jpPm(o)[0] === 'CASH' ? '' : jpPm(o)[2] === 'RAZORPAY' ? `pay_${v.alnum(r, 14)}` : String(v.int(r, 1e10, 9e10))), [OR('payments[0].transactionID')], opt],
    ['Bank / Issuer', (c, o) => jpPm(o)[3], []],
    ['Card Type', (c, o) => (jpPm(o)[0] === 'CARD' ? (n(o) % 3 ? 'DEBIT' : 'CREDIT') : ''), [], opt],
    ['Card ISIN', (c, o) => (jpPm(o)[0] === 'CARD' ? row(['456789', '524193', '607153', '414767'], n(o) >> 2) : ''), []],
    ['Refunded Amount', (c, o) => num(jpRefund(o)), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Refund Status', (c, o) => (jpRefund(o) ? 'SUCCESS' : ''), []],
    ['Error Code', (c, o) => jpErr(o)[0], []],
    ['Error Message', (c, o) => jpErr(o)[1], []],
    ['UDF1', (c, o) => row(['web', 'android', 'web', 'ios', 'web'], n(o) >> 1), [], opt],
    ['UDF2', (c, o) => (o.coupon ? row(['VEDA10', 'FIRST15', 'DIWALI20'], n(o)) : ''), ['commerce.promotionID'], opt],
    ['Product ID', (c, o) => row(['KUMKUMADI-30ML', 'NEEM-FW-100', 'COMBO-GLOW-KIT', 'ONION-HAIR-OIL', 'SANDAL-SOAP-3PK'], n(o) >> 1), [PL('SKU')], opt],
    ['Billing Address City', (c) => IN(c).city, [BILL('city')]],
    ['Billing Address Pincode', (c) => IN(c).postal, [BILL('postalCode')]],
    ['Billing Address State', (c) => IN(c).region, STATE(['commerce.billing.address'])],
  ] },

  // ---------------------------------------------------------------- Australia: wine-club e-commerce order lines
  { name: 'withwine-orders-export-au', product: 'Withwine (Australian wine DTC e-commerce and club platform; Admin > Sales > Orders > Export (CSV), one row per order line, English UI, times in Adelaide time, a Barossa Valley family winery\'s web shop, cellar door and wine club)', family: 'ecommerce', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => `W${100450 + (n(o) % 60000)}`, [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => wwDT(wwAt(c, o)), ['timestamp', OR('createdDate')]],
    ['Channel', (c, o) => wwChan(c, o), [], opt],
    ['Order Status', (c, o) => (n(o) % 13 === 5 ? 'Cancelled' : wwPickup(c, o) ? 'Collected' : row(['Shipped', 'Shipped', 'Processing', 'Shipped'], n(o) >> 2)), []],
    ['Customer Number', (c) => `C${20000 + (n(c) % 8000)}`, CUST_ID],
    ['First Name', (c) => AU(c).first, []],
    ['Last Name', (c) => AU(c).last, []],
    ['Email', (c) => AU(c).email, EMAIL_ID],
    ['Phone', (c) => AU(c).mobile, PHONE_ID, opt],
    ['Club Member', (c) => (wwClub(c) ? 'Yes' : 'No'), []],
    ['SKU', (c, o, r, i) => wwItem(o, i)[0], [PL('SKU')]],
    ['Product Name', (c, o, r, i) => wwItem(o, i)[1], [PL('name')]],
    ['Vintage', (c, o, r, i) => wwItem(o, i)[2], []],
    ['Quantity', (c, o, r, i) => String(wwQty(o, i)), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => num(wwItem(o, i)[3]), [], opt],
    ['Line Discount', (c, o, r, i) => num(wwDisc(c, o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Line Total', (c, o, r, i) => num(wwSub(o, i) - wwDisc(c, o, i)), [PL('priceTotal')]],
    ['Shipping', (c, o, r, i) => num(wwShip(c, o, i)), ['commerce.shipping.shippingAmount']],
    ['GST', (c, o, r, i) => num(wwTotal(c, o, i) / 11), [OR('taxAmount')]],
    ['WET', (c, o, r, i) => num((wwSub(o, i) - wwDisc(c, o, i)) / 1.1 * 0.29 / 1.29), []],
    ['Order Total', (c, o, r, i) => num(wwTotal(c, o, i)), [OR('priceTotal')]],
    ['Promo Code', (c, o) => (o.coupon && !wwClub(c) ? row(['CELLAR10', 'VINTAGE24', 'FREESHIP'], n(o)) : ''), ['commerce.promotionID']],
    ['Payment Method', (c, o) => (wwChan(c, o) === 'Cellar Door' ? 'EFTPOS' : row(['Credit Card', 'Credit Card', 'PayPal', 'Afterpay', 'Credit Card'], n(o) >> 1)), [OR('payments[0].paymentType')]],
    ['Delivery Method', (c, o) => (wwPickup(c, o) ? 'Pick up from Cellar Door' : row(['Australia Post eParcel', 'StarTrack Premium', 'Australia Post eParcel'], n(o) >> 3)), ['commerce.shipping.shippingMethod']],
    ['Ship To Name', (c, o) => (wwPickup(c, o) ? '' : AU(c).full), []],
    ['Ship To Address', (c, o) => (wwPickup(c, o) ? '' : AU(c).street), [SHIP('street1')]],
    ['Ship To Suburb', (c, o) => (wwPickup(c, o) ? '' : AU(c).city), [SHIP('city')]],
    ['Ship To State', (c, o) => (wwPickup(c, o) ? '' : AU(c).region), STATE(['commerce.shipping.address'])],
    ['Ship To Postcode', (c, o) => (wwPickup(c, o) ? '' : AU(c).postal), [SHIP('postalCode')]],
    ['Ship To Country', (c, o) => (wwPickup(c, o) ? '' : 'Australia'), [SHIP('country')]],
    ['Gift Message', (c, o) => (n(o) % 8 === 1 ? 'Happy birthday Dad - enjoy! Love, S & T' : ''), []],
    ['Authority To Leave', (c, o) => (wwPickup(c, o) ? '' : n(o) % 3 ? 'No' : 'Yes'), []],
  ] },

  // ---------------------------------------------------------------- US: subscription cancel-flow sessions
  { name: 'churnkey-sessions-export-us', product: 'Churnkey (cancel-flow and retention tool on Stripe billing; Dashboard > Sessions > Export CSV, one row per cancel-flow session, English UI, UTC ISO times, a Denver specialty-coffee subscription)', family: 'subscriptions', language: 'en', schema: E, cols: [
    ['Session ID', (c, o, r) => v.hex(r, 24), ['_id']],
    ['Created At', (c, o) => ckDT(o.at), ['timestamp']],
    ['Customer ID', (c, o, r) => `cus_${v.alnum(seeded(c, 'ck'), 14)}`, CUST_ID],
    ['Customer Email', (c) => c.email, EMAIL_ID],
    ['Subscription ID', (c) => `sub_1${v.alnum(seeded(c, 'sub'), 23)}`, [], opt],
    ['Plan', (c) => ckPlan(c)[0], [PL('name')], opt],
    ['Price ID', (c) => ckPlan(c)[1], [PL('SKU')], opt],
    ['MRR', (c) => num(ckPlan(c)[2] * (ckPlan(c)[0].includes('2 weeks') ? 2.17 : 1)), [], opt],
    ['Currency', () => 'usd', [OR('currencyCode')], opt],
    ['Subscription Age (months)', (c) => String(ckMonths(c)), []],
    ['Billing Interval', (c) => (ckPlan(c)[0].includes('2 weeks') ? 'week' : 'month'), []],
    ['Outcome', (c, o) => ckOutcome(o), []],
    ['Survey Response', (c, o) => ckReason(o), []],
    ['Feedback', (c, o) => row(['', 'I have too many bags piling up', '', 'Love the coffee but money is tight right now', '', 'Going on a 2 month trip', '', 'Found a local roaster'], n(o) >> 1), []],
    ['Offer Presented', (c, o) => (ckOutcome(o) === 'Aborted' ? '' : ckOffer(o)), []],
    ['Offer Accepted', (c, o) => (ckOutcome(o).startsWith('Saved') ? 'true' : 'false'), []],
    ['Discount Coupon', (c, o) => (ckOutcome(o) === 'Saved - Discount' ? 'CK-STAY-30OFF-3MO' : ''), ['commerce.promotionID'], opt],
    ['Pause Duration (months)', (c, o) => (ckOutcome(o) === 'Saved - Pause' ? String(1 + (n(o) % 3)) : ''), []],
    ['Flow', (c, o) => (n(o) % 5 === 0 ? 'Annual Subscribers' : 'Default Flow'), []],
    ['A/B Test Variant', (c, o) => (n(o) % 2 ? 'B' : 'A'), []],
    ['Mode', () => 'LIVE', []],
    ['Customer Since', (c, o) => ckDT(o.at - ckMonths(c) * 30 * day - (n(c) % 20) * day), [], opt],
  ] },

  // ---------------------------------------------------------------- India: help-desk tickets
  { name: 'faveo-helpdesk-tickets-export-in', product: 'Faveo Helpdesk (Ladybird Web Solutions, Bengaluru; Agent panel > Tickets > Inbox > Export (Excel), one row per ticket with the requester\'s fields, English UI, times in IST, a Chennai fibre-broadband provider\'s customer support)', family: 'support', language: 'en', schema: E, cols: [
    ['Ticket Number', (c, o) => `AAAA-${pad(2000 + (n(o) % 7000), 4)}-${pad(n(o) % 1000, 7)}`, ['_id']],
    ['Subject', (c, o) => fvTopic(o)[2], []],
    ['Requester Name', (c) => IN(c).full, []],
    ['Requester Email', (c) => IN(c).email, EMAIL_ID],
    ['Requester Phone', (c) => `+91 ${IN(c).mobile}`, PHONE_ID, opt],
    ['Organization', (c) => (n(c) % 9 === 0 ? 'Sai Krupa Enterprises' : ''), []],
    ['Help Topic', (c, o) => fvTopic(o)[0], []],
    ['Department', (c, o) => fvTopic(o)[1], []],
    ['Status', (c, o) => fvStatus(o), []],
    ['Priority', (c, o) => fvPrio(o), []],
    ['Source', (c, o) => fvSource(o), [], opt],
    ['Type', (c, o) => (fvTopic(o)[0].includes('Not Working') || fvTopic(o)[0].includes('Issue') ? 'Incident' : fvTopic(o)[0].includes('Upgrade') || fvTopic(o)[0].includes('Relocation') ? 'Service Request' : 'Question'), []],
    ['Assigned To', (c, o) => (fvStatus(o) === 'Unverified' ? '' : row(FV_AGENTS, n(o) >> 2)), []],
    ['Team', (c, o) => (fvTopic(o)[1] === 'Field Operations' ? 'FTTH Field Team - South Chennai' : ''), []],
    ['Location', (c) => row(['Velachery', 'Adyar', 'T. Nagar', 'Anna Nagar', 'Tambaram', 'OMR - Sholinganallur'], n(c) >> 1), [], opt],
    ['Customer ID', (c) => `FBR${pad(n(c) % 1000000, 7)}`, CUST_ID, opt],
    ['Created Date', (c, o) => fvDT(fvAt(o)), ['timestamp']],
    ['Last Response', (c, o) => fvDT(fvAt(o) + (1 + (n(o) % 6)) * 3600000), [], opt],
    ['Due Date', (c, o) => fvDT(fvAt(o) + (fvPrio(o) === 'High' || fvPrio(o) === 'Emergency' ? 8 : 48) * 3600000), []],
    ['Closed Date', (c, o) => (fvDone(o) ? fvDT(fvClose(o)) : ''), []],
    ['Overdue', (c, o) => (n(o) % 6 === 2 ? 'Yes' : 'No'), []],
    ['Reopened', (c, o) => (n(o) % 10 === 7 ? '1' : '0'), []],
    ['Rating', (c, o) => (fvStatus(o) === 'Closed' ? String(row([5, 4, 5, 2, 3, 5], n(o) >> 1)) : ''), []],
    ['Tags', (c, o) => row(['', 'fiber-cut', 'repeat-caller', '', 'vip', 'ont-replace', ''], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Netherlands: municipal appointment bookings
  { name: 'timeblockr-afspraken-export-nl', product: 'Timeblockr (Timeblockr B.V.; Beheer > Afspraken > Overzicht > Exporteren (CSV), one row per appointment with the citizen\'s contact details, Dutch UI, a Dutch municipality\'s (Deventer) town-hall and service-point counters)', family: 'booking', language: 'nl', schema: E, cols: [
    ['Afspraaknummer', (c, o) => String(3400000 + n(o) * 3), ['_id']],
    ['Datum', (c, o) => nlD(cet(tbSlot(o))), ['timestamp'], opt],
    ['Begintijd', (c, o) => hm(cet(tbSlot(o))), [], opt],
    ['Eindtijd', (c, o) => hm(cet(tbSlot(o) + tbProd(o)[2] * 60000)), []],
    ['Product', (c, o) => tbProd(o)[0], [PL('name')], opt],
    ['Aantal personen', (c, o) => String(tbProd(o)[0].startsWith('Paspoort aanvragen') ? 1 + (n(o) % 3 === 0 ? 2 : 0) : 1), [PL('quantity')], opt],
    ['Locatie', (c, o) => tbProd(o)[1], ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Medewerker', (c, o) => row(MED, n(o) >> 1), []],
    ['Status', (c, o) => tbState(o), []],
    ['Kanaal', (c, o) => tbCh(o), [], opt],
    ['Aanhef', (c) => (NL(c).female ? 'Mevrouw' : 'De heer'), []],
    ['Voorletters', (c) => `${NL(c).first[0]}.`, []],
    ['Achternaam', (c) => NL(c).last, []],
    ['E-mailadres', (c, o) => (tbCh(o) === 'Balie' ? '' : NL(c).email), EMAIL_ID],
    ['Telefoonnummer', (c) => NL(c).mobile, PHONE_ID, opt],
    ['Geboortedatum', (c) => nlD(v.parts(NL(c).birth)), []],
    ['Opmerking', (c, o) => row(['', '', 'Komt met rolstoel', '', 'Voor 2 kinderen', '', 'Heeft geen DigiD'], n(o) >> 1), []],
    ['Aangemaakt op', (c, o) => nlDT(o.at), ['timestamp', OR('createdDate')]],
    ['Geannuleerd op', (c, o) => (tbState(o) === 'Geannuleerd' ? nlDT(o.at + 2 * day) : ''), [OR('cancelDate')], opt],
    ['Herinnering verstuurd', (c, o) => (tbCh(o) === 'Balie' ? 'Nee' : 'Ja'), []],
    ['Ingecheckt', (c, o) => (tbState(o) === 'Afgerond' ? hm(cet(tbSlot(o) - 4 * 60000)) : ''), []],
  ] },

  // ---------------------------------------------------------------- Germany: ticket-shop ticket list
  { name: 'yesticket-tickets-export-de', product: 'Yesticket (yesticket.org, ticket shop for independent venues; Veranstalter-Login > Veranstaltungen > Verkäufe > Ticketliste exportieren (CSV), one row per ticket with the buyer, German UI, a Leipzig cabaret theatre)', family: 'events', language: 'de', schema: E, cols: [
    ['Ticketnummer', (c, o, r, i) => `YT${pad((n(o) * 97 + i) % 10000000, 7)}`, ['_id']],
    ['Bestellnummer', (c, o) => `B-${240000 + (n(o) % 90000)}`, [OR('purchaseID')]],
    ['Bestelldatum', (c, o) => deDT(ytOrderAt(o)), ['timestamp', OR('createdDate')]],
    ['Veranstaltung', (c, o) => ytEv(o)[0], [PL('name')]],
    ['Datum', (c, o) => dmy(cet(ytShow(o))), []],
    ['Beginn', (c, o) => (ytEv(o)[0].includes('Frühschoppen') ? '11:00' : '20:00'), []],
    ['Spielstätte', (c, o) => `Kabarett Sachsenspiegel – ${ytEv(o)[1]}`, ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Kategorie', (c, o) => ytEv(o)[2], [PL('productCategories[0].categoryName')], opt],
    ['Platz', (c, o) => (ytEv(o)[2] === 'Freie Platzwahl' ? '' : `Reihe ${1 + (n(o) % 14)}, Platz ${1 + ((n(o) * 7) % 22)}`), []],
    ['Tarif', (c, o) => ytTarif(o), []],
    ['Preis', (c, o) => dec(ytPrice(o)), [PL('priceTotal')]],
    ['Vorverkaufsgebühr', (c, o) => dec(ytFee(o)), []],
    ['Gesamt', (c, o) => dec(ytPrice(o) + ytFee(o)), [OR('priceTotal')], opt],
    ['Verkaufsstelle', (c, o) => (ytSale(o) === 'Vorverkaufsstelle' ? 'Leipzig Tourist Service' : ytSale(o)), []],
    ['Zahlungsart', (c, o) => ytPay(o), [OR('payments[0].paymentType')]],
    ['Status', (c, o) => ytState(o), []],
    ['Anrede', (c, o) => (ytAnon(o) ? '' : DE(c).female ? 'Frau' : 'Herr'), []],
    ['Vorname', (c, o) => (ytAnon(o) ? '' : DE(c).first), []],
    ['Nachname', (c, o) => (ytAnon(o) ? '' : DE(c).last), []],
    ['E-Mail', (c, o) => (ytSale(o) === 'Online' ? DE(c).email : ''), EMAIL_ID],
    ['Telefon', (c, o) => (ytSale(o) === 'Online' && n(c) % 3 ? DE(c).mobile : ''), PHONE_ID, opt],
    ['PLZ', (c, o) => (ytSale(o) === 'Online' ? DE(c).postal : ''), [BILL('postalCode')], opt],
    ['Ort', (c, o) => (ytSale(o) === 'Online' ? DE(c).city : ''), [BILL('city')], opt],
    ['Gutscheincode', (c, o) => (o.coupon && ytSale(o) === 'Online' ? 'LACHEN5' : ''), ['commerce.promotionID']],
    ['Eingelassen', (c, o) => (ytShow(o) < Date.UTC(2025, 0, 1) && ytState(o) === 'bezahlt' ? 'ja' : 'nein'), []],
    ['Newsletter', (c, o) => (ytSale(o) === 'Online' && c.bool ? 'ja' : 'nein'), []],
  ] },

  // ---------------------------------------------------------------- US: store credit and rewards customers
  { name: 'rewardify-customers-export-us', product: 'Rewardify (Shopify app for store credit and rewards; Rewardify admin > Customers > Export (CSV), one row per customer with the credit balance and tier, English UI, a Boulder outdoor-gear shop)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(6900000000000 + n(c) * 4099), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c) => (n(c) % 3 ? usPhone(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['City', (c) => rwPlace(c)[0], at(HOME, 'city')],
    ['Province', (c) => rwPlace(c)[1], STATE(HOME)],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Zip', (c) => rwPlace(c)[3], at(HOME, 'postalCode')],
    ['Tags', (c) => row(['', 'rewards-member', 'rewards-member, newsletter', 'wholesale', '', 'rewards-member'], n(c) >> 1), []],
    ['Tier', (c) => rwTier(c), ['loyalty.tier']],
    ['Store Credit Balance', (c) => num(rwBal(c)), ['loyalty.points'], opt],
    ['Total Credit Earned', (c) => num(rwEarned(c)), ['loyalty.lifetimePoints'], opt],
    ['Total Credit Used', (c) => num(rwUsed(c)), ['loyalty.pointsRedeemed'], opt],
    ['Credit Expiring', (c) => (n(c) % 4 === 1 ? num(Math.min(10, rwBal(c))) : '0.00'), ['loyalty.pointsExpiration[0].pointsExpiring'], opt],
    ['Expiration Date', (c) => (n(c) % 4 === 1 ? ymd(mt(later(c, 90) + 90 * day)) : ''), ['loyalty.pointsExpiration[0].pointsExpirationDate'], opt],
    ['Total Spent', (c) => num(rwSpent(c)), ['loyalty.lifetimePurchases']],
    ['Orders Count', (c) => String(1 + Math.floor(rwSpent(c) / 120)), []],
    ['Accepts Marketing', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Birthday', (c) => (n(c) % 3 === 0 ? ymd(v.parts(c.birth)) : ''), ['person.birthDate']],
    ['Referral Code', (c) => `${slug(c.first).toUpperCase()}${n(c) % 1000}`, [], opt],
    ['Last Activity', (c) => usDT(later(c, 200)), [], opt],
    ['Created At', (c) => usDT(c.created), ['loyalty.joinDate'], opt],
  ] },

  // ---------------------------------------------------------------- Austria (German UI): subscription-billing customers
  { name: 'monsum-kunden-export-at', product: 'Monsum (German subscription-billing service, formerly FastBill Automatic; Kunden > Kundenliste > Export (CSV), one row per customer with the active subscription, German UI, a Salzburg specialty-coffee roaster\'s Kaffee-Abo)', family: 'subscriptions', language: 'de', schema: P, cols: [
    ['Kundennummer', (c) => String(10000 + (n(c) % 9000)), ['_id', 'personID']],
    ['Kundentyp', (c) => (msBiz(c) ? 'Geschäftskunde' : 'Privatkunde'), ['person.type'], opt],
    ['Firma', (c) => (msBiz(c) ? row(ATFIRMS, n(c) >> 1) : ''), ['organizations[0]']],
    ['Anrede', (c) => (AT(c).female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle'], opt],
    ['Titel', (c) => (n(c) % 8 === 3 ? row(['Mag.', 'Dr.', 'DI', 'Ing.'], n(c) >> 3) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => AT(c).first, ['person.name.firstName']],
    ['Nachname', (c) => AT(c).last, ['person.name.lastName']],
    ['Straße', (c) => AT(c).street, [...at(HOME, 'street1'), 'billingAddress.street1']],
    ['Adresszusatz', (c) => (n(c) % 6 === 0 ? 'Hinterhaus' : ''), [...at(HOME, 'street2'), 'billingAddress.street2']],
    ['PLZ', (c) => AT(c).postal, [...at(HOME, 'postalCode'), 'billingAddress.postalCode']],
    ['Ort', (c) => AT(c).city, [...at(HOME, 'city'), 'billingAddress.city']],
    ['Land', (c) => (AT(c).region === 'Bayern' ? 'DE' : 'AT'), [...at(HOME, 'countryCode'), 'billingAddress.countryCode']],
    ['E-Mail', (c) => AT(c).email, ['personalEmail.address']],
    ['Telefon', (c) => (n(c) % 4 === 0 ? `${AT(c).area} ${v.int(seeded(c, 'tel'), 200000, 899999)}` : ''), ['homePhone.number', 'workPhone.number']],
    ['Mobil', (c) => AT(c).mobile, ['mobilePhone.number']],
    ['USt-IdNr.', (c) => (msBiz(c) ? `ATU${pad(10000000 + (n(c) * 37) % 89999999, 8)}` : ''), []],
    ['Zahlungsart', (c) => msPay(c), []],
    ['IBAN', (c) => (msPay(c) === 'SEPA-Lastschrift' ? `${AT(c).region === 'Bayern' ? 'DE' : 'AT'}${pad(10 + (n(c) % 89))} **** **** **** ${pad((n(c) * 7) % 10000, 4)}` : ''), []],
    ['Mandatsreferenz', (c) => (msPay(c) === 'SEPA-Lastschrift' ? `MNDT-${10000 + (n(c) % 9000)}` : ''), []],
    ['Abo', (c) => msAbo(c)[0], [], opt],
    ['Abo-Status', (c) => row(['aktiv', 'aktiv', 'pausiert', 'aktiv', 'gekündigt', 'aktiv'], n(c) >> 2), []],
    ['Abo-Start', (c) => dmy(cet(c.created)), [], opt],
    ['Nächste Abrechnung', (c) => dmy(cet(later(c, 30))), []],
    ['Betrag brutto', (c) => dec(msAbo(c)[1]), []],
    ['Währung', () => 'EUR', []],
    ['Kommentar', (c) => row(['', '', 'Mahlgrad: French Press', '', 'Lieferung an Nachbarn Top 3', '', 'Bohne, nicht gemahlen'], n(c) >> 1), []],
    ['Erstellt am', (c) => `${dmy(cet(c.created))} ${hm(cet(c.created))}`, [], opt],
  ] },

  // ---------------------------------------------------------------- Netherlands: newsletter contacts
  { name: 'mailmotor-contacten-export-nl', product: 'Mailmotor (Dutch e-mail marketing tool; Contacten > Alle contacten > Exporteren (CSV), one row per contact with custom fields and list memberships, Dutch UI, a Haarlem independent bookshop\'s newsletters)', family: 'marketing', language: 'nl', schema: P, cols: [
    ['E-mailadres', (c) => NLH(c).email, ['personalEmail.address']],
    ['Voornaam', (c) => NLH(c).first, ['person.name.firstName']],
    ['Tussenvoegsel', (c) => { const m = NLH(c).last.match(/^((?:van den|van der|van|de|den|ter|te)\s)/); return m ? m[1].trim() : '' }, ['person.name.middleName'], opt],
    ['Achternaam', (c) => NLH(c).last.replace(/^(van den|van der|van|de|den|ter|te)\s/, ''), ['person.name.lastName']],
    ['Geslacht', (c) => (n(c) % 5 === 0 ? '' : NLH(c).female ? 'Vrouw' : 'Man'), ['person.gender']],
    ['Geboortedatum', (c) => (n(c) % 3 === 0 ? nlD(v.parts(NLH(c).birth)) : ''), ['person.birthDate']],
    ['Postcode', (c) => NLH(c).postal, at(HOME, 'postalCode')],
    ['Woonplaats', (c) => NLH(c).city, at(HOME, 'city')],
    ['Mobiel', (c) => (n(c) % 4 === 0 ? NLH(c).mobile : ''), ['mobilePhone.number']],
    ['Lijsten', (c) => mmLists(c), []],
    ['Status', (c) => mmState(c), [], opt],
    ['Bron', (c) => row(['Website', 'Kassa', 'Website', 'Import', 'Lezing aanmelding', 'Website'], n(c) >> 1), []],
    ['Favoriete genres', (c) => row(['Literaire fictie', 'Thrillers, Non-fictie', 'Kinderboeken', 'Geschiedenis', '', 'Poëzie, Literaire fictie'], n(c) >> 2), []],
    ['Klantenpas', (c) => (n(c) % 3 === 1 ? `HB${pad(n(c) % 100000, 6)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Aangemeld op', (c) => nlDT(c.created), [], opt],
    ['Dubbele opt-in bevestigd', (c) => (mmState(c) === 'Ingeschreven' ? 'Ja' : 'Nee'), []],
    ['Uitgeschreven op', (c) => (mmState(c) === 'Uitgeschreven' ? nlDT(later(c)) : ''), []],
    ['Laatst geopend', (c) => (mmState(c) === 'Ingeschreven' && n(c) % 3 ? nlDT(later(c, 120)) : ''), [], opt],
    ['Laatst geklikt', (c) => (mmState(c) === 'Ingeschreven' && n(c) % 3 === 1 ? nlDT(later(c, 120) + 90000) : ''), [], opt],
    ['Engagement', (c) => row(['Hoog', 'Gemiddeld', 'Laag', 'Gemiddeld', 'Inactief'], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- UK: B2B contact-data export
  { name: 'leadiro-contacts-export-uk', product: 'Leadiro (UK B2B contact-data platform; Search > Contacts > select > Export (CSV), one row per contact with the company firmographics, English UI, a Manchester managed-IT and cyber-security provider\'s outbound list)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => `LD-C-${pad(n(c) * 13 % 10000000, 7)}`, B2BID],
    ['First Name', (c) => ukP(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ukP(c).last, ['person.name.lastName']],
    ['Job Title', (c) => ldRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c) => ldRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Seniority', (c) => ldRole(c)[2], []],
    ['Email', (c) => `${slug(ukP(c).first)}.${slug(ukP(c).last)}@${ldCo(c)[1]}`, ['workEmail.address']],
    ['Email Status', (c) => row(['Verified', 'Verified', 'Catch-all', 'Verified', 'Verified', 'Unverified'], n(c) >> 2), []],
    ['Direct Dial', (c) => (n(c) % 3 === 0 ? `${ldCo(c)[9].slice(0, -3)}${ukP(c).ext}` : ''), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 5 === 1 ? ukP(c).mobile : ''), ['mobilePhone.number']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(ukP(c).first)}-${slug(ukP(c).last)}-${v.hex(seeded(c, 'li'), 6)}`, []],
    ['Company Name', (c) => ldCo(c)[0], CO],
    ['Company ID', (c) => `LD-O-${pad(100000 + (n(c) >> 1) % 7 * 4409, 7)}`, ACCT, opt],
    ['Company Website', (c) => `www.${ldCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Company Phone', (c) => ldCo(c)[9], ['workPhone.number'], opt],
    ['Industry', (c) => ldCo(c)[2], []],
    ['SIC Code', (c) => ldCo(c)[10], []],
    ['Employee Range', (c) => ldCo(c)[3], []],
    ['Revenue Range', (c) => ldCo(c)[4], []],
    ['Address', (c) => ldCo(c)[5], [W('street1')]],
    ['Town', (c) => ldCo(c)[6], [W('city')]],
    ['County', (c) => ldCo(c)[7], [...STATE(['workAddress']), W('region')], opt],
    ['Postcode', (c) => ldCo(c)[8], [W('postalCode')]],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['TPS', (c) => (n(c) % 4 === 0 ? 'Y' : 'N'), [], opt],
    ['Last Verified', (c) => dmy(uk(later(c, 120)), '/'), [], opt],
  ] },

  // ---------------------------------------------------------------- India: bulk e-mail verification export
  { name: 'clearout-bulk-verify-export-in', product: 'Clearout (Clearout.io, Bengaluru, e-mail verification and finder; Bulk Verify > list > Download Result > All (CSV), the uploaded lead list\'s own columns followed by Clearout\'s appended result columns, English UI, a Hyderabad payroll and HR-software vendor\'s webinar sign-up list)', family: 'b2b', language: 'en', schema: B, cols: [
    ['First Name', (c) => IN(c).first, ['person.name.firstName']],
    ['Last Name', (c) => IN(c).last, ['person.name.lastName']],
    ['Email', (c) => clMail(c), ['workEmail.address']],
    ['Company', (c) => clCo(c)[0], CO],
    ['Designation', (c) => (clSt(c)[3] === 'yes' ? '' : clRole(c)), ['extendedWorkDetails.jobTitle']],
    ['Mobile', (c) => (n(c) % 3 ? `+91 ${IN(c).mobile}` : ''), ['mobilePhone.number']],
    ['City', (c) => clCo(c)[2], [W('city')], opt],
    ['Webinar', (c) => row(['Payroll Compliance: The New Labour Codes', 'Automating Attendance & Leave', 'Payroll Compliance: The New Labour Codes'], n(c) >> 2), []],
    ['Clearout Email Status', (c) => clSt(c)[0], []],
    ['Clearout Email Sub Status', (c) => clSt(c)[1], []],
    ['Clearout Safe To Send', (c) => clSt(c)[2], []],
    ['Clearout Disposable', () => 'no', []],
    ['Clearout Free Account', (c) => clSt(c)[4], []],
    ['Clearout Role Account', (c) => clSt(c)[3], []],
    ['Clearout Gibberish', () => 'no', []],
    ['Clearout Bounce Type', (c) => clSt(c)[5], []],
    ['Clearout Account', (c) => (clSt(c)[4] === 'yes' ? IN(c).email.split('@')[0] : clMail(c).split('@')[0]), []],
    ['Clearout Domain', (c) => clMail(c).split('@')[1], ['b2b.companyWebsite'], opt],
    ['Clearout MX Record', (c) => (clSt(c)[4] === 'yes' ? 'gmail-smtp-in.l.google.com' : row(['aspmx.l.google.com', `${clCo(c)[1].replace(/\./g, '-')}.mail.protection.outlook.com`, 'mx.zoho.in'], n(c) >> 1)), []],
    ['Clearout SMTP Provider', (c) => (clSt(c)[4] === 'yes' ? 'google' : row(['google', 'microsoft', 'zoho'], n(c) >> 1)), []],
    ['Clearout Verified On', (c) => { const p = ist(later(c, 30)); return `${ymd(p)}T${hms(p)}+05:30` }, [], opt],
  ] },

  // ---------------------------------------------------------------- US: purchased B2B contact list
  { name: 'lake-b2b-contact-list-us', product: 'Lake B2B (Illinois B2B data vendor; purchased healthcare contact list delivered from the client portal as Excel/CSV, one row per contact with the company firmographics, English headers, a Chicago revenue-cycle software vendor\'s list of Midwest practices and hospitals)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Record ID', (c) => `LK${pad(n(c) * 29 % 100000000, 8)}`, B2BID],
    ['Prefix', (c) => (lkRole(c)[0].startsWith('Chief') || n(c) % 5 ? (FEMN.has(c.first) ? 'Ms.' : 'Mr.') : 'Dr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c) => (n(c) % 3 === 0 ? row(['A.', 'J.', 'M.', 'R.', 'L.'], n(c) >> 2) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c) => (n(c) % 11 === 0 ? 'MD' : n(c) % 13 === 0 ? 'RN' : ''), ['person.name.suffix']],
    ['Title', (c) => lkRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c) => lkRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Management Level', (c) => lkRole(c)[2], []],
    ['Email Address', (c) => `${slug(c.first)[0]}${slug(c.last)}@${lkCo(c)[1].replace('www.', '')}`, ['workEmail.address']],
    ['Direct Phone', (c) => `${lkCo(c)[10].slice(0, -4)}${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Company Name', (c) => lkCo(c)[0], CO],
    ['Website', (c) => lkCo(c)[1], ['b2b.companyWebsite']],
    ['Address', (c) => lkCo(c)[6], [W('street1')]],
    ['City', (c) => lkCo(c)[7], [W('city')]],
    ['State', (c) => lkCo(c)[8], STATE(['workAddress'])],
    ['Zip Code', (c) => lkCo(c)[9], [W('postalCode')]],
    ['Country', () => 'USA', [W('country')]],
    ['Company Phone', (c) => lkCo(c)[10], ['workPhone.number'], opt],
    ['Industry', (c) => lkCo(c)[2], []],
    ['Sub Industry', (c) => lkCo(c)[3], []],
    ['Employee Size', (c) => lkCo(c)[4], []],
    ['Revenue Size', (c) => lkCo(c)[5], []],
    ['SIC Code', (c) => lkCo(c)[11], []],
    ['NAICS Code', (c) => lkCo(c)[12], []],
    ['LinkedIn Profile', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${pad(n(c) % 1000, 3)}` : ''), []],
    ['Last Verified Date', (c) => mdy(shift(later(c, 180), -6)), [], opt],
  ] },
]
