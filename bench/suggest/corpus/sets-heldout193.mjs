// Round 73, heldout193: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English exports of local SaaS tools from the UK, Ireland, Australia,
// New Zealand and South Africa: a South African ticketing platform's sales export for an organiser (Webtickets), a
// South African accommodation booking system's booking summary for a guesthouse (NightsBridge), a UK venue-booking
// platform's bookings export for a bar group (DesignMyNight) and a New Zealand ticketing platform's order export for
// a festival (Dash Tickets) (E 4); an Irish sports-registration system's member export for a club (Sportlomo) and an
// Australian charity CRM's contact export (thankQ) (P 2); an Australian B2B data platform's people export (Firmable)
// and a UK recruitment CRM's client-contact export (Vincere) (B 2).
// en 8; E 4, P 2, B 2.
// Headers: NightsBridge's Booking Summary follows its documented report description (booking ID, arrival date, made
// by, company name; other columns from the writer's knowledge); the other 7 sets are written from the writer's
// knowledge of each product (no public listing of the columns was found in the time available); a subset of each
// export's columns, in the order the writer knows. Nothing was copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, BILL, at, opt, EMAIL_ID, PHONE_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, dmy, ymd, hm, hm12, shift, summer, local, hash, thou } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOME2 = ['homeAddress', 'mailingAddress']
const DAY = 86400000
// local clocks: UK and Ireland 0/+1, South Africa +2, Sydney +10 (southern winter) / +11, Auckland +12 / +13
const uk = (ms) => local(ms, 0)
const sast = (ms) => shift(ms, 2)
const syd = (ms) => shift(ms, summer(ms) ? 10 : 11)
const akl = (ms) => shift(ms, summer(ms) ? 12 : 13)
const money = (x) => thou(x, ',', '.')
const rands = (x) => `R ${money(x)}`

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x1b873593); r(); r(); return r }
const POOL = {
  uk: { m: ['Oliver', 'Harry', 'George', 'Jack', 'Callum', 'Rhys', 'Tom', 'Alfie'], f: ['Amelia', 'Isla', 'Charlotte', 'Freya', 'Poppy', 'Hannah', 'Eleanor', 'Niamh'],
    last: ['Smith', 'Jones', 'Taylor', 'Evans', 'Hughes', 'Patel', 'Khan', 'Wright', 'Robinson', 'Thompson', 'Hall', 'Ahmed', 'Morgan', 'Cooper'],
    // [town, county, postcode, street]
    places: [['Manchester', 'Greater Manchester', 'M4 1HN', 'Thomas Street'], ['Leeds', 'West Yorkshire', 'LS1 6DT', 'Call Lane'], ['Bristol', 'Bristol', 'BS1 4ST', 'Park Street'], ['London', 'Greater London', 'E1 6QL', 'Brick Lane'], ['Birmingham', 'West Midlands', 'B1 1RD', 'Brindleyplace'], ['Sheffield', 'South Yorkshire', 'S1 4GT', 'Division Street'], ['Nottingham', 'Nottinghamshire', 'NG1 1HF', 'Hockley'], ['Brighton', 'East Sussex', 'BN1 4GH', 'Gardner Street']],
    mail: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'] },
  ie: { m: ['Conor', 'Seán', 'Cian', 'Darragh', 'Oisín', 'Liam', 'Eoin', 'Fionn'], f: ['Aoife', 'Saoirse', 'Ciara', 'Róisín', 'Niamh', 'Caoimhe', 'Emma', 'Sinéad'],
    last: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Brien", 'Doyle', 'McCarthy', 'Gallagher', 'Kennedy', 'Lynch', 'Nolan', 'Brennan'],
    // [town, county, eircode, street]
    places: [['Naas', 'Kildare', 'W91 K2T6', 'Sallins Road'], ['Kilcock', 'Kildare', 'W23 F8P2', 'Church Street'], ['Maynooth', 'Kildare', 'W23 X6E4', 'Greenfield Drive'], ['Clane', 'Kildare', 'W91 D7Y3', 'Millicent Road'], ['Celbridge', 'Kildare', 'W23 R9C1', 'Oldtown Mill'], ['Lucan', 'Dublin', 'K78 H2W5', 'Esker Lawns'], ['Leixlip', 'Kildare', 'W23 N4A8', 'Captain\'s Hill']],
    mail: ['gmail.com', 'hotmail.com', 'outlook.ie', 'yahoo.ie', 'eircom.net', 'icloud.com'] },
  au: { m: ['Jack', 'Lachlan', 'Cooper', 'Harrison', 'Riley', 'Mitchell', 'Darren', 'Nathan'], f: ['Chloe', 'Jessica', 'Matilda', 'Sienna', 'Kirra', 'Emily', 'Bronwyn', 'Tahlia'],
    last: ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Anderson', 'Kelly', 'Campbell', 'Murray', 'Singh', 'Papadopoulos', 'Rossi', 'Chen'],
    // [suburb, state, postcode, street]
    places: [['Parramatta', 'NSW', '2150', 'Church Street'], ['Newtown', 'NSW', '2042', 'King Street'], ['Fitzroy', 'VIC', '3065', 'Brunswick Street'], ['Geelong', 'VIC', '3220', 'Moorabool Street'], ['Toowong', 'QLD', '4066', 'Sherwood Road'], ['Subiaco', 'WA', '6008', 'Rokeby Road'], ['Norwood', 'SA', '5067', 'The Parade'], ['Belconnen', 'ACT', '2617', 'Benjamin Way']],
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'hotmail.com', 'optusnet.com.au', 'icloud.com'] },
  nz: { m: ['Liam', 'Nikau', 'Hamish', 'Tama', 'Ben', 'Sione', 'Josh', 'Rangi'], f: ['Olivia', 'Aroha', 'Isla', 'Mia', 'Grace', 'Anahera', 'Ruby', 'Kate'],
    last: ['Smith', 'Wilson', 'Williams', 'Ngata', 'Brown', 'Taylor', 'Te Whata', 'Thompson', 'Walker', 'Tupou', 'Anderson', 'Harris'],
    // [suburb, city, postcode]
    places: [['Ponsonby', 'Auckland', '1011'], ['Mount Eden', 'Auckland', '1024'], ['Te Aro', 'Wellington', '6011'], ['Riccarton', 'Christchurch', '8041'], ['Hamilton East', 'Hamilton', '3216'], ['Mount Maunganui', 'Tauranga', '3116'], ['Dunedin Central', 'Dunedin', '9016'], ['Napier South', 'Napier', '4110']],
    mail: ['gmail.com', 'xtra.co.nz', 'hotmail.com', 'outlook.com', 'icloud.com'] },
  za: { m: ['Thabo', 'Sipho', 'Johan', 'Pieter', 'Lwazi', 'Ruan', 'Kagiso', 'Mohammed'], f: ['Lerato', 'Nomvula', 'Anri', 'Michelle', 'Zanele', 'Chantelle', 'Palesa', 'Ayesha'],
    last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Mokoena', 'Naidoo', 'Pillay', 'Khumalo', 'Pretorius', 'Ndlovu', 'Jacobs', 'Adams', 'Smit', 'Mahlangu'],
    // [city, province, postal code]
    places: [['Johannesburg', 'Gauteng', '2196'], ['Pretoria', 'Gauteng', '0181'], ['Cape Town', 'Western Cape', '8001'], ['Stellenbosch', 'Western Cape', '7600'], ['Durban', 'KwaZulu-Natal', '4001'], ['Gqeberha', 'Eastern Cape', '6001'], ['Bloemfontein', 'Free State', '9301'], ['Polokwane', 'Limpopo', '0699']],
    mail: ['gmail.com', 'gmail.com', 'webmail.co.za', 'outlook.com', 'yahoo.com', 'mweb.co.za', 'telkomsa.net'] },
}
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const pl = v.pick(r, d.places)
  const p = { female, first, last, full: `${first} ${last}`, pl, no: v.int(r, 1, 240) }
  p.email = `${v.slug(first)}${v.pick(r, ['.', '', '_'])}${v.slug(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  const d3 = () => pad(v.int(r, 0, 999), 3), d4 = () => pad(v.int(r, 0, 9999), 4)
  if (cc === 'uk') return { ...p, mobile: `07${v.int(r, 400, 999)} ${pad(v.int(r, 0, 999999), 6)}`, land: `0${v.pick(r, ['161', '113', '117', '20', '121', '114', '115'])} ${d3()} ${d4()}` }
  if (cc === 'ie') return { ...p, mobile: `08${v.pick(r, ['3', '5', '6', '7', '9'])} ${d3()} ${d4()}` }
  if (cc === 'au') return { ...p, mobile: `04${pad(v.int(r, 0, 99))} ${d3()} ${d3()}`, land: `(0${v.pick(r, ['2', '3', '7', '8'])}) ${d4()} ${d4()}` }
  if (cc === 'nz') return { ...p, mobile: `02${v.pick(r, ['1', '2', '7'])} ${d3()} ${d4()}` }
  if (cc === 'za') return { ...p, mobile: `0${v.pick(r, ['82', '83', '72', '73', '84', '71', '60', '79'])} ${d3()} ${d4()}` }
  return p
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ukp = (c) => who(c, 'uk'), iep = (c) => who(c, 'ie'), aup = (c) => who(c, 'au'), nzp = (c) => who(c, 'nz'), zap = (c) => who(c, 'za')

// ---------------------------------------------------------------- 1. Webtickets ticket sales (en-ZA, E)
// an organiser's comedy and music nights at a Johannesburg venue; [ticket type, price ZAR]
const WT_EV = [['Jozi Comedy Underground: Laugh Lines Live', 'Theatre on the Square, Sandton'], ['Soweto Jazz Sundays', 'Soweto Theatre, Jabavu'], ['Ragtime Revival Night', 'The Market Theatre, Newtown']]
const WT_TK = [['General Admission', 180], ['Early Bird', 140], ['VIP Table Seat', 450], ['Student (ID required)', 120], ['Pensioner', 120]]
const wtEv = (o) => WT_EV[n(o) % WT_EV.length]
const wtTk = (o) => WT_TK[(n(o) >> 1) % WT_TK.length]
const wtQty = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0)
const wtFee = (o) => (n(o) % 5 === 1 ? 0 : 10)
const wtChan = (o) => (n(o) % 5 === 1 ? 'Pick n Pay' : n(o) % 9 === 0 ? 'Box Office' : 'Online')
const wtSt = (o) => (n(o) % 21 === 0 ? 'Refunded' : 'Paid')

// ---------------------------------------------------------------- 2. NightsBridge booking summary (en-ZA, E)
// an eight-room guesthouse in Stellenbosch; [room, rate per night ZAR]
const NB_ROOM = [['Vineyard Suite', 2450], ['Garden Room 1', 1650], ['Garden Room 2', 1650], ['Mountain View Double', 1950], ['Family Cottage', 2850], ['Standard Twin', 1450]]
const NB_SRC = ['Booking.com', 'Direct', 'Airbnb', 'NightsBridge Booking Engine', 'Expedia', 'LekkeSlaap', 'SafariNow', 'Travel Agent']
const nbRoom = (o) => NB_ROOM[n(o) % NB_ROOM.length]
const nbSrc = (o) => NB_SRC[(n(o) >> 2) % NB_SRC.length]
const nbNights = (o) => 1 + (n(o) % 4) + (n(o) % 13 === 0 ? 3 : 0)
const nbArr = (o) => o.at + (5 + (n(o) % 70)) * DAY
const nbTotal = (o) => nbRoom(o)[1] * nbNights(o)
const nbSt = (o) => (n(o) % 17 === 0 ? 'Cancelled' : n(o) % 7 === 0 ? 'Provisional' : 'Confirmed')
const nbPaid = (o) => (nbSt(o) === 'Confirmed' ? (n(o) % 2 === 0 ? nbTotal(o) : Math.round(nbTotal(o) * 0.5)) : 0)
const nbComm = (o) => ({ 'Booking.com': 0.15, Airbnb: 0.03, Expedia: 0.18, LekkeSlaap: 0.12, SafariNow: 0.15, 'Travel Agent': 0.1 }[nbSrc(o)] ?? 0)
const nbDate = (ms) => ymd(sast(ms), '-')

// ---------------------------------------------------------------- 3. DesignMyNight bookings (en-GB, E)
const DM_VEN = ['The Gilded Owl - Spinningfields', 'The Gilded Owl - Leeds', 'The Gilded Owl - Bristol']
const DM_TYPE = [['Drinks', ''], ['Dinner', ''], ['Bottomless Brunch', 'Bottomless Brunch (90 mins)'], ['Birthday Drinks', 'Prosecco Package'], ['Cocktail Masterclass', 'Masterclass for 6'], ['Christmas Party', 'Festive Feast']]
const dmType = (o) => DM_TYPE[n(o) % DM_TYPE.length]
const dmGuests = (o) => 2 + (n(o) % 7) + (dmType(o)[0] === 'Christmas Party' ? 8 : 0)
const dmSt = (o) => ['Complete', 'Complete', 'Complete', 'Pending', 'Cancelled', 'Rejected', 'No Show'][n(o) % 7]
const dmDep = (o) => (dmType(o)[1] ? 10 * dmGuests(o) : 0)
const dmVisit = (o) => { const p = uk(o.at + (2 + (n(o) % 40)) * DAY); return { ...p, H: 12 + (n(o) % 10), M: [0, 15, 30, 45][n(o) % 4] } }

// ---------------------------------------------------------------- 4. Dash Tickets orders (en-NZ, E)
const DT_SESS = ['Friday - Day 1', 'Saturday - Day 2', 'Sunday - Day 3', 'Weekend Pass']
const DT_TK = [['General Admission', 89], ['GA + Camping', 149], ['Youth (13-17)', 49], ['Child (5-12)', 15], ['VIP Lounge', 199]]
const dtTk = (o) => DT_TK[n(o) % DT_TK.length]
const dtQty = (o) => 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 2 : 0)
const dtFee = (o) => Math.round(dtTk(o)[1] * 0.05 * 100) / 100 + 0.99
const dtTotal = (o) => (dtTk(o)[1] + dtFee(o)) * dtQty(o)
const nzDate = (ms) => { const p = akl(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${hm12(p).toLowerCase()}` }

// ---------------------------------------------------------------- 5. Sportlomo members (en-IE, P)
const SL_TYPE = ['Player', 'Player', 'Player', 'Coach', 'Volunteer', 'Official']
const slAge = (c) => { const y = v.parts(c.birth).y; return y >= 2008 ? 'U17' : 'Senior' }
const slBirth = (c) => (SL_TYPE[n(c) % SL_TYPE.length] === 'Player' && n(c) % 2 === 0 ? Date.UTC(2009 + (n(c) % 8), n(c) % 12, 1 + (n(c) % 28)) : c.birth)

// ---------------------------------------------------------------- 6. thankQ contacts (en-AU, P)
const TQ_SRC = ['EOFY Tax Appeal', 'City2Surf Fundraiser', 'Christmas Appeal', 'Website Donation', 'Face to Face - Westfield', 'Bequest Enquiry']
const tqGifts = (c) => (n(c) % 6 === 0 ? 0 : 1 + (n(c) % 14))
const tqLast = (c) => [25, 50, 35, 100, 20, 250, 60][n(c) % 7]

// ---------------------------------------------------------------- 7. Firmable people (en-AU, B)
// [company, domain, industry, employees, ABN, street, suburb, state, postcode, phone]
const FM_CO = [
  ['Coastline Logistics Pty Ltd', 'coastlinelogistics.com.au', 'Transportation, Logistics & Storage', '51-200', '53 612 447 209', '14 Frenchs Forest Road', 'Frenchs Forest', 'NSW', '2086', '(02) 9451 2200'],
  ['Bluegum Health Group', 'bluegumhealth.com.au', 'Hospitals & Health Care', '201-500', '27 104 881 356', '380 St Kilda Road', 'Melbourne', 'VIC', '3004', '(03) 9690 4100'],
  ['Redfin Software', 'redfin.io', 'Software Development', '11-50', '88 645 102 773', 'Level 3, 100 Edward Street', 'Brisbane City', 'QLD', '4000', '(07) 3229 8800'],
  ['Kestrel Mining Services', 'kestrelmining.com.au', 'Mining', '501-1000', '41 093 558 120', '1 Adelaide Terrace', 'East Perth', 'WA', '6004', '(08) 9225 6000'],
  ['Harvest Table Foods', 'harvesttable.com.au', 'Food & Beverage Manufacturing', '51-200', '19 157 320 648', '22 Grenfell Street', 'Adelaide', 'SA', '5000', '(08) 8211 7300'],
  ['Southern Cross Building Group', 'scbg.com.au', 'Construction', '201-500', '65 008 731 902', '55 Pirrama Road', 'Pyrmont', 'NSW', '2009', '(02) 8568 1500'],
]
const FM_JOB = [['Head of Procurement', 'Director', 'Procurement'], ['Marketing Manager', 'Manager', 'Marketing'], ['Chief Financial Officer', 'C-Suite', 'Finance'], ['IT Operations Lead', 'Manager', 'Information Technology'], ['People & Culture Advisor', 'Senior', 'Human Resources'], ['General Manager - Sales', 'Director', 'Sales']]
const fmCo = (c) => FM_CO[n(c) % FM_CO.length]
const fmJob = (c) => FM_JOB[(n(c) >> 1) % FM_JOB.length]

// ---------------------------------------------------------------- 8. Vincere contacts (en-GB, B)
// [company, domain, street, town, county, postcode]
const VN_CO = [
  ['Pennine Precision Engineering Ltd', 'pennineprecision.co.uk', 'Unit 4, Calder Park', 'Wakefield', 'West Yorkshire', 'WF2 7AW'],
  ['Northgate Housing Association', 'northgateha.org.uk', '2 Brindley Place', 'Birmingham', 'West Midlands', 'B1 2JB'],
  ['Tidewater Marine Insurance', 'tidewater-marine.co.uk', '30 St Mary Axe', 'London', 'Greater London', 'EC3A 8BF'],
  ['Greenleaf Pharmaceuticals UK', 'greenleafpharma.co.uk', 'Cambridge Science Park, Milton Road', 'Cambridge', 'Cambridgeshire', 'CB4 0FZ'],
  ['Harbourside Digital Ltd', 'harboursidedigital.com', '1 Canons Way', 'Bristol', 'Bristol', 'BS1 5LL'],
]
const VN_JOB = [['Head of Engineering', 'Engineering'], ['Talent Acquisition Manager', 'HR'], ['Finance Director', 'Finance'], ['Operations Manager', 'Operations'], ['HR Business Partner', 'HR'], ['CTO', 'Technology']]
const vnCo = (c) => VN_CO[n(c) % VN_CO.length]
const vnJob = (c) => VN_JOB[(n(c) >> 1) % VN_JOB.length]
const ukDT = (ms) => { const p = uk(ms); return `${dmy(p, '/')} ${hm(p)}` }

export const SETS = [
  { name: 'webtickets-ticket-sales-za', product: 'Webtickets (organiser portal: Reports > Ticket Sales > Export to Excel, one row per order, English (South Africa) UI, an organiser\'s comedy and jazz nights at Johannesburg theatres)', family: 'events', language: 'en', schema: E, cols: [
    ['Order Number', (c, o) => String(31500000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = sast(o.at); return `${ymd(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Event', (c, o) => wtEv(o)[0], [], opt],
    ['Event Date', (c, o) => `${ymd(sast(o.at + (4 + (n(o) % 30)) * DAY), '/')} ${n(o) % 2 ? '20:00' : '19:30'}`, []],
    ['Venue', (c, o) => wtEv(o)[1], [], opt],
    ['Ticket Type', (c, o) => wtTk(o)[0], [PL('name')], opt],
    ['Quantity', (c, o) => String(wtQty(o)), [PL('quantity')]],
    ['Ticket Price', (c, o) => rands(wtTk(o)[1]), [], opt],
    ['Service Fee', (c, o) => rands(wtFee(o) * wtQty(o)), []],
    ['Total', (c, o) => rands((wtTk(o)[1] + wtFee(o)) * wtQty(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Method', (c, o) => (wtChan(o) === 'Pick n Pay' ? 'Cash' : v.pick(v.rng(n(o) + 1), ['Credit Card', 'Instant EFT', 'SnapScan', 'Zapper', 'Credit Card'])), [OR('payments[0].paymentType')]],
    ['Sales Channel', (c, o) => wtChan(o), [], opt],
    ['Status', (c, o) => wtSt(o), [], opt],
    ['First Name', (c) => zap(c).first, []],
    ['Surname', (c) => zap(c).last, []],
    ['Email', (c, o) => (wtChan(o) === 'Pick n Pay' ? '' : zap(c).email), EMAIL_ID],
    ['Cellphone', (c) => zap(c).mobile, PHONE_ID],
    ['City', (c, o) => (wtChan(o) === 'Pick n Pay' ? '' : zap(c).pl[0]), [BILL('city')], opt],
    ['Promo Code', (c, o) => (n(o) % 8 === 0 ? 'LAUGH20' : ''), ['commerce.promotionID']],
    ['Barcodes', (c, o) => Array.from({ length: wtQty(o) }, (_, k) => String(600100000000 + n(o) * 11 + k)).join('; '), []],
    ['Scanned', (c, o) => (n(o) % 4 === 0 ? 'No' : 'Yes'), []],
  ] },
  { name: 'nightsbridge-booking-summary-za', product: 'NightsBridge (calendar: Reports > Booking Summary > Export to Excel, one row per booking, English (South Africa) UI, an eight-room guesthouse in the Stellenbosch winelands)', family: 'travel', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(4100 + n(o) % 90000), [OR('purchaseID'), '_id']],
    ['NBID', (c, o) => String(88100000 + n(o) * 7), ['_id', OR('purchaseID')], opt],
    ['Date Booked', (c, o) => { const p = sast(o.at); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Arrival', (c, o) => nbDate(nbArr(o)), [], opt],
    ['Departure', (c, o) => nbDate(nbArr(o) + nbNights(o) * DAY), []],
    ['Nights', (c, o) => String(nbNights(o)), [PL('quantity')], opt],
    ['Room', (c, o) => nbRoom(o)[0], [PL('name')], opt],
    ['Rate', (c, o) => (n(o) % 3 === 0 ? 'Bed & Breakfast' : 'Room Only'), [], opt],
    ['Adults', (c, o) => String(nbRoom(o)[0] === 'Family Cottage' ? 2 + (n(o) % 3) : 1 + (n(o) % 2)), []],
    ['Children', (c, o) => String(nbRoom(o)[0] === 'Family Cottage' ? n(o) % 3 : 0), []],
    ['Guest Name', (c) => zap(c).full, []],
    ['Made By', (c, o) => (nbSrc(o) === 'Travel Agent' ? v.pick(v.rng(n(o)), ['Cape Escapes Travel', 'Winelands Tours']) : zap(c).full), []],
    ['Company', (c, o) => (n(o) % 6 === 0 ? v.pick(v.rng(n(o) + 2), ['Distell Group', 'Stellenbosch University', 'Remgro Ltd']) : ''), []],
    ['Email', (c, o) => (nbSrc(o) === 'Booking.com' ? `${v.slug(zap(c).first)}.${v.hex(v.rng(n(o)), 6)}@guest.booking.com` : zap(c).email), EMAIL_ID],
    ['Cell', (c) => zap(c).mobile, PHONE_ID],
    ['Country', (c, o) => (n(o) % 4 === 0 ? v.pick(v.rng(n(o) + 3), ['Germany', 'United Kingdom', 'Netherlands']) : 'South Africa'), [BILL('country')], opt],
    ['Booking Source', (c, o) => nbSrc(o), ['marketing.trackingCode'], opt],
    ['Status', (c, o) => nbSt(o), [], opt],
    ['Booking Total', (c, o) => money(nbTotal(o)), [OR('priceTotal')]],
    ['Paid', (c, o) => money(nbPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance', (c, o) => money(nbSt(o) === 'Cancelled' ? 0 : nbTotal(o) - nbPaid(o)), []],
    ['Commission', (c, o) => money(nbTotal(o) * nbComm(o)), []],
    ['Currency', () => 'ZAR', [OR('currencyCode')]],
  ] },
  { name: 'designmynight-bookings-uk', product: 'DesignMyNight (Collins venue dashboard: Bookings > Export CSV, one row per booking or enquiry, English (UK) UI, a three-site cocktail-bar group in Manchester, Leeds and Bristol)', family: 'hospitality', language: 'en', schema: E, cols: [
    ['Reference', (c, o) => `${v.hex(v.rng(n(o) + 11), 8).toUpperCase()}`, ['_id', OR('purchaseID')]],
    ['Created', (c, o) => ukDT(o.at), ['timestamp']],
    ['Venue', (c, o) => DM_VEN[n(o) % DM_VEN.length], ['placeContext.POIinteraction.POIDetail.name'], opt],
    ['Date', (c, o) => dmy(dmVisit(o), '/'), [], opt],
    ['Time', (c, o) => hm(dmVisit(o)), []],
    ['Booking Type', (c, o) => dmType(o)[0], [], opt],
    ['Package', (c, o) => dmType(o)[1], [PL('name')], opt],
    ['Guests', (c, o) => String(dmGuests(o)), []],
    ['Status', (c, o) => dmSt(o), [], opt],
    ['First Name', (c) => ukp(c).first, []],
    ['Last Name', (c) => ukp(c).last, []],
    ['Email', (c) => ukp(c).email, EMAIL_ID],
    ['Phone', (c) => ukp(c).mobile, PHONE_ID],
    ['Source', (c, o) => v.pick(v.rng(n(o) + 5), ['DesignMyNight', 'Venue Website', 'Phone', 'Walk-in', 'Instagram', 'Google']), ['marketing.trackingCode'], opt],
    ['Table', (c, o) => (dmSt(o) === 'Complete' ? v.pick(v.rng(n(o) + 6), ['Booth 3', 'T12', 'Mezzanine', 'T4, T5', 'Bar 2']) : ''), []],
    ['Deposit', (c, o) => (dmDep(o) ? `£${dmDep(o)}.00` : ''), [OR('payments[0].paymentAmount')], opt],
    ['Deposit Status', (c, o) => (dmDep(o) ? (dmSt(o) === 'Cancelled' || dmSt(o) === 'Rejected' ? 'Refunded' : dmSt(o) === 'Pending' ? 'Awaiting payment' : 'Paid') : 'Not required'), [], opt],
    ['Pre-order Total', (c, o) => (dmType(o)[1] ? `£${(dmGuests(o) * (dmType(o)[0] === 'Christmas Party' ? 34.5 : 29)).toFixed(2)}` : ''), [OR('priceTotal')], opt],
    ['Occasion', (c, o) => (dmType(o)[0].startsWith('Birthday') ? 'Birthday' : n(o) % 9 === 0 ? 'Anniversary' : ''), []],
    ['Notes', (c, o) => v.pick(v.rng(n(o) + 8), ['', '', 'Gluten free x1', 'Can we have a cake brought out?', 'Running 15 mins late', '']), []],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  { name: 'dashtickets-orders-nz', product: 'Dash Tickets (organiser dashboard: Orders > Export CSV, one row per order, English (NZ) UI, a three-day music festival in the Bay of Plenty)', family: 'events', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(260000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => nzDate(o.at), ['timestamp']],
    ['Event', () => 'Mount Summer Sounds', [], opt],
    ['Session', (c, o) => DT_SESS[n(o) % DT_SESS.length], []],
    ['Ticket Type', (c, o) => dtTk(o)[0], [PL('name')], opt],
    ['Quantity', (c, o) => String(dtQty(o)), [PL('quantity')]],
    ['Price', (c, o) => `$${dtTk(o)[1].toFixed(2)}`, [], opt],
    ['Booking Fees', (c, o) => `$${(dtFee(o) * dtQty(o)).toFixed(2)}`, []],
    ['Order Total', (c, o) => `$${dtTotal(o).toFixed(2)}`, [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'NZD', [OR('currencyCode')]],
    ['Payment Method', (c, o) => v.pick(v.rng(n(o) + 4), ['Visa', 'Mastercard', 'POLi', 'Apple Pay', 'Afterpay', 'Visa']), [OR('payments[0].paymentType')]],
    ['Payment Reference', (c, o) => `ch_${v.alnum(v.rng(n(o) + 9), 24)}`, [OR('payments[0].transactionID')], opt],
    ['Status', (c, o) => (n(o) % 19 === 0 ? 'Refunded' : n(o) % 23 === 0 ? 'Cancelled' : 'Complete'), [], opt],
    ['First Name', (c) => nzp(c).first, []],
    ['Last Name', (c) => nzp(c).last, []],
    ['Email', (c) => nzp(c).email, EMAIL_ID],
    ['Mobile', (c) => nzp(c).mobile, PHONE_ID],
    ['Postcode', (c) => nzp(c).pl[2], [BILL('postalCode')], opt],
    ['Promo Code', (c, o) => (n(o) % 7 === 0 ? 'LOCALS10' : ''), ['commerce.promotionID']],
    ['Ticket Numbers', (c, o) => Array.from({ length: dtQty(o) }, (_, k) => `DT${pad((n(o) * 17 + k) % 10000000, 7)}`).join(', '), []],
    ['Opt In', (c) => (c.bool ? 'TRUE' : 'FALSE'), [], opt],
  ] },
  { name: 'sportlomo-members-export-ie', product: 'Sportlomo (club admin: Registrations > Members > Export to Excel, one row per registered member, English (Ireland) UI, a Kildare football club\'s juvenile and senior sections)', family: 'membership', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(1200000 + n(c) * 3 % 900000), ID],
    ['First Name', (c) => iep(c).first, ['person.name.firstName']],
    ['Last Name', (c) => iep(c).last, ['person.name.lastName']],
    ['Date of Birth', (c) => dmy(v.parts(slBirth(c)), '/'), ['person.birthDate']],
    ['Gender', (c) => (iep(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Email', (c) => iep(c).email, ['personalEmail.address']],
    ['Mobile', (c) => iep(c).mobile, ['mobilePhone.number']],
    ['Address Line 1', (c) => `${iep(c).no} ${iep(c).pl[3]}`, at(HOME2, 'street1')],
    ['Address Line 2', (c) => (n(c) % 3 === 0 ? 'Apartment ' + (n(c) % 40 + 1) : ''), at(HOME2, 'street2')],
    ['Town', (c) => iep(c).pl[0], at(HOME2, 'city')],
    ['County', (c) => iep(c).pl[1], STATE(HOME2)],
    ['Eircode', (c) => iep(c).pl[2], at(HOME2, 'postalCode')],
    ['Country', () => 'Ireland', at(HOME2, 'country')],
    ['Club', () => 'Clane United AFC', [], opt],
    ['Registration Type', (c) => SL_TYPE[n(c) % SL_TYPE.length], [], opt],
    ['Age Group', (c) => (SL_TYPE[n(c) % SL_TYPE.length] === 'Player' ? slAge({ birth: slBirth(c) }) : ''), []],
    ['Season', () => '2024/25', []],
    ['Registration Date', (c) => dmy(uk(Date.UTC(2024, 7, 1) + (n(c) % 60) * DAY), '/'), ['loyalty.joinDate'], opt],
    ['Payment Status', (c) => (n(c) % 8 === 0 ? 'Unpaid' : 'Paid'), [], opt],
    ['Amount Paid', (c) => (n(c) % 8 === 0 ? '€0.00' : SL_TYPE[n(c) % SL_TYPE.length] === 'Player' ? '€120.00' : '€20.00'), [], opt],
    ['Garda Vetting', (c) => (SL_TYPE[n(c) % SL_TYPE.length] === 'Player' ? 'N/A' : n(c) % 5 === 0 ? 'Pending' : 'Vetted'), []],
    ['Parent/Guardian Name', (c) => (slAge({ birth: slBirth(c) }) === 'U17' && SL_TYPE[n(c) % SL_TYPE.length] === 'Player' ? `${v.pick(seeded(c, 'pg'), ['Mary', 'Declan', 'Siobhán', 'Brian'])} ${iep(c).last}` : ''), []],
    ['Parent/Guardian Mobile', (c) => (slAge({ birth: slBirth(c) }) === 'U17' && SL_TYPE[n(c) % SL_TYPE.length] === 'Player' ? `08${v.int(seeded(c, 'pm'), 3, 9)} ${v.int(seeded(c, 'pn'), 100, 999)} ${v.int(seeded(c, 'po'), 1000, 9999)}` : ''), []],
    ['Photo Consent', (c) => (n(c) % 6 === 0 ? 'No' : 'Yes'), []],
    ['Medical Info', (c) => (n(c) % 9 === 0 ? 'Asthma - inhaler in kit bag' : ''), []],
  ] },
  { name: 'thankq-contacts-export-au', product: 'thankQ CRM (Contacts search > Export to Excel, one row per supporter, English (Australia) UI, a Sydney children\'s health charity\'s individual donors)', family: 'nonprofit', language: 'en', schema: P, cols: [
    ['Serial Number', (c) => `${pad(n(c) * 7 % 1000000, 7)}`, ID],
    ['Title', (c) => (aup(c).female ? v.pick(seeded(c, 'ti'), ['Ms', 'Mrs', 'Miss', 'Dr']) : v.pick(seeded(c, 'ti'), ['Mr', 'Mr', 'Dr'])), ['person.name.courtesyTitle']],
    ['First Name', (c) => aup(c).first, ['person.name.firstName']],
    ['Keyname', (c) => aup(c).last, ['person.name.lastName']],
    ['Salutation', (c) => `Dear ${aup(c).first}`, []],
    ['Contact Type', () => 'Individual', [], opt],
    ['Address Line 1', (c) => `${aup(c).no} ${aup(c).pl[3]}`, at(HOME2, 'street1')],
    ['Address Line 2', (c) => (n(c) % 4 === 0 ? `Unit ${n(c) % 30 + 1}` : ''), at(HOME2, 'street2')],
    ['Suburb', (c) => aup(c).pl[0], at(HOME2, 'city')],
    ['State', (c) => aup(c).pl[1], STATE(HOME2)],
    ['Postcode', (c) => aup(c).pl[2], at(HOME2, 'postalCode')],
    ['Country', () => 'Australia', at(HOME2, 'country')],
    ['Email Address', (c) => (n(c) % 7 === 0 ? '' : aup(c).email), ['personalEmail.address']],
    ['Mobile Number', (c) => aup(c).mobile, ['mobilePhone.number']],
    ['Daytime Telephone', (c) => (n(c) % 3 === 0 ? aup(c).land : ''), ['homePhone.number', 'workPhone.number'], opt],
    ['Date of Birth', (c) => (n(c) % 4 === 1 ? dmy(v.parts(c.birth), '/') : ''), ['person.birthDate']],
    ['Gender', (c) => (aup(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Source', (c) => TQ_SRC[n(c) % TQ_SRC.length], [], opt],
    ['Date Created', (c) => dmy(syd(c.created), '/'), [], opt],
    ['Do Not Mail', (c) => (n(c) % 9 === 0 ? 'Yes' : 'No'), [], opt],
    ['Do Not Email', (c) => (n(c) % 11 === 0 ? 'Yes' : 'No'), [], opt],
    ['Last Payment Date', (c) => (tqGifts(c) ? dmy(syd(Math.max(c.created, c.updated)), '/') : ''), [], opt],
    ['Last Payment Amount', (c) => (tqGifts(c) ? `$${tqLast(c).toFixed(2)}` : ''), []],
    ['Total Payments', (c) => `$${money(tqGifts(c) * tqLast(c))}`, ['loyalty.lifetimePurchases'], opt],
    ['Number of Payments', (c) => String(tqGifts(c)), []],
    ['Regular Giver', (c) => (n(c) % 5 === 0 ? 'Yes' : 'No'), []],
  ] },
  { name: 'firmable-people-export-au', product: 'Firmable (Prospect > People search > Export CSV, one row per contact, English (Australia) UI, a Sydney SaaS vendor\'s sales team building an ANZ prospect list)', family: 'b2b-data', language: 'en', schema: B, cols: [
    ['Person ID', (c) => `p_${v.hex(seeded(c, 'fm'), 16)}`, B2BID],
    ['First Name', (c) => aup(c).first, ['person.name.firstName']],
    ['Last Name', (c) => aup(c).last, ['person.name.lastName']],
    ['Job Title', (c) => fmJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => fmJob(c)[1], []],
    ['Department', (c) => fmJob(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Work Email', (c) => `${v.slug(aup(c).first)}.${v.slug(aup(c).last)}@${fmCo(c)[1]}`, ['workEmail.address']],
    ['Email Status', (c) => (n(c) % 5 === 0 ? 'Catch-all' : 'Verified'), [], opt],
    ['Mobile', (c) => (n(c) % 3 === 0 ? '' : `+61 ${aup(c).mobile.slice(1)}`), ['mobilePhone.number']],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${v.slug(aup(c).first)}-${v.slug(aup(c).last)}-${v.hex(seeded(c, 'li'), 6)}`, []],
    ['Person Location', (c) => `${fmCo(c)[6]}, ${fmCo(c)[7]}, Australia`, [], opt],
    ['Company Name', (c) => fmCo(c)[0], CO],
    ['Company Website', (c) => `https://www.${fmCo(c)[1]}`, ['b2b.companyWebsite']],
    ['ABN', (c) => fmCo(c)[4], ACCT, opt],
    ['Industry', (c) => fmCo(c)[2], []],
    ['Employee Range', (c) => fmCo(c)[3], []],
    ['Company Phone', (c) => fmCo(c)[9], ['workPhone.number'], opt],
    ['Company Address', (c) => fmCo(c)[5], [W('street1')]],
    ['Company Suburb', (c) => fmCo(c)[6], [W('city')]],
    ['Company State', (c) => fmCo(c)[7], STATE(['workAddress'])],
    ['Company Postcode', (c) => fmCo(c)[8], [W('postalCode')]],
    ['Company Country', () => 'Australia', [W('country')]],
  ] },
  { name: 'vincere-contacts-export-uk', product: 'Vincere (Contacts > select all > Export, one row per client contact, English (UK) UI, a Leeds recruitment agency\'s hiring managers at client companies)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(31000 + n(c) % 60000), B2BID],
    ['First Name', (c) => ukp(c).first, ['person.name.firstName']],
    ['Last Name', (c) => ukp(c).last, ['person.name.lastName']],
    ['Job Title', (c) => vnJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => vnJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Company', (c) => vnCo(c)[0], CO],
    ['Email', (c) => `${v.slug(ukp(c).first)}.${v.slug(ukp(c).last)}@${vnCo(c)[1]}`, WE],
    ['Personal Email', (c) => (n(c) % 4 === 0 ? ukp(c).email : ''), ['personalEmail.address']],
    ['Work Phone', (c) => ukp(c).land, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? '' : ukp(c).mobile), ['mobilePhone.number']],
    ['LinkedIn', (c) => (n(c) % 5 === 0 ? '' : `https://www.linkedin.com/in/${v.slug(ukp(c).first)}${v.slug(ukp(c).last)}`), []],
    ['Address', (c) => vnCo(c)[2], [W('street1')]],
    ['Town/City', (c) => vnCo(c)[3], [W('city')]],
    ['County', (c) => vnCo(c)[4], STATE(['workAddress']), opt],
    ['Postcode', (c) => vnCo(c)[5], [W('postalCode')]],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['Contact Owner', (c) => v.pick(seeded(c, 'own'), ['Sophie Marsh', 'Dan Whitaker', 'Priya Shah']), []],
    ['Status', (c) => v.pick(seeded(c, 'st'), ['Active', 'Active', 'Warm', 'Cold', 'Do Not Contact']), ['b2b.personStatus'], opt],
    ['Source', (c) => v.pick(seeded(c, 'src'), ['LinkedIn', 'Referral', 'Website', 'Networking Event', 'Cold Call']), ['b2b.personSource']],
    ['Created Date', (c) => ukDT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity', (c) => ukDT(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Notes', (c) => (n(c) % 6 === 0 ? 'Prefers contact by email; hiring freeze until Q3' : ''), []],
  ] },
]
