// Round 62, heldout143: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from the UK, Ireland, Australia, New Zealand
// and South Africa, in local date, money, phone and postcode formats: an e-commerce platform's order lines (Shopstar,
// a Cape Town leather-sandal brand), a card acquirer's gateway transaction download (Barclaycard ePDQ, a Harrogate wine
// merchant), a practice-management system's appointments (Nookal, a Hobart physiotherapy and Pilates clinic), an ITSM
// tool's events (assyst by Axios Systems, a Glasgow university's IT service desk), a digital-experience analytics
// tool's session list (Decibel, a Manchester furniture retailer), a bulk-SMS gateway's sent-message report (SMSPortal,
// a Pretoria car-service franchise), a gym-management system's members (Clubware, a Hamilton 24/7 gym), a hospitality
// CRM's loyalty guests (Acteol, a Bristol craft-pub group), an email-marketing tool's subscribers (Mailblaze, a
// Johannesburg kids'-clothing shop), a B2B data platform's prospect list (FullCircl, a Leeds payroll-software vendor),
// a cloud accounting package's customers (Surf Accounts, a Galway commercial-cleaning company) and another's customers
// (Reckon One, a Geelong electrical contractor) (en 12; E 6, P 3, B 3).
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, ID, B2BID, GEO, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, hm12, local, group } from './values.mjs'
import { slug, hash, digits } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const r2 = (x) => Math.round(x * 100) / 100
const money = (x, sym = '') => { const [a, b] = two(x).split('.'); return `${sym}${group(+a)}.${b}` }
// local clocks: UK and Ireland keep summer time (values.local approximates it); South Africa is +2 all year; Tasmania,
// Victoria and New Zealand move an hour ahead in the southern summer (October to March, approximated by month)
const uk = (ms) => local(ms, 0)
const sast = (ms) => shift(ms, 2)
const south = (ms, std) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 9 ? std : std + 1) }
const aet = (ms) => south(ms, 10)
const nzt = (ms) => south(ms, 12)
// the same instant moved into opening hours (lo .. lo+span-1 local) of a clock f
const open = (ms, f, lo = 8, span = 13) => { const H = f(ms).H; return ms + ((lo + (H % span)) - H) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const dmyS = (p) => dmy(p, '/')
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`
const ymdhm = (p) => `${ymd(p)} ${hm(p)}`
const ymdhms = (p) => `${ymd(p)} ${hms(p)}`
const bd = (ms) => v.parts(ms)
const WE = ['workEmail.address', 'personalEmail.address']
const SHIP_STATE = STATE(['commerce.shipping.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x2545f491); r(); r(); return r }
const FIRST = {
  uk: { f: ['Charlotte', 'Emily', 'Sophie', 'Hannah', 'Amelia', 'Lucy', 'Rebecca', 'Eleanor', 'Priya', 'Megan', 'Freya', 'Katie'], m: ['Oliver', 'James', 'Thomas', 'Harry', 'William', 'Jack', 'Daniel', 'Callum', 'Samuel', 'Joe', 'Rhys', 'Imran'] },
  sc: { f: ['Eilidh', 'Isla', 'Kirsty', 'Ailsa', 'Rachel', 'Morven', 'Fiona', 'Amy', 'Zara', 'Catriona'], m: ['Euan', 'Ross', 'Fraser', 'Callum', 'Jamie', 'Lewis', 'Craig', 'Scott', 'Hamish', 'Ruaridh'] },
  ie: { f: ['Aoife', 'Niamh', 'Ciara', 'Siobhán', 'Orla', 'Sinéad', 'Róisín', 'Caoimhe', 'Emma', 'Gráinne'], m: ['Seán', 'Cian', 'Darragh', 'Eoin', 'Conor', 'Ciarán', 'Pádraig', 'Niall', 'Colm', 'Declan'] },
  au: { f: ['Chloe', 'Jessica', 'Sarah', 'Emma', 'Olivia', 'Georgia', 'Kate', 'Mia', 'Ashleigh', 'Bianca'], m: ['Jack', 'Lachlan', 'Mitchell', 'Josh', 'Ben', 'Liam', 'Hamish', 'Tom', 'Angus', 'Cooper'] },
  nz: { f: ['Aroha', 'Hannah', 'Sophie', 'Grace', 'Kate', 'Ella', 'Mereana', 'Jess', 'Amber', 'Libby'], m: ['Nikau', 'Sam', 'Liam', 'Tama', 'Jack', 'Ollie', 'Blake', 'Hemi', 'Finn', 'Corey'] },
  za: { f: ['Lerato', 'Naledi', 'Thandi', 'Annelie', 'Megan', 'Ayesha', 'Zanele', 'Carmen', 'Nomsa', 'Marizanne', 'Priya', 'Kayla'], m: ['Thabo', 'Sipho', 'Pieter', 'Johan', 'Keegan', 'Lwazi', 'Tshepo', 'Ruan', 'Yusuf', 'Sibusiso', 'Dylan', 'Kagiso'] },
}
const LAST = {
  uk: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Hughes', 'Wright', 'Patel', 'Robinson', 'Thompson', 'Ashworth', 'Khan', 'Barnes', 'Holroyd', 'Fletcher', 'Evans'],
  sc: ['MacDonald', 'Campbell', 'Stewart', 'Robertson', 'Paterson', 'Fraser', 'McLean', 'Murray', 'Ross', 'Kerr', 'Anderson', 'Ahmed', 'Gallacher', 'Duncan'],
  ie: ['Murphy', 'Kelly', "O'Connor", 'Walsh', 'Byrne', 'Ryan', 'Fahy', 'Burke', 'Keane', 'Fitzgerald', 'Concannon', 'Joyce', 'Flaherty', 'Hynes'],
  au: ['Smith', 'Jones', 'Williams', 'Brown', 'Nguyen', 'Mitchell', 'Kelly', 'Harris', 'Clarke', 'Papadopoulos', 'Russo', 'Walsh', 'Chen', 'McKenzie'],
  nz: ['Smith', 'Wilson', 'Williams', 'Brown', 'Te Kani', 'Ngata', 'Walker', 'Patel', 'Singh', 'Campbell', 'Thomson', 'Parata', 'Cooper', 'Reid'],
  za: ['Nkosi', 'Dlamini', 'Botha', 'van der Merwe', 'Naidoo', 'Pillay', 'Mokoena', 'Smith', 'Jacobs', 'Pretorius', 'Khumalo', 'Adams', 'Steyn', 'Molefe', 'Govender', 'Venter'],
}
// uk/sc: [town, county, outward code, area code]; ie: [town, county, routing key, area code]; au: [suburb, state,
// postcode, area code, city]; nz: [suburb, city, postcode]; za: [suburb, city, province, postal code, area code]
const PLACES = {
  uk: [['Harrogate', 'North Yorkshire', 'HG2', '01423'], ['Leeds', 'West Yorkshire', 'LS8', '0113'], ['York', 'North Yorkshire', 'YO24', '01904'], ['Manchester', 'Greater Manchester', 'M21', '0161'], ['Stockport', 'Greater Manchester', 'SK4', '0161'], ['Bristol', '', 'BS7', '0117'], ['Bath', 'Somerset', 'BA2', '01225'], ['London', '', 'SW11', '020'], ['Cheltenham', 'Gloucestershire', 'GL50', '01242'], ['Sheffield', 'South Yorkshire', 'S11', '0114'], ['Ilkley', 'West Yorkshire', 'LS29', '01943'], ['Newcastle upon Tyne', 'Tyne and Wear', 'NE2', '0191']],
  brs: [['Bristol', '', 'BS6', '0117'], ['Bristol', '', 'BS3', '0117'], ['Bristol', '', 'BS5', '0117'], ['Bristol', '', 'BS8', '0117'], ['Bristol', '', 'BS16', '0117'], ['Bath', 'Somerset', 'BA1', '01225'], ['Clevedon', 'Somerset', 'BS21', '01275'], ['Keynsham', 'Somerset', 'BS31', '0117']],
  sc: [['Glasgow', '', 'G12', '0141'], ['Glasgow', '', 'G11', '0141'], ['Glasgow', '', 'G41', '0141'], ['Paisley', 'Renfrewshire', 'PA1', '0141'], ['Milngavie', 'East Dunbartonshire', 'G62', '0141'], ['Hamilton', 'South Lanarkshire', 'ML3', '01698'], ['Stirling', '', 'FK8', '01786'], ['Edinburgh', '', 'EH10', '0131']],
  ie: [['Galway', 'Galway', 'H91', '091'], ['Oranmore', 'Galway', 'H91', '091'], ['Athenry', 'Galway', 'H65', '091'], ['Loughrea', 'Galway', 'H62', '091'], ['Tuam', 'Galway', 'H54', '093'], ['Ennis', 'Clare', 'V95', '065'], ['Castlebar', 'Mayo', 'F23', '094'], ['Athlone', 'Westmeath', 'N37', '090']],
  hob: [['Sandy Bay', 'TAS', '7005', '03', 'Hobart'], ['North Hobart', 'TAS', '7000', '03', 'Hobart'], ['New Town', 'TAS', '7008', '03', 'Hobart'], ['Bellerive', 'TAS', '7018', '03', 'Hobart'], ['Kingston', 'TAS', '7050', '03', 'Hobart'], ['Howrah', 'TAS', '7018', '03', 'Hobart'], ['Moonah', 'TAS', '7009', '03', 'Hobart'], ['Taroona', 'TAS', '7053', '03', 'Hobart'], ['Lindisfarne', 'TAS', '7015', '03', 'Hobart']],
  gee: [['Geelong West', 'VIC', '3218', '03', 'Geelong'], ['Belmont', 'VIC', '3216', '03', 'Geelong'], ['Highton', 'VIC', '3216', '03', 'Geelong'], ['Torquay', 'VIC', '3228', '03', 'Torquay'], ['Lara', 'VIC', '3212', '03', 'Geelong'], ['Ocean Grove', 'VIC', '3226', '03', 'Ocean Grove'], ['Grovedale', 'VIC', '3216', '03', 'Geelong'], ['Newtown', 'VIC', '3220', '03', 'Geelong'], ['Werribee', 'VIC', '3030', '03', 'Melbourne']],
  nz: [['Hamilton East', 'Hamilton', '3216'], ['Hillcrest', 'Hamilton', '3216'], ['Rototuna North', 'Hamilton', '3210'], ['Chartwell', 'Hamilton', '3210'], ['Frankton', 'Hamilton', '3204'], ['Dinsdale', 'Hamilton', '3204'], ['Flagstaff', 'Hamilton', '3210'], ['Leamington', 'Cambridge', '3432'], ['Te Awamutu', 'Te Awamutu', '3800'], ['Ngāruawāhia', 'Ngāruawāhia', '3720']],
  za: [['Sea Point', 'Cape Town', 'Western Cape', '8005', '021'], ['Rondebosch', 'Cape Town', 'Western Cape', '7700', '021'], ['Durbanville', 'Cape Town', 'Western Cape', '7550', '021'], ['Stellenbosch Central', 'Stellenbosch', 'Western Cape', '7600', '021'], ['Bryanston', 'Sandton', 'Gauteng', '2191', '011'], ['Fourways', 'Johannesburg', 'Gauteng', '2191', '011'], ['Parkhurst', 'Johannesburg', 'Gauteng', '2193', '011'], ['Lynnwood', 'Pretoria', 'Gauteng', '0081', '012'], ['Centurion Central', 'Centurion', 'Gauteng', '0157', '012'], ['Umhlanga', 'Durban', 'KwaZulu-Natal', '4319', '031'], ['Morningside', 'Durban', 'KwaZulu-Natal', '4001', '031'], ['Summerstrand', 'Gqeberha', 'Eastern Cape', '6001', '041'], ['Hilton', 'Pietermaritzburg', 'KwaZulu-Natal', '3245', '033']],
  pta: [['Lynnwood', 'Pretoria', 'Gauteng', '0081', '012'], ['Waterkloof Ridge', 'Pretoria', 'Gauteng', '0181', '012'], ['Faerie Glen', 'Pretoria', 'Gauteng', '0043', '012'], ['Montana', 'Pretoria', 'Gauteng', '0182', '012'], ['Centurion Central', 'Centurion', 'Gauteng', '0157', '012'], ['Irene', 'Centurion', 'Gauteng', '0062', '012'], ['Garsfontein', 'Pretoria', 'Gauteng', '0081', '012'], ['Midrand', 'Midrand', 'Gauteng', '1685', '011']],
  jhb: [['Fourways', 'Johannesburg', 'Gauteng', '2191', '011'], ['Parkhurst', 'Johannesburg', 'Gauteng', '2193', '011'], ['Northcliff', 'Johannesburg', 'Gauteng', '2195', '011'], ['Bryanston', 'Sandton', 'Gauteng', '2191', '011'], ['Randpark Ridge', 'Randburg', 'Gauteng', '2169', '011'], ['Bedfordview', 'Germiston', 'Gauteng', '2007', '011'], ['Lonehill', 'Sandton', 'Gauteng', '2062', '011'], ['Centurion Central', 'Centurion', 'Gauteng', '0157', '012'], ['Umhlanga', 'Durban', 'KwaZulu-Natal', '4319', '031'], ['Rondebosch', 'Cape Town', 'Western Cape', '7700', '021']],
}
const STREETS = {
  uk: ['High Street', 'Station Road', 'Church Lane', 'Victoria Avenue', 'Park Road', 'Mill Lane', 'Kings Road', 'The Crescent', 'Oakwood Drive', 'Grove Terrace', 'Otley Road', 'Gloucester Road'],
  sc: ['Byres Road', 'Great Western Road', 'Hyndland Road', 'Dumbarton Road', 'Pollokshaws Road', 'Main Street', 'Glasgow Road', 'Maxwell Drive'],
  ie: ['Main Street', 'Church Street', 'Dublin Road', 'Father Griffin Road', 'College Road', 'Ashgrove', 'Renmore Avenue', 'Bóthar na Trá', 'Castle Park', 'Newcastle Road'],
  au: ['Sandy Bay Rd', 'Elizabeth St', 'Clarence St', 'Channel Hwy', 'Pacific Hwy', 'Pakington St', 'High St', 'Shannon Ave', 'Surf Coast Hwy', 'Bellarine Hwy', 'Ryrie St', 'Roslyn Rd'],
  nz: ['Grey Street', 'Clyde Street', 'Te Rapa Road', 'Thomas Road', 'Peachgrove Road', 'Hukanui Road', 'Gordonton Road', 'Victoria Street', 'Ohaupo Road', 'Whatawhata Road'],
  za: ['Beach Road', 'Main Road', 'Jan Smuts Avenue', 'William Nicol Drive', 'Lois Avenue', 'Rigel Avenue', 'Lighthouse Road', 'Florida Road', 'Kloof Street', 'Church Street', 'Witkoppen Road', 'Oxford Road'],
}
const COMPLEX = ['', '', '', '', 'Unit 4 Palm Grove', 'Unit 12 The Willows', '7 Acacia Estate', 'Unit 21 Stone Ridge', 'Flat 3 Seaview Court']
const MAIL = {
  uk: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'sky.com'],
  ie: ['gmail.com', 'hotmail.com', 'eircom.net', 'outlook.ie', 'icloud.com', 'yahoo.ie'],
  au: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'optusnet.com.au'],
  nz: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.co.nz', 'icloud.com', 'vodafone.co.nz'],
  za: ['gmail.com', 'gmail.com', 'outlook.com', 'icloud.com', 'mweb.co.za', 'telkomsa.net', 'webmail.co.za'],
}
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ'
const EIR = 'ACDEFHKNPRTVWXY0123456789'
const mk = (c, key) => {
  const r = seeded(c, key)
  const cc = { brs: 'uk', hob: 'au', gee: 'au', pta: 'za', jhb: 'za' }[key] ?? key
  const female = r() < 0.52
  const first = v.pick(r, FIRST[cc][female ? 'f' : 'm']), last = v.pick(r, LAST[cc])
  const pl = v.pick(r, PLACES[key])
  const street = `${v.int(r, 1, 180)} ${v.pick(r, STREETS[cc])}`
  const p = { female, first, last, full: `${first} ${last}`, street, birth: Date.UTC(1952 + v.int(r, 0, 52), v.int(r, 0, 11), v.int(r, 1, 28)),
    email: `${slug(first)}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[cc === 'sc' ? 'uk' : cc])}` }
  if (cc === 'uk' || cc === 'sc') {
    const [town, county, outward, area] = pl
    const loc = area.length === 3 ? `${v.int(r, 2, 8)}${digits(r, 3)} ${digits(r, 4)}` : area.length === 4 ? `${v.int(r, 2, 9)}${digits(r, 2)} ${digits(r, 4)}` : `${v.int(r, 2, 9)}${digits(r, 5)}`
    const mob = `07${v.pick(r, ['4', '5', '7', '8', '9'])}${digits(r, 2)} ${digits(r, 6)}`
    return { ...p, town, county, postcode: `${outward} ${v.int(r, 1, 9)}${INWARD[v.int(r, 0, 19)]}${INWARD[v.int(r, 0, 19)]}`, country: 'GB', countryName: 'United Kingdom',
      land: `${area} ${loc}`, mobile: mob, e164: `+44${mob.slice(1).replace(' ', '')}` }
  }
  if (cc === 'ie') {
    const [town, county, rk, area] = pl
    const mob = `08${v.pick(r, ['3', '5', '6', '7', '9'])} ${digits(r, 3)} ${digits(r, 4)}`
    return { ...p, town, county, postcode: `${rk} ${Array.from({ length: 4 }, () => EIR[v.int(r, 0, EIR.length - 1)]).join('')}`, country: 'IE', countryName: 'Ireland',
      land: `(${area}) ${v.int(r, 2, 9)}${digits(r, 2)} ${digits(r, 3)}`, mobile: mob, e164: `+353${mob.slice(1).replace(/ /g, '')}` }
  }
  if (cc === 'au') {
    const [suburb, state, postcode, area, city] = pl
    const mob = `04${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`
    return { ...p, suburb, state, stateName: state === 'TAS' ? 'Tasmania' : 'Victoria', postcode, city, country: 'AU', countryName: 'Australia',
      land: `(${area}) ${state === 'TAS' ? '62' : '52'}${digits(r, 2)} ${digits(r, 4)}`, mobile: mob, e164: `+61${mob.slice(1).replace(/ /g, '')}` }
  }
  if (cc === 'nz') {
    const [suburb, city, postcode] = pl
    const mob = `02${v.pick(r, ['1', '2', '7', '7'])} ${digits(r, 3)} ${digits(r, 4)}`
    return { ...p, suburb, city, postcode, country: 'NZ', countryName: 'New Zealand', land: `07 ${v.int(r, 8, 8)}${digits(r, 2)} ${digits(r, 4)}`, mobile: mob, e164: `+64${mob.slice(1).replace(/ /g, '')}` }
  }
  const [suburb, city, province, postcode, area] = pl
  const mob = `0${v.pick(r, ['82', '83', '84', '72', '73', '76', '79', '61', '71'])} ${digits(r, 3)} ${digits(r, 4)}`
  return { ...p, suburb, city, province, postcode, area, complex: v.pick(r, COMPLEX), country: 'ZA', countryName: 'South Africa',
    land: `${area} ${v.int(r, 3, 8)}${digits(r, 2)} ${digits(r, 4)}`, mobile: mob, intl: `27${mob.slice(1).replace(/ /g, '')}` }
}
const who = (c, key) => { const k = `${key}:${c.id}:${c.first}:${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, key)); return memo.get(k) }

// ---------------------------------------------------------------- 1. Shopstar order lines (ZA, E)
// a Cape Town (Woodstock) leather-sandal brand: [SKU, product, variant, price incl. VAT]
const SS_ITEMS = [['SND-VELD-TAN', 'Classic Vellie', 'Size 7 / Tan', 1150], ['SND-2STR-BLK', 'Two-Strap Leather Sandal', 'Size 5 / Black', 895], ['BAG-TOTE-CHS', 'Everyday Leather Tote', 'Chestnut', 1650],
  ['BLT-HS-BRN', 'Hand-stitched Belt', '34" / Brown', 495], ['SND-KIDS-NAT', 'Kids Beach Sandal', 'Size 12 / Natural', 450], ['WLT-BIF-BLK', 'Bifold Wallet', 'Black', 595], ['SND-SLIDE-OX', 'Oxblood Slide', 'Size 6 / Oxblood', 780]]
const ssItem = (o, i) => row(SS_ITEMS, i + n(o))
const ssShip = (o) => row([['The Courier Guy - Door to Door', 120], ['PAXI - Collect at PEP (7-9 days)', 59.95], ['The Courier Guy - Door to Door', 120], ['Collect from our Woodstock studio', 0], ['PAXI - Collect at PEP (7-9 days)', 59.95]], n(o) % 5)
const ssSub = (o, i) => ssItem(o, i)[3] * o.qty
const ssShipFee = (o, i) => (ssSub(o, i) >= 1500 && ssShip(o)[1] ? 0 : ssShip(o)[1])
const ssDisc = (o, i) => (o.discount ? r2(ssSub(o, i) * 0.1) : 0)
const ssTotal = (o, i) => r2(ssSub(o, i) + ssShipFee(o, i) - ssDisc(o, i))
const ssSt = (o) => row(['Fulfilled', 'Fulfilled', 'Paid', 'Awaiting payment', 'Fulfilled', 'Cancelled', 'Paid', 'Fulfilled'], n(o) % 8)
const ssPay = (o) => row(['PayFast - Credit Card', 'PayFast - Instant EFT', 'SnapScan', 'Manual EFT', 'PayFast - Credit Card', 'PayFast - Mobicred'], n(o) % 6)
const ssAt = (o) => open(o.at, sast, 6, 17)
const ssTo = (c, o) => (n(o) % 6 === 1 ? who(c, 'jhb') : who(c, 'za'))
const ssCollect = (o) => ssShip(o)[1] === 0
// ---------------------------------------------------------------- 2. Barclaycard ePDQ transactions (UK, E)
// a Harrogate independent wine merchant (web shop and phone orders): [order description, amount]
const EP_ITEMS = [['Mixed case - Claret Discovery (12)', 164.0], ['Rioja Reserva 2018 x6', 89.7], ['Tasting evening ticket x2', 70.0], ['Champagne gift box + delivery', 62.5], ['Wine club quarterly box', 54.95], ['En primeur - Pauillac 2022 (6)', 312.0], ['Gift voucher', 50.0]]
const epItem = (o) => row(EP_ITEMS, n(o) % 7)
const epMoto = (o) => n(o) % 5 === 3
const epSt = (o) => row([['9', 'Payment requested'], ['9', 'Payment requested'], ['5', 'Authorised'], ['2', 'Authorisation refused'], ['9', 'Payment requested'], ['8', 'Refund'], ['91', 'Payment processing'], ['9', 'Payment requested']], n(o) % 8)
const epBrand = (o) => row([['VISA', '4'], ['MasterCard', '5'], ['VISA', '4'], ['Maestro', '6'], ['American Express', '3'], ['VISA', '4']], n(o) % 6)
const epAt = (o) => open(o.at, uk, 7, 16)
const epWho = (c) => who(c, 'uk')
// ---------------------------------------------------------------- 3. Nookal appointments (AU, E)
// a Hobart physiotherapy and clinical Pilates clinic with two locations: [appointment type, minutes, fee]
const NK_TYPES = [['Physiotherapy Initial Consultation', 45, 115], ['Physiotherapy Standard Consultation', 30, 92], ['Physiotherapy Standard Consultation', 30, 92], ['Clinical Pilates (Group)', 55, 38], ['Remedial Massage 60 min', 60, 110], ['Hydrotherapy Session', 30, 65], ['Telehealth Review', 20, 70]]
const nkType = (o) => row(NK_TYPES, n(o) % 7)
const nkSt = (o) => row(['Arrived', 'Arrived', 'Booked', 'Arrived', 'Cancelled', 'Arrived', 'DNA', 'Booked'], n(o) % 8)
const nkAt = (o) => { const ms = open(o.at + (n(o) % 30) * day, aet, 7, 12); return ms - (ms % 900000) }
const nkPayer = (c) => row(['Private', 'Private', 'DVA', 'Private', 'WorkCover Tasmania', 'Private', 'Medicare (CDM)', 'MAIB'], n(c) % 8)
const nkWho = (c) => who(c, 'hob')
const nkDone = (o) => nkSt(o) === 'Arrived'
// ---------------------------------------------------------------- 4. assyst events (UK, E)
// a Glasgow university's IT service desk: [item A, item B, category, short description]
const AS_ITEMS = [['EDUROAM WI-FI', 'ANDROID', 'FAULT', 'Cannot connect to eduroam after phone update'], ['MICROSOFT 365', 'OUTLOOK', 'FAULT', 'Mailbox not syncing on laptop'], ['IDENTITY & ACCESS', 'MFA', 'HOW TO', 'New phone - need to move authenticator app'],
  ['MOODLE', 'COURSE ACCESS', 'ACCESS REQUEST', 'Not enrolled on course page for ENG2041'], ['PRINTING', 'PAPERCUT', 'FAULT', 'Print credit taken but nothing printed in library'], ['MYCAMPUS', 'ENROLMENT', 'HOW TO', 'How do I change my course option?'], ['SOFTWARE', 'MATLAB', 'SERVICE REQUEST', 'Licence request for MATLAB on personal device']]
const asItem = (o) => row(AS_ITEMS, n(o) % 7)
const asSt = (o) => row(['Closed', 'Closed', 'Resolved', 'Open', 'Closed', 'Pending - Awaiting User', 'Closed', 'Assigned'], n(o) % 8)
const asStaff = (c) => n(c) % 4 === 0
const asAt = (o) => open(o.at, uk, 7, 14)
const asDone = (o) => ['Closed', 'Resolved'].includes(asSt(o))
const asRes = (o) => open(asAt(o) + ((n(o) % 50) + 1) * 3600000, uk, 8, 10)
const asWho = (c) => who(c, 'sc')
const asMatric = (c) => `${2200000 + (n(c) * 37) % 700000}${slug(asWho(c).last)[0]}`
const asGuid = (c) => (asStaff(c) ? `${slug(asWho(c).first).slice(0, 2)}${slug(asWho(c).last).slice(0, 3)}${1 + n(c) % 9}x` : asMatric(c))
const asDept = (c) => (asStaff(c) ? row(['School of Engineering', 'College of Social Sciences', 'Library', 'Estates & Commercial Services', 'School of Chemistry'], n(c) % 5) : 'Student')
// ---------------------------------------------------------------- 5. Decibel sessions (UK, E)
// a Manchester online furniture and homeware retailer: [entry path, page title]
const DC_PAGES = ['/', '/sofas/corner-sofas', '/beds/ottoman-beds/harlow-ottoman-bed-king', '/dining/tables', '/sale', '/lighting/floor-lamps', '/basket', '/inspiration/small-living-rooms']
const DC_SRC = [['Paid Search', 'https://www.google.com/', 'sofa_spring_sale'], ['Organic Search', 'https://www.google.co.uk/', ''], ['Direct', '', ''], ['Email', '', 'newsletter_wk14_beds'], ['Paid Social', 'https://l.facebook.com/', 'ig_cornersofa_retarget'], ['Referral', 'https://www.idealhome.co.uk/', ''], ['Organic Search', 'https://www.bing.com/', '']]
const DC_DEV = [['Mobile', 'iPhone', 'Safari', '17.3', 'iOS', '390x844'], ['Desktop', '', 'Chrome', '122.0', 'Windows', '1920x1080'], ['Mobile', 'Samsung Galaxy S23', 'Samsung Internet', '23.0', 'Android', '360x780'], ['Tablet', 'iPad', 'Safari', '17.2', 'iOS', '820x1180'], ['Desktop', '', 'Edge', '121.0', 'Windows', '1536x864'], ['Desktop', '', 'Safari', '17.1', 'Mac OS X', '1440x900'], ['Mobile', 'Google Pixel 7', 'Chrome', '122.0', 'Android', '412x915']]
const DC_CITY = ['Manchester', 'London', 'Leeds', 'Birmingham', 'Stockport', 'Liverpool', 'Glasgow', 'Bristol', 'Sheffield', 'Salford']
const dcSrc = (o) => row(DC_SRC, n(o) % 7)
const dcDev = (o) => row(DC_DEV, (n(o) >> 1) % 7)
const dcConv = (o) => n(o) % 6 === 2
const dcValue = (o) => row([449, 1299, 89.99, 649, 219.5, 1849], n(o) % 6)
// ---------------------------------------------------------------- 6. SMSPortal sent messages (ZA, E)
// a Pretoria car-service franchise (four centres): [campaign, message]
const SP_CAMP = [['Service reminder - March', 'Hi {n}, your {car} is due for its service. Book at Pro-Serv Lynnwood: 012 348 1190 or proserv.co.za/book. Reply STOP to opt out'], ['Winter check special', 'Pro-Serv: Winter check R399 (battery, wipers, lights, tyres). Valid till 31 May. Book: 012 348 1190. STOP to opt out'],
  ['Vehicle ready', 'Hi {n}, your {car} is ready for collection at Pro-Serv Centurion. Open till 17:30. Invoice sent to your email.'], ['Booking confirmation', 'Pro-Serv: booking confirmed for {d} at 07:30, Faerie Glen. Reply C to cancel.'], ['Tyre promo', 'Pro-Serv: 4 tyres + free alignment from R2 999. This weekend only at all Pretoria centres. STOP to opt out']]
const CARS = ['VW Polo', 'Toyota Corolla Cross', 'Ford Ranger', 'Toyota Hilux', 'Suzuki Swift', 'Hyundai Grand i10', 'Renault Kwid', 'BMW 320i']
const spCamp = (o) => row(SP_CAMP, n(o) % 5)
const spSt = (o) => row([['Delivered', 'DELIVRD'], ['Delivered', 'DELIVRD'], ['Delivered', 'DELIVRD'], ['Failed', 'Absent subscriber'], ['Delivered', 'DELIVRD'], ['Expired', 'Message validity expired'], ['Delivered', 'DELIVRD'], ['Failed', 'Number blacklisted (opted out)']], n(o) % 8)
const spNet = (c) => { const m = who(c, 'pta').mobile.slice(0, 3); return ['082', '072', '076', '079', '071'].includes(m) ? 'Vodacom' : ['083', '073', '078'].includes(m) ? 'MTN' : ['084', '061'].includes(m) ? 'Cell C' : 'Telkom Mobile' }
const spAt = (o) => open(o.at, sast, 7, 11)
const spMsg = (c, o) => spCamp(o)[1].replace('{n}', who(c, 'pta').first).replace('{car}', row(CARS, n(c))).replace('{d}', dmy(sast(spAt(o) + 2 * day), '/'))
// ---------------------------------------------------------------- 7. Clubware members (NZ, P)
// a Hamilton 24/7 gym: [membership, fee per fortnight]
const CW_PLANS = [['12 Month DD - 24/7 Access', 34.9], ['Open Term DD - 24/7 Access', 42.9], ['12 Month DD - Off Peak', 27.9], ['Student 24/7 (Wintec/Uni)', 29.9], ['12 Month DD - 24/7 + Classes', 44.9], ['10 Visit Concession', 0]]
const cwPlan = (c) => row(CW_PLANS, n(c) % 6)
const cwSt = (c) => row(['Current', 'Current', 'Current', 'Suspended', 'Expired', 'Current', 'Cancelled', 'Current'], n(c) % 8)
const cwWho = (c) => who(c, 'nz')
const cwEc = (c) => who({ ...c, id: String(n(c) + 7) }, 'nz')
// ---------------------------------------------------------------- 8. Acteol loyalty guests (UK, P)
// a Bristol group of craft-beer pubs with an app loyalty scheme
const AC_VENUES = ['The Hop Yard, Gloucester Road', 'The Cooper\'s Arms, Bedminster', 'The Anchor & Barrel, Harbourside', 'The Kiln, Clifton', 'The Drover, Bath']
const acTier = (c) => row(['Regular', 'Regular', 'Local', 'Regular', 'Legend', 'Local'], n(c) % 6)
const acPts = (c) => (n(c) * 37) % 2400
const acWho = (c) => who(c, 'brs')
// ---------------------------------------------------------------- 9. Mailblaze subscribers (ZA, P)
const mbSt = (c) => row(['confirmed', 'confirmed', 'confirmed', 'unsubscribed', 'confirmed', 'unconfirmed', 'confirmed', 'blacklisted'], n(c) % 8)
const mbWho = (c) => who(c, 'jhb')
const mbIp = (c) => `${row(['41.13', '105.224', '102.65', '196.210', '169.0', '41.246'], n(c))}.${(n(c) * 7) % 250 + 1}.${(n(c) * 13) % 250 + 2}`
// ---------------------------------------------------------------- 10. FullCircl prospects (UK, B)
// Yorkshire and Humber manufacturers and distributors: [company, company number, domain, SIC, SIC description,
// employees band, turnover, incorporated, street, town, postcode, switchboard]
const FC_FIRMS = [['Calder Valley Precision Engineering Ltd', '03418827', 'caldervalleyprecision.co.uk', '25620', 'Machining', '50-99', '£8.4m', '1997-09-02', 'Unit 7, Dewsbury Road Industrial Estate', 'Elland', 'HX5 9BJ', '01422 371 660'],
  ['Aire & Wharfe Foods Limited', '07721904', 'airewharfefoods.co.uk', '10890', 'Manufacture of other food products n.e.c.', '100-249', '£21.7m', '2011-08-11', 'Riverside Works, Canal Road', 'Bradford', 'BD2 1AN', '01274 630 412'],
  ['Humber Coatings Group Ltd', '05582331', 'humbercoatings.com', '20301', 'Manufacture of paints, varnishes and similar coatings', '250-499', '£46.2m', '2005-10-04', 'Saltend Lane', 'Hull', 'HU9 5RR', '01482 781 900'],
  ['Pennine Packaging Solutions Ltd', '09017745', 'penninepackaging.co.uk', '17219', 'Manufacture of other paper and paperboard containers', '50-99', '£11.3m', '2014-04-28', '3 Lowfields Way', 'Leeds', 'LS12 6HQ', '0113 278 4410'],
  ['Don Valley Steel Fabrications Limited', '04102988', 'donvalleysteelfab.co.uk', '25110', 'Manufacture of metal structures and parts of structures', '100-249', '£19.8m', '2000-11-06', 'Attercliffe Road', 'Sheffield', 'S9 3QZ', '0114 244 9901'],
  ['Ryedale Joinery Manufacturing Ltd', '06633109', 'ryedalejoinery.co.uk', '16230', 'Manufacture of other builders\' carpentry and joinery', '20-49', '£4.1m', '2008-07-01', 'Showfield Lane', 'Malton', 'YO17 6BT', '01653 690 377']]
const fcFirm = (c) => row(FC_FIRMS, n(c) >> 1)
const FC_ROLE = [['Finance Director', 'Finance', 'Director'], ['HR Manager', 'Human Resources', 'Manager'], ['Payroll Manager', 'Finance', 'Manager'], ['Managing Director', 'General Management', 'C-Level / Owner'], ['Head of People', 'Human Resources', 'Head of'], ['Financial Controller', 'Finance', 'Manager'], ['Operations Director', 'Operations', 'Director']]
const fcRole = (c) => row(FC_ROLE, n(c) % 7)
const fcWho = (c) => who(c, 'uk')
// ---------------------------------------------------------------- 11. Surf Accounts customers (IE, B)
// a Galway commercial-cleaning company's business customers, one per row: [place, town, eircode routing key, street]
// x [kind, legal suffix]
const SA_PLACE = [['Corrib', 'Galway', 'H91', 'Headford Road'], ['Claddagh', 'Galway', 'H91', 'Dominick Street Lower'], ['Oranmore', 'Oranmore', 'H91', 'Oranmore Business Park'], ['Westside', 'Galway', 'H91', 'Seamus Quirke Road'], ['Athenry', 'Athenry', 'H65', 'Cross Street'],
  ['Lough Atalia', 'Galway', 'H91', 'Lough Atalia Road'], ['Knocknacarra', 'Galway', 'H91', 'Cappagh Road'], ['Salthill', 'Galway', 'H91', 'Upper Salthill'], ['Loughrea', 'Loughrea', 'H62', 'Bride Street'], ['Briarhill', 'Galway', 'H91', 'Briarhill Business Park']]
const SA_KIND = [['Dental Care', ''], ['Property Management', ' Ltd'], ['Medical Centre', ''], ['Credit Union', ' Ltd'], ['Crèche & Montessori', ''], ['Motors', ' Ltd'], ['Pharmacy', ' Ltd'], ['Veterinary Clinic', '']]
const saCust = (i) => { const pl = row(SA_PLACE, i), k = SA_KIND[(i * 3) % 8], name = `${pl[0]} ${k[0]}${k[1]}`, r = v.rng(hash(name)); r()
  return { name, code: `${slug(pl[0]).slice(0, 4).toUpperCase()}${pad(1 + (i * 7) % 60, 3)}`, domain: `${slug(pl[0])}${slug(k[0])}.ie`, street: pl[1] === 'Galway' || i % 3 ? `${pl[3].includes('Park') ? `Unit ${v.int(r, 1, 24)}, ` : `${v.int(r, 1, 60)} `}${pl[3]}` : pl[3], town: pl[1],
    eircode: `${pl[2]} ${Array.from({ length: 4 }, () => EIR[v.int(r, 0, EIR.length - 1)]).join('')}`, vat: k[1] || r() < 0.5 ? `IE${v.int(r, 1000000, 9999999)}${'ABCDEFGHKMRTVW'[v.int(r, 0, 13)]}${r() < 0.4 ? 'H' : ''}` : '',
    land: `(${pl[2] === 'H65' || pl[2] === 'H62' ? '091' : '091'}) ${v.int(r, 5, 7)}${digits(r, 2)} ${digits(r, 3)}` } }
const saWho = (c) => who(c, 'ie')
// ---------------------------------------------------------------- 12. Reckon One customers (AU, B)
// a Geelong electrical contractor's commercial customers, one per row: [place, suburb, postcode, street] x [kind, legal suffix]
const RK_PLACE = [['Bellarine', 'Drysdale', '3222', 'Jetty Rd'], ['Surf Coast', 'Torquay', '3228', 'Gilbert St'], ['Corio Bay', 'Geelong', '3220', 'Eastern Beach Rd'], ['Waurn Ponds', 'Grovedale', '3216', 'Pioneer Rd'], ['Barwon', 'Geelong', '3220', 'Moorabool St'],
  ['Highton', 'Highton', '3216', 'Barrabool Rd'], ['Pako', 'Geelong West', '3218', 'Pakington St'], ['Lara', 'Lara', '3212', 'Station Lake Rd'], ['Ocean Grove', 'Ocean Grove', '3226', 'The Terrace'], ['North Geelong', 'North Geelong', '3215', 'Separation St']]
const RK_KIND = [['Builders', ' Pty Ltd'], ['Property Management', ''], ['Cafe Group', ' Pty Ltd'], ['Medical Centre', ''], ['Strata Services', ' Pty Ltd'], ['Family Dental', ''], ['Plumbing & Gas', ' Pty Ltd'], ['Physiotherapy', '']]
const rkCust = (i) => { const pl = row(RK_PLACE, i), k = RK_KIND[(i * 3) % 8], short = `${pl[0]} ${k[0]}`, r = v.rng(hash(short)); r()
  return { short, name: `${short}${k[1]}`, abn: `${v.int(r, 11, 99)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`, domain: `${slug(pl[0])}${slug(k[0])}.com.au`,
    street: `${r() < 0.4 ? `${v.int(r, 1, 9)}/` : ''}${v.int(r, 2, 220)} ${pl[3]}`, suburb: pl[1], postcode: pl[2], terms: v.pick(r, ['Net 30', 'Net 30', 'Net 14', 'Due on receipt', 'Net 7']) } }
const rkWho = (c) => who(c, 'gee')

export const SETS = [
  // ---------------------------------------------------------------- South Africa: e-commerce order lines
  { name: 'shopstar-orders-export-za', product: 'Shopstar (Cape Town e-commerce platform; Orders > Export orders, CSV, one row per order line with the order\'s totals repeated, English UI, a Woodstock leather-sandal and bag brand shipping across South Africa, SAST, ZAR incl. 15% VAT)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => String(1000 + n(o) % 9000), [OR('purchaseID')]],
    ['Order Date', (c, o) => ymdhm(sast(ssAt(o))), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => ssSt(o), []],
    ['Payment Status', (c, o) => (ssSt(o) === 'Awaiting payment' ? 'Unpaid' : ssSt(o) === 'Cancelled' ? 'Refunded' : 'Paid'), []],
    ['Payment Method', (c, o) => ssPay(o), [OR('payments[0].paymentType')]],
    ['Customer First Name', (c) => who(c, 'za').first, []],
    ['Customer Last Name', (c) => who(c, 'za').last, []],
    ['Customer Email', (c) => who(c, 'za').email, EMAIL_ID],
    ['Customer Phone', (c) => who(c, 'za').mobile, PHONE_ID, opt],
    ['Shipping Method', (c, o) => ssShip(o)[0], ['commerce.shipping.shippingMethod']],
    ['Shipping Name', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).full), []],
    ['Shipping Address Line 1', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).street), [SHIP('street1')]],
    ['Shipping Address Line 2', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).complex), [SHIP('street2')]],
    ['Shipping Suburb', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).suburb), [SHIP('region'), SHIP('street2')], opt],
    ['Shipping City', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).city), [SHIP('city')]],
    ['Shipping Province', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).province), SHIP_STATE],
    ['Shipping Postal Code', (c, o) => (ssCollect(o) ? '' : ssTo(c, o).postcode), [SHIP('postalCode')]],
    ['Shipping Country', (c, o) => (ssCollect(o) ? '' : 'South Africa'), [SHIP('country')]],
    ['Product Name', (c, o, r, i) => ssItem(o, i)[1], [PL('name')]],
    ['Product Variant', (c, o, r, i) => ssItem(o, i)[2], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => ssItem(o, i)[0], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => two(ssItem(o, i)[3]), [], opt],
    ['Line Total', (c, o, r, i) => two(ssSub(o, i)), [PL('priceTotal')]],
    ['Subtotal', (c, o, r, i) => two(ssSub(o, i)), [], opt],
    ['Shipping Cost', (c, o, r, i) => two(ssShipFee(o, i)), ['commerce.shipping.shippingAmount']],
    ['Discount Code', (c, o) => (o.discount ? 'WINTER10' : ''), ['commerce.promotionID'], opt],
    ['Discount Amount', (c, o, r, i) => two(ssDisc(o, i)), [OR('discountAmount')]],
    ['VAT Included', (c, o, r, i) => two(ssTotal(o, i) * 15 / 115), [OR('taxAmount')], opt],
    ['Order Total', (c, o, r, i) => two(ssTotal(o, i)), [OR('priceTotal')]],
    ['Tracking Number', (c, o) => (ssSt(o) !== 'Fulfilled' || ssCollect(o) ? '' : ssShip(o)[0].startsWith('PAXI') ? `PX${8100000 + n(o) * 3}` : `TCG${pad(n(o) * 17 % 1000000, 6)}${n(o) % 10}`), ['commerce.shipping.trackingNumber']],
    ['Customer Note', (c, o) => row(['', '', 'Gift - please leave out the invoice', '', 'Complex gate code 4471', '', 'Please call before delivery'], n(o) % 7), []],
  ] },
  // ---------------------------------------------------------------- UK: card acquirer gateway transactions
  { name: 'barclaycard-epdq-transactions-download', product: 'Barclaycard ePDQ (Back office: Operations > View transactions > Download, extended CSV format, one row per payment, English UI, a Harrogate independent wine merchant taking web-shop and phone (MOTO) orders, UK local time, GBP)', family: 'payments', language: 'en', schema: E, cols: [
    ['PAYID', (c, o) => String(3048200000 + n(o) * 311), [OR('payments[0].transactionID')]],
    ['ORDERID', (c, o) => `HWM${epMoto(o) ? 'T' : 'W'}${pad(40000 + n(o) % 60000, 6)}`, [OR('purchaseID')]],
    ['ORDER', (c, o) => dmyhms(uk(epAt(o))), ['timestamp', OR('createdDate')]],
    ['PAYDATE', (c, o) => (epSt(o)[0] === '2' ? '' : dmyS(uk(epAt(o) + (epSt(o)[0] === '8' ? 6 * day : 0)))), [], opt],
    ['STATUS', (c, o) => epSt(o)[0], []],
    ['LIB', (c, o) => epSt(o)[1], []],
    ['ACCEPT', (c, o, r) => (epSt(o)[0] === '2' ? '' : `${v.int(r, 10, 99)}${v.alnum(r, 4).toUpperCase()}`), []],
    ['NCERROR', (c, o) => (epSt(o)[0] === '2' ? '30001001' : '0'), []],
    ['BRAND', (c, o) => epBrand(o)[0], [OR('payments[0].paymentType')], opt],
    ['METHOD', () => 'CreditCard', [OR('payments[0].paymentType')]],
    ['CARD', (c, o) => `${epBrand(o)[1]}${'X'.repeat(epBrand(o)[1] === '3' ? 10 : 11)}${pad((n(o) * 7919) % 10000, 4)}`, []],
    ['EXPDATE', (c, o) => `${pad(1 + n(o) % 12)}${26 + n(o) % 4}`, []],
    ['CN', (c) => `${epWho(c).first[0]} ${epWho(c).last}`.toUpperCase(), []],
    ['AMOUNT', (c, o) => two(epItem(o)[1]), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['CUR', () => 'GBP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['COM', (c, o) => epItem(o)[0], [PL('name')], opt],
    ['ECI', (c, o) => (epMoto(o) ? '1' : '7'), []],
    ['CVCCHECK', (c, o) => (epSt(o)[0] === '2' && n(o) % 2 ? 'KO' : 'OK'), []],
    ['AAVCHECK', (c, o) => row(['OK', 'OK', 'OK', 'NO', 'KO', 'OK'], n(o) % 6), []],
    ['EMAIL', (c, o) => (epMoto(o) && n(o) % 2 ? '' : epWho(c).email), EMAIL_ID],
    ['OWNERADDRESS', (c) => epWho(c).street, [BILL('street1')]],
    ['OWNERZIP', (c) => epWho(c).postcode, [BILL('postalCode')]],
    ['OWNERTOWN', (c) => epWho(c).town, [BILL('city')]],
    ['OWNERCTY', () => 'GB', [BILL('countryCode')]],
    ['OWNERTELNO', (c) => (n(c) % 3 === 0 ? epWho(c).land : epWho(c).mobile), PHONE_ID, opt],
    ['IP', (c, o, r) => (epMoto(o) ? '' : `${v.pick(r, ['86.', '81.', '92.', '2.', '109.'])}${v.int(r, 1, 254)}.${v.int(r, 0, 255)}.${v.int(r, 1, 254)}`), ['environment.ipV4']],
    ['IPCTY', (c, o) => (epMoto(o) ? '' : 'GB'), [GEO('countryCode')], opt],
    ['CCCTY', (c, o) => (n(o) % 11 === 4 ? 'IE' : 'GB'), []],
    ['USERID', (c, o) => (epMoto(o) ? row(['JHARPER', 'SBELL'], n(o)) : ''), []],
  ] },
  // ---------------------------------------------------------------- Australia: clinic appointments
  { name: 'nookal-appointments-report-tas', product: 'Nookal (Reports > Appointments > Export to CSV, one row per appointment with the client\'s details, English UI, a Hobart physiotherapy and clinical Pilates clinic with Sandy Bay and Kingston rooms, AEST/AEDT, AUD)', family: 'booking', language: 'en', schema: E, cols: [
    ['Appointment ID', (c, o) => String(3310000 + n(o) * 3), ['_id'], opt],
    ['Date', (c, o) => dmyS(aet(nkAt(o))), ['timestamp']],
    ['Start Time', (c, o) => hm12(aet(nkAt(o))), [], opt],
    ['End Time', (c, o) => hm12(aet(nkAt(o) + nkType(o)[1] * 60000)), []],
    ['Duration (mins)', (c, o) => String(nkType(o)[1]), []],
    ['Location', (c, o) => (n(o) % 3 === 2 ? 'Kingston' : 'Sandy Bay'), [], opt],
    ['Practitioner', (c, o) => row(['Sophie Lane (Physiotherapist)', 'Tom Hardcastle (Physiotherapist)', 'Rachel Ng (Physiotherapist)', 'Jess Woolley (Remedial Massage)'], nkType(o)[0].startsWith('Remedial') ? 3 : n(o) % 3), []],
    ['Appointment Type', (c, o) => nkType(o)[0], [PL('name')], opt],
    ['Status', (c, o) => nkSt(o), []],
    ['Client ID', (c) => String(10400 + n(c) % 8000), CUST_ID],
    ['First Name', (c) => nkWho(c).first, []],
    ['Last Name', (c) => nkWho(c).last, []],
    ['Email', (c) => nkWho(c).email, EMAIL_ID],
    ['Mobile', (c) => nkWho(c).mobile, PHONE_ID, opt],
    ['Date of Birth', (c) => dmyS(bd(nkWho(c).birth)), []],
    ['Case', (c) => row(['Right knee - ACL rehab', 'Lower back pain', 'Neck pain (MAIB claim 2024)', 'Left shoulder impingement', 'Pre-natal Pilates', 'Ankle sprain', ''], n(c) % 7), []],
    ['Payer', (c) => nkPayer(c), []],
    ['Health Fund', (c) => (nkPayer(c) === 'Private' ? row(['St.LukesHealth', 'Medibank', 'Bupa', '', 'HCF', 'nib'], n(c) % 6) : ''), []],
    ['Invoice Number', (c, o) => (nkDone(o) ? `INV-${pad(58000 + n(o) % 40000, 6)}` : ''), [OR('purchaseID')], opt],
    ['Invoice Total', (c, o) => (nkDone(o) ? money(nkType(o)[2], '$') : nkSt(o) === 'DNA' ? money(50, '$') : ''), [OR('priceTotal')], opt],
    ['Paid', (c, o) => (nkDone(o) ? (n(o) % 5 === 1 ? 'No' : 'Yes') : ''), []],
    ['Booked Online', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Yes'), []],
    ['Booked By', (c, o) => (n(o) % 3 === 0 ? row(['Kirsty (Reception)', 'Anna (Reception)'], n(o)) : 'Online Booking'), []],
    ['Date Booked', (c, o) => { const p = aet(open(nkAt(o) - ((n(o) % 12) + 1) * day - (n(o) % 9) * 3600000, aet, 8, 12)); return `${dmyS(p)} ${hm12(p)}` }, [], opt],
    ['Cancellation Reason', (c, o) => (nkSt(o) === 'Cancelled' ? row(['Unwell', 'Work commitments', 'Rescheduled'], n(o)) : ''), []],
    ['Appointment Notes', (c, o) => row(['', '', 'Bring MRI report', '', 'Pilates reformer intro', 'Interpreter not required'], n(o) % 6), []],
  ] },
  // ---------------------------------------------------------------- UK: IT service desk events
  { name: 'assyst-event-search-export-gla', product: 'assyst (Axios Systems, Edinburgh; assystWeb Event Search > results > Export CSV, one row per incident or service request with the affected user, English UI, a Glasgow university\'s IT Helpdesk serving students and staff, UK local time)', family: 'support', language: 'en', schema: E, cols: [
    ['Event Ref', (c, o) => `${asItem(o)[2] === 'SERVICE REQUEST' || asItem(o)[2] === 'ACCESS REQUEST' ? 'R' : ''}${1184000 + n(o) * 7}`, ['_id'], opt],
    ['Event Type', (c, o) => (['SERVICE REQUEST', 'ACCESS REQUEST'].includes(asItem(o)[2]) ? 'Service Request' : 'Incident'), ['eventType'], opt],
    ['Status', (c, o) => asSt(o), []],
    ['Priority', (c, o) => row(['P3 - Normal', 'P3 - Normal', 'P4 - Low', 'P2 - High', 'P3 - Normal'], n(o) % 5), []],
    ['Affected User', (c) => asWho(c).full, []],
    ['Affected User Short Code', (c) => asGuid(c).toUpperCase(), CUST_ID, opt],
    ['Affected User Email', (c) => (asStaff(c) ? `${slug(asWho(c).first)}.${slug(asWho(c).last)}@uni-clyde.ac.uk` : `${asMatric(c)}@student.uni-clyde.ac.uk`), EMAIL_ID],
    ['Affected User Phone', (c) => (asStaff(c) ? `0141 330 ${pad((n(c) * 13) % 10000, 4)}` : n(c) % 3 === 0 ? asWho(c).mobile : ''), PHONE_ID, opt],
    ['Department', (c) => asDept(c), []],
    ['Site', (c) => (asStaff(c) ? row(['West Campus - Rankine Building', 'Main Library', 'City Campus - Learning Hub'], n(c) % 3) : ''), []],
    ['Item A', (c, o) => asItem(o)[0], []],
    ['Item B', (c, o) => asItem(o)[1], []],
    ['Category', (c, o) => asItem(o)[2], []],
    ['Short Description', (c, o) => asItem(o)[3], []],
    ['Assigned Svd', (c, o) => (asSt(o) === 'Open' ? 'IT HELPDESK' : row(['IT HELPDESK', 'NETWORK TEAM', 'IDENTITY & ACCESS', 'LEARNING TECHNOLOGY', 'IT HELPDESK'], n(o) % 5)), []],
    ['Assigned User', (c, o) => (asSt(o) === 'Open' ? '' : row(['Gemma Boyle', 'Stuart Lennox', 'Aileen McKay', 'Marek Nowak'], n(o) % 4)), []],
    ['Logged By', (c, o) => (n(o) % 3 === 0 ? row(['Gemma Boyle', 'Stuart Lennox'], n(o)) : 'SELF SERVICE'), []],
    ['Contact Method', (c, o) => row(['Self Service Portal', 'Self Service Portal', 'Email', 'Phone', 'Walk-up (IT Hub)'], n(o) % 5), []],
    ['Date Logged', (c, o) => dmyhm(uk(asAt(o))), ['timestamp']],
    ['Date Resolved', (c, o) => (asDone(o) ? dmyhm(uk(asRes(o))) : ''), [], opt],
    ['Date Closed', (c, o) => (asSt(o) === 'Closed' ? dmyhm(uk(asRes(o) + 5 * day)) : ''), []],
    ['SLA Breached', (c, o) => (asDone(o) && n(o) % 50 > 40 ? 'Y' : 'N'), []],
    ['Time Spent (mins)', (c, o) => (asDone(o) ? String(((n(o) % 8) + 1) * 5) : '0'), []],
  ] },
  // ---------------------------------------------------------------- UK: digital-experience analytics sessions
  { name: 'decibel-session-list-export', product: 'Decibel (digital experience analytics, now Medallia DXA; Sessions > Session list > Export CSV, one row per visitor session with its metrics, English UI, a Manchester online furniture and homeware retailer, times in UTC, GBP)', family: 'analytics', language: 'en', schema: E, cols: [
    ['Session ID', (c, o, r) => v.hex(r, 24), ['_id'], opt],
    ['Visitor ID', (c, o, r) => v.hex(r, 16), ['identityMap{}[0].id'], opt],
    ['Customer ID', (c, o) => (n(o) % 3 === 0 ? `C${pad(n(c) % 900000 + 100000, 7)}` : ''), CUST_ID],
    ['Session Start', (c, o) => ymdhms(v.parts(o.at)), ['timestamp']],
    ['Session Duration (s)', (c, o) => String(20 + (n(o) * 37) % 1500), [], opt],
    ['Page Views', (c, o) => String(1 + n(o) % 17), ['web.webPageDetails.pageViews.value'], opt],
    ['Entry Page', (c, o) => `https://www.northhomeliving.co.uk${row(DC_PAGES, n(o))}`, ['web.webPageDetails.URL']],
    ['Exit Page', (c, o) => `https://www.northhomeliving.co.uk${dcConv(o) ? '/checkout/confirmation' : row(DC_PAGES, n(o) + 3)}`, [], opt],
    ['Referrer', (c, o) => dcSrc(o)[1], ['web.webReferrer.URL']],
    ['Traffic Source', (c, o) => dcSrc(o)[0], ['web.webReferrer.type'], opt],
    ['Campaign', (c, o) => dcSrc(o)[2], ['marketing.campaignName', 'marketing.trackingCode']],
    ['Device Type', (c, o) => dcDev(o)[0], ['device.type']],
    ['Device Model', (c, o) => dcDev(o)[1], ['device.model']],
    ['Browser', (c, o) => dcDev(o)[2], ['environment.browserDetails.name']],
    ['Browser Version', (c, o) => dcDev(o)[3], ['environment.browserDetails.version']],
    ['Operating System', (c, o) => dcDev(o)[4], ['environment.operatingSystem']],
    ['Screen Resolution', (c, o) => dcDev(o)[5], [], opt],
    ['Country', (c, o) => (n(o) % 13 === 5 ? 'Ireland' : 'United Kingdom'), [GEO('countryCode')], opt],
    ['City', (c, o) => (n(o) % 13 === 5 ? 'Dublin' : row(DC_CITY, n(c))), [GEO('city')]],
    ['New / Returning', (c, o) => (n(o) % 3 === 1 ? 'Returning' : 'New'), []],
    ['Digital Experience Score', (c, o) => (4 + ((n(o) * 7) % 60) / 10).toFixed(1), []],
    ['Frustration Signals', (c, o) => String((n(o) * 3) % 7 > 4 ? (n(o) % 5) + 1 : 0), []],
    ['Errors', (c, o) => String(n(o) % 9 === 0 ? 2 : n(o) % 4 === 0 ? 1 : 0), []],
    ['Goals Completed', (c, o) => (dcConv(o) ? 'Add to basket; Checkout started; Order complete' : row(['', 'Add to basket', 'Swatch request', '', 'Newsletter sign-up'], n(o) % 5)), []],
    ['Converted', (c, o) => (dcConv(o) ? 'Yes' : 'No'), []],
    ['Order ID', (c, o) => (dcConv(o) ? `NHL${300000 + n(o)}` : ''), [OR('purchaseID')], opt],
    ['Revenue (£)', (c, o) => (dcConv(o) ? two(dcValue(o)) : '0.00'), [OR('priceTotal')], opt],
  ] },
  // ---------------------------------------------------------------- South Africa: bulk-SMS sent messages
  { name: 'smsportal-sent-messages-report', product: 'SMSPortal (Reports > Sent Messages > Export to CSV, one row per message sent with its delivery status, English UI, a Pretoria car-service franchise with four centres sending service reminders and specials, SAST)', family: 'sms', language: 'en', schema: E, cols: [
    ['Event ID', (c, o) => String(482000000 + n(o) * 97), ['_id'], opt],
    ['Send Date', (c, o) => `${ymd(sast(spAt(o)), '/')} ${hms(sast(spAt(o)))}`, ['timestamp']],
    ['Campaign Name', (c, o) => spCamp(o)[0], ['marketing.campaignName']],
    ['Destination', (c) => who(c, 'pta').intl, PHONE_ID, opt],
    ['Message', (c, o) => spMsg(c, o), []],
    ['Parts', (c, o) => (spMsg(c, o).length > 160 ? '2' : '1'), []],
    ['Credits', (c, o) => (spMsg(c, o).length > 160 ? '2.00' : '1.00'), []],
    ['Status', (c, o) => spSt(o)[0], []],
    ['Status Reason', (c, o) => spSt(o)[1], []],
    ['Network', (c) => spNet(c), ['environment.carrier'], opt],
    ['Delivered Date', (c, o) => (spSt(o)[0] === 'Delivered' ? `${ymd(sast(spAt(o) + 9000), '/')} ${hms(sast(spAt(o) + 9000 + (n(o) % 50) * 1000))}` : ''), [], opt],
    ['Customer Reference', (c) => `PS${pad(n(c) % 90000 + 10000, 6)}`, CUST_ID, opt],
    ['Send Type', (c, o) => (['Vehicle ready', 'Booking confirmation'].includes(spCamp(o)[0]) ? 'API' : 'Bulk - Web'), []],
    ['Sent By', (c, o) => (['Vehicle ready', 'Booking confirmation'].includes(spCamp(o)[0]) ? 'api@proserv.co.za' : row(['marizanne@proserv.co.za', 'thabo.m@proserv.co.za'], n(o))), []],
    ['Cost Centre', (c, o) => row(['Lynnwood', 'Centurion', 'Faerie Glen', 'Montana'], n(o) % 4), [], opt],
    ['Reply', (c, o) => (spSt(o)[0] !== 'Delivered' ? '' : row(['', '', 'Thanks', '', 'STOP', '', 'Pls book Thursday', ''], n(o) % 8)), []],
    ['Opted Out', (c, o) => (spSt(o)[1].includes('opted out') || (spSt(o)[0] === 'Delivered' && n(o) % 8 === 4) ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- New Zealand: gym members
  { name: 'clubware-member-export-nz', product: 'Clubware (NZ gym-management software; Members > Member Search > Export, CSV, one row per member with membership and billing, English UI, a Hamilton 24/7 gym, NZD)', family: 'membership', language: 'en', schema: P, cols: [
    ['Member No', (c) => String(200000 + n(c) % 90000), ID],
    ['Access Card No', (c) => String(10000000 + (n(c) * 7877) % 90000000), [], opt],
    ['Title', (c) => (cwWho(c).female ? row(['Ms', 'Mrs', 'Miss'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => cwWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => cwWho(c).last, ['person.name.lastName']],
    ['Known As', (c) => (n(c) % 5 === 2 ? cwWho(c).first.slice(0, 3) : ''), [], opt],
    ['Gender', (c) => (cwWho(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => dmyS(bd(cwWho(c).birth)), ['person.birthDate']],
    ['Email', (c) => cwWho(c).email, ['personalEmail.address']],
    ['Mobile Phone', (c) => cwWho(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 4 === 0 ? cwWho(c).land : ''), ['homePhone.number']],
    ['Address 1', (c) => cwWho(c).street, at(HOME, 'street1')],
    ['Suburb', (c) => cwWho(c).suburb, [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['City', (c) => cwWho(c).city, at(HOME, 'city')],
    ['Post Code', (c) => cwWho(c).postcode, at(HOME, 'postalCode')],
    ['Membership', (c) => cwPlan(c)[0], []],
    ['Status', (c) => cwSt(c), [], opt],
    ['Join Date', (c) => dmyS(bd(c.created)), [], opt],
    ['Start Date', (c) => dmyS(bd(c.created + 2 * day)), []],
    ['End Date', (c) => (cwPlan(c)[0].startsWith('12 Month') || ['Expired', 'Cancelled'].includes(cwSt(c)) ? dmyS(bd(c.created + 2 * day + 365 * day)) : ''), []],
    ['Payment Method', (c) => (cwPlan(c)[1] ? row(['Direct Debit', 'Direct Debit', 'Credit Card'], n(c)) : 'Upfront'), []],
    ['Billing Frequency', (c) => (cwPlan(c)[1] ? 'Fortnightly' : ''), []],
    ['Billing Amount', (c) => (cwPlan(c)[1] ? money(cwPlan(c)[1], '$') : ''), []],
    ['Balance Owing', (c) => (cwSt(c) === 'Suspended' ? money(cwPlan(c)[1] * 2, '$') : '$0.00'), []],
    ['Last Visit', (c) => (cwSt(c) === 'Current' ? dmyhm(nzt(later(c))) : ''), [], opt],
    ['Visits (Last 30 Days)', (c) => (cwSt(c) === 'Current' ? String((n(c) * 3) % 19) : '0'), []],
    ['Emergency Contact', (c) => `${cwEc(c).first} ${cwWho(c).last} (${row(cwEc(c).female ? ['Partner', 'Mum', 'Sister'] : ['Partner', 'Dad', 'Brother'], n(c) % 3)})`, []],
    ['Emergency Phone', (c) => cwEc(c).mobile, []],
    ['Marketing Opt In', (c) => (n(c) % 3 === 1 ? 'N' : 'Y'), [], opt],
    ['Referral Source', (c) => row(['Walk-in', 'Facebook', 'Friend referral', 'Google', 'Corporate (Waikato DHB)', ''], n(c) % 6), [], opt],
  ] },
  // ---------------------------------------------------------------- UK: hospitality loyalty guests
  { name: 'acteol-guest-export-bristol', product: 'Acteol (hospitality CRM and loyalty; Guests > segment > Export guests, CSV, one row per guest with loyalty balances and consents, English UI, a Bristol group of five craft-beer pubs with an app loyalty scheme, GBP)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Guest ID', (c) => String(7100000 + n(c) * 3), ID],
    ['Title', (c) => (acWho(c).female ? row(['Ms', 'Miss', 'Mrs'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => acWho(c).first, ['person.name.firstName']],
    ['Surname', (c) => acWho(c).last, ['person.name.lastName']],
    ['Email', (c) => acWho(c).email, ['personalEmail.address']],
    ['Mobile', (c) => acWho(c).e164, ['mobilePhone.number']],
    ['Date of Birth', (c) => dmyS(bd(acWho(c).birth)), ['person.birthDate']],
    ['Postcode', (c) => acWho(c).postcode, at(HOME, 'postalCode')],
    ['Favourite Venue', (c) => row(AC_VENUES, n(c) % 5), [], opt],
    ['Join Source', (c) => row(['App', 'Guest Wi-Fi', 'Table booking', 'App', 'In-venue QR'], n(c) % 5), [], opt],
    ['Join Date', (c) => dmyS(bd(c.created)), ['loyalty.joinDate']],
    ['Loyalty Card Number', (c) => `6338 ${pad((n(c) * 31) % 10000, 4)} ${pad((n(c) * 7) % 10000, 4)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number']],
    ['Tier', (c) => acTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(acPts(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(acPts(c) + (n(c) * 53) % 6000), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String((n(c) * 53) % 6000), ['loyalty.pointsRedeemed']],
    ['Rewards Available', (c) => row(['0', '1', '0', '2', '0', '1'], n(c) % 6), [], opt],
    ['Total Visits', (c) => String(1 + (n(c) * 11) % 140), []],
    ['Total Spend', (c) => money(((n(c) * 97) % 250000) / 100 + 12, '£'), ['loyalty.lifetimePurchases'], opt],
    ['Average Spend', (c) => money(14 + ((n(c) * 13) % 3000) / 100, '£'), []],
    ['Last Visit Date', (c) => dmyS(uk(later(c))), [], opt],
    ['Last Visit Venue', (c) => row(AC_VENUES, (n(c) >> 1) % 5), [], opt],
    ['Email Opt In', (c) => (n(c) % 4 === 1 ? 'No' : 'Yes'), [], opt],
    ['SMS Opt In', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), [], opt],
    ['Push Opt In', (c) => (n(c) % 5 < 3 ? 'Yes' : 'No'), [], opt],
    ['App Registered', (c) => (n(c) % 5 === 1 ? 'No' : 'Yes'), []],
  ] },
  // ---------------------------------------------------------------- South Africa: email-marketing subscribers
  { name: 'mailblaze-list-subscribers-export', product: 'Mailblaze (South African email-marketing tool; Lists > list > Subscribers > Export, CSV, one row per subscriber with the list\'s custom fields, English UI, a Johannesburg online kids\'-clothing shop\'s newsletter list)', family: 'email', language: 'en', schema: P, cols: [
    ['Subscriber UID', (c, o, r) => v.alnum(r, 13).toLowerCase(), ID],
    ['EMAIL', (c) => mbWho(c).email, ['personalEmail.address']],
    ['FNAME', (c) => mbWho(c).first, ['person.name.firstName']],
    ['LNAME', (c) => (n(c) % 6 === 3 ? '' : mbWho(c).last), ['person.name.lastName']],
    ['MOBILE', (c) => (n(c) % 3 === 2 ? '' : mbWho(c).mobile), ['mobilePhone.number']],
    ['BIRTHDAY', (c) => (n(c) % 4 === 1 ? '' : ymd(bd(mbWho(c).birth))), ['person.birthDate']],
    ['CITY', (c) => mbWho(c).city, at(HOME, 'city')],
    ['PROVINCE', (c) => mbWho(c).province, STATE(HOME)],
    ['KIDS_AGES', (c) => row(['0-2', '3-5', '3-5, 6-8', '9-12', '0-2, 6-8', ''], n(c) % 6), []],
    ['Status', (c) => mbSt(c), ['personalEmail.status'], opt],
    ['Source', (c) => row(['web', 'web', 'import', 'api', 'web'], n(c) % 5), [], opt],
    ['IP Address', (c) => (n(c) % 5 === 2 ? '' : mbIp(c)), []],
    ['Date Added', (c) => ymdhms(sast(c.created)), [], opt],
    ['Last Updated', (c) => ymdhms(sast(later(c))), [], opt],
    ['Tags', (c) => row(['Customer', 'Competition Entry', 'Customer, VIP', '', 'Pop-up Signup'], n(c) % 5), []],
  ] },
  // ---------------------------------------------------------------- UK: B2B prospect data
  { name: 'fullcircl-prospect-list-export', product: 'FullCircl (UK company and people intelligence, formerly DueDil; Prospecting > saved list > Export people, CSV, one row per contact with the company\'s Companies House data, English UI, a Leeds payroll-software vendor prospecting Yorkshire manufacturers)', family: 'b2b-data', language: 'en', schema: B, cols: [
    ['Person ID', (c) => `P${pad((n(c) * 104729) % 100000000, 8)}`, B2BID],
    ['First Name', (c) => fcWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => fcWho(c).last, ['person.name.lastName']],
    ['Job Title', (c) => fcRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Job Function', (c) => fcRole(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Seniority', (c) => fcRole(c)[2], [], opt],
    ['Is Officer', (c) => (fcRole(c)[2] === 'Director' || fcRole(c)[2].startsWith('C-Level') ? 'Yes' : 'No'), []],
    ['Email', (c) => `${slug(fcWho(c).first)}.${slug(fcWho(c).last)}@${fcFirm(c)[2]}`, WE],
    ['Email Status', (c) => row(['Verified', 'Verified', 'Catch-all', 'Verified', 'Unverified'], n(c) % 5), [], opt],
    ['Direct Dial', (c) => (n(c) % 3 === 1 ? '' : `${fcFirm(c)[11].slice(0, -3)}${pad((n(c) * 17) % 1000, 3)}`), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 4 === 0 ? fcWho(c).mobile : ''), ['mobilePhone.number']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(fcWho(c).first)}-${slug(fcWho(c).last)}-${(n(c) * 31).toString(36)}`, [], opt],
    ['Company Name', (c) => fcFirm(c)[0], CO],
    ['Company Number', (c) => fcFirm(c)[1], ACCT, opt],
    ['Company Status', () => 'Active', []],
    ['Website', (c) => `www.${fcFirm(c)[2]}`, ['b2b.companyWebsite']],
    ['Switchboard', (c) => fcFirm(c)[11], [], opt],
    ['SIC Code', (c) => fcFirm(c)[3], []],
    ['SIC Description', (c) => fcFirm(c)[4], []],
    ['Employees', (c) => fcFirm(c)[5], []],
    ['Turnover', (c) => fcFirm(c)[6], []],
    ['Incorporation Date', (c) => dmyS(bd(Date.parse(fcFirm(c)[7]))), []],
    ['Trading Address Line 1', (c) => fcFirm(c)[8], [W('street1')]],
    ['Town', (c) => fcFirm(c)[9], [W('city')]],
    ['Region', () => 'Yorkshire and The Humber', STATE(['workAddress']), opt],
    ['Postcode', (c) => fcFirm(c)[10], [W('postalCode')]],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['Last Updated', (c) => dmyS(bd(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- Ireland: accounting customers
  { name: 'surf-accounts-customer-list-ie', product: 'Surf Accounts (Irish cloud accounting; Sales > Customers > Export to CSV, one row per customer account with its main contact, English UI, a Galway commercial-cleaning company invoicing dental practices, crèches and property managers, EUR)', family: 'accounting', language: 'en', schema: B, cols: [
    ['Customer Code', (c, o, r, i) => saCust(i).code, [...ACCT, ...B2BID]],
    ['Customer Name', (c, o, r, i) => saCust(i).name, CO],
    ['Contact Name', (c) => saWho(c).full, ['person.name.fullName']],
    ['Email', (c, o, r, i) => (n(c) % 4 === 3 ? `accounts@${saCust(i).domain}` : `${slug(saWho(c).first)}@${saCust(i).domain}`), WE],
    ['Accounts Email', (c, o, r, i) => `accounts@${saCust(i).domain}`, [], opt],
    ['Phone', (c, o, r, i) => saCust(i).land, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? '' : saWho(c).mobile), ['mobilePhone.number']],
    ['Address Line 1', (c, o, r, i) => saCust(i).street, [W('street1'), 'billingAddress.street1']],
    ['Address Line 2', (c) => row(['', 'Ground Floor', '', '', 'Suite 3', ''], n(c) % 6), [W('street2'), 'billingAddress.street2'], opt],
    ['Town/City', (c, o, r, i) => saCust(i).town, [W('city'), 'billingAddress.city']],
    ['County', () => 'Co. Galway', STATE(['workAddress', 'billingAddress']), opt],
    ['Eircode', (c, o, r, i) => saCust(i).eircode, [W('postalCode'), 'billingAddress.postalCode']],
    ['Country', () => 'Ireland', [W('country'), 'billingAddress.country']],
    ['VAT Number', (c, o, r, i) => saCust(i).vat, [], opt],
    ['Currency', () => 'EUR', []],
    ['Payment Terms (Days)', (c) => row(['30', '30', '14', '30', '60'], n(c) % 5), []],
    ['Credit Limit', (c) => money(row([5000, 2500, 10000, 2500, 1500], n(c) % 5)), []],
    ['Default VAT Rate', () => '23%', []],
    ['Sales Nominal', () => '4000 - Cleaning Services', []],
    ['Balance', (c) => money(n(c) % 3 ? ((n(c) * 97) % 400000) / 100 : 0), []],
    ['Created Date', (c) => dmyS(bd(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c) => row(['', 'PO number required on all invoices', '', 'Cleaning Mon/Wed/Fri after 6pm', 'Statement monthly to accounts@', ''], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Australia: accounting customers
  { name: 'reckon-one-customers-export-vic', product: 'Reckon One (Contacts > Customers > Export, CSV, one row per customer with its primary contact, English UI, a Geelong electrical contractor\'s commercial customers, AUD, GST)', family: 'accounting', language: 'en', schema: B, cols: [
    ['Display Name', (c, o, r, i) => rkCust(i).short, CO],
    ['Company Name', (c, o, r, i) => rkCust(i).name, CO],
    ['Title', (c) => (rkWho(c).female ? row(['Ms', 'Mrs'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => rkWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => rkWho(c).last, ['person.name.lastName']],
    ['Email', (c, o, r, i) => `${slug(rkWho(c).first)}@${rkCust(i).domain}`, WE],
    ['Phone', (c) => rkWho(c).land, ['workPhone.number']],
    ['Mobile', (c) => rkWho(c).mobile, ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 5 === 0 ? rkWho(c).land.replace(/\d{2}$/, '99') : ''), ['faxPhone.number']],
    ['Website', (c, o, r, i) => `www.${rkCust(i).domain}`, ['b2b.companyWebsite']],
    ['ABN', (c, o, r, i) => rkCust(i).abn, ACCT, opt],
    ['Billing Street', (c, o, r, i) => rkCust(i).street, [W('street1'), 'billingAddress.street1']],
    ['Billing City/Suburb', (c, o, r, i) => rkCust(i).suburb, [W('city'), 'billingAddress.city']],
    ['Billing State', () => 'VIC', STATE(['workAddress', 'billingAddress'])],
    ['Billing Postcode', (c, o, r, i) => rkCust(i).postcode, [W('postalCode'), 'billingAddress.postalCode']],
    ['Billing Country', () => 'Australia', [W('country'), 'billingAddress.country']],
    ['Shipping Street', (c, o, r, i) => (n(c) % 3 === 0 ? `${10 + n(c) % 80} ${row(['Pakington St', 'Settlement Rd', 'The Esplanade'], n(c))}` : rkCust(i).street), ['shippingAddress.street1']],
    ['Shipping City/Suburb', (c, o, r, i) => (n(c) % 3 === 0 ? rkWho(c).suburb : rkCust(i).suburb), ['shippingAddress.city']],
    ['Shipping State', () => 'VIC', STATE(['shippingAddress'])],
    ['Shipping Postcode', (c, o, r, i) => (n(c) % 3 === 0 ? rkWho(c).postcode : rkCust(i).postcode), ['shippingAddress.postalCode']],
    ['Payment Terms', (c, o, r, i) => rkCust(i).terms, []],
    ['Default Tax Code', () => 'GST', []],
    ['Credit Limit', (c) => two(row([10000, 5000, 3000, 5000, 20000, 2000], n(c) % 6)), []],
    ['Opening Balance', () => '0.00', []],
    ['Balance', (c) => two(n(c) % 3 ? ((n(c) * 131) % 900000) / 100 : 0), []],
    ['Status', (c) => (n(c) % 9 === 4 ? 'Inactive' : 'Active'), [], opt],
    ['Notes', (c) => row(['', 'Site induction required', '', 'Send invoices to accounts payable', 'Test & tag every 6 months', ''], n(c) % 6), []],
  ] },
]
