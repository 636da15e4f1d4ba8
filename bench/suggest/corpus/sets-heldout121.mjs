// Round 57, heldout121: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from Ireland, the UK, New Zealand, Australia,
// India, Singapore and South Africa: an Irish box-office system's ticket bookings (Ticketsolve), an Irish accounting
// package's customer list (Big Red Cloud), a UK company-data platform's people export (Beauhurst), a UK service-desk's
// request report (Hornbill Service Manager), a New Zealand salon system's client list (Kitomba), a New Zealand
// food-delivery partner's order export (Delivereasy), an Australian courier broker's bookings (Transdirect), an Indian
// WhatsApp-store builder's order report (Bikayi), a Singapore payment gateway's transactions (FOMO Pay), a South African
// e-mail marketing tool's mailing-list export (GraphicMail), an Australian hospitality loyalty platform's members (Loke)
// and an Indian CRM's contacts (Corefactors); all en. Hornbill's request columns follow the h_itsm_requests field names
// seen in Hornbill's public import tools, GraphicMail's status codes its published manual, Transdirect's booking fields
// its API v4 field names; the rest is written from the writer's knowledge of each product.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, CO, ACCT as ACC, ID } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, hm12, summer, local, dec } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const bd = (ms) => v.parts(ms)
// local times written without their offset
const irl = (ms) => local(ms, 0) // Dublin / London (summer time approximated)
const nzt = (ms) => shift(ms, summer(ms) ? 12 : 13) // NZST in the northern summer, NZDT otherwise (approx.)
const syd = (ms) => shift(ms, summer(ms) ? 10 : 11) // Sydney / Melbourne
const ist = (ms) => shift(ms, 5.5)
const sgt = (ms) => shift(ms, 8)
const sast = (ms) => shift(ms, 2)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const later = (c) => c.created + ((+c.id % 420) + 4) * day + (+c.id % 60000) * 1000
const n = (x) => +x.id
// the same instant moved into 09:00-21:59 local for things keyed in or bought during opening hours
const open = (ms, off) => { const H = shift(ms, off).H; return ms + (H < 9 ? 9 - H : H > 21 ? 21 - H : 0) * 3600000 }

const W = ['workAddress']
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [locality, postcode, region, city]; mobile(r): [national display, E.164 digits]
const LOC = {
  ie: { first: [['Seán', 'Aoife'], ['Ciarán', 'Niamh'], ['Conor', 'Siobhán'], ['Darragh', 'Saoirse'], ['Cillian', 'Gráinne'], ['Patrick', 'Orla'], ['Eoin', 'Clodagh']],
    last: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Brien", 'Doyle', 'McCarthy', 'Kavanagh', 'Ní Fhlaithearta', 'Fitzgerald'],
    places: [['Salthill', 'H91 X2Y5', 'Galway', 'Galway'], ['Knocknacarra', 'H91 E4T7', 'Galway', 'Galway'], ['Oranmore', 'H91 KD83', 'Galway', 'Oranmore'], ['Athenry', 'H65 R2W9', 'Galway', 'Athenry'], ['Rathmines', 'D06 F2X3', 'Dublin', 'Dublin 6'], ['Ennis', 'V95 T6P2', 'Clare', 'Ennis'], ['Castlebar', 'F23 YX06', 'Mayo', 'Castlebar'], ['Tuam', 'H54 A3C4', 'Galway', 'Tuam'], ['Limerick', 'V94 R6W2', 'Limerick', 'Limerick']],
    street: (r) => v.pick(r, [`${v.int(r, 1, 60)} Taylor's Hill`, `${v.int(r, 1, 120)} Threadneedle Road`, `${v.int(r, 1, 40)} Dr Mannix Road`, `Apt ${v.int(r, 1, 48)}, The Sliding Rock`, `${v.int(r, 1, 90)} Cois Cuain`, `${v.int(r, 1, 30)} Bóthar na Trá`, `${v.int(r, 1, 200)} Main Street`]),
    mobile: (r) => { const pre = v.pick(r, ['83', '85', '86', '87', '89']); const a = v.int(r, 100, 999), b = v.int(r, 1000, 9999); return [`0${pre} ${a} ${b}`, `353${pre}${a}${b}`] },
    mail: ['gmail.com', 'eircom.net', 'hotmail.com', 'yahoo.ie', 'outlook.ie', 'icloud.com'] },
  uk: { first: [['Oliver', 'Amelia'], ['Harry', 'Olivia'], ['Jack', 'Isla'], ['Callum', 'Freya'], ['Mohammed', 'Aisha'], ['Ryan', 'Chloe'], ['Daniel', 'Hannah']],
    last: ['Smith', 'Jones', 'Hussain', 'Taylor', 'Brown', 'Wood', 'Khan', 'Walker', 'Thompson', 'Wright', 'Robinson', 'Clarke'],
    places: [['Headingley', 'LS6 3HN', 'West Yorkshire', 'Leeds'], ['Harehills', 'LS8 5AP', 'West Yorkshire', 'Leeds'], ['Armley', 'LS12 2DN', 'West Yorkshire', 'Leeds'], ['Moortown', 'LS17 6HU', 'West Yorkshire', 'Leeds'], ['Morley', 'LS27 9EP', 'West Yorkshire', 'Leeds'], ['Pudsey', 'LS28 7BE', 'West Yorkshire', 'Leeds'], ['Wakefield', 'WF1 2PH', 'West Yorkshire', 'Wakefield']],
    street: (r) => `${v.int(r, 1, 160)} ${v.pick(r, ['Cardigan Road', 'Harehills Lane', 'Town Street', 'Street Lane', 'Queen Street', 'Richardshaw Lane', 'Westgate', 'Kirkstall Road'])}`,
    mobile: (r) => { const n7 = `7${v.int(r, 400, 999)}${v.int(r, 100000, 999999)}`; return [`0${n7.slice(0, 4)} ${n7.slice(4)}`, `44${n7}`] },
    mail: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'sky.com'] },
  nz: { first: [['Tama', 'Aroha'], ['Wiremu', 'Mere'], ['Liam', 'Sophie'], ['Jack', 'Olivia'], ['Nikhil', 'Priya'], ['Sione', 'Ana'], ['Hamish', 'Georgia']],
    last: ['Smith', 'Wilson', 'Ngata', 'Te Whata', 'Patel', 'Williams', 'Taylor', 'Henare', 'Tuilagi', 'Brown', 'Anderson', 'Thomson'],
    places: [['Ponsonby', '1011', 'Auckland', 'Auckland'], ['Grey Lynn', '1021', 'Auckland', 'Auckland'], ['Herne Bay', '1011', 'Auckland', 'Auckland'], ['Mount Eden', '1024', 'Auckland', 'Auckland'], ['Westmere', '1022', 'Auckland', 'Auckland'], ['Freemans Bay', '1011', 'Auckland', 'Auckland'], ['Kingsland', '1021', 'Auckland', 'Auckland'], ['Pt Chevalier', '1022', 'Auckland', 'Auckland']],
    street: (r) => `${v.int(r, 1, 240)} ${v.pick(r, ['Ponsonby Road', 'Richmond Road', 'Jervois Road', 'Dominion Road', 'Great North Road', 'Franklin Road', 'Williamson Avenue', 'Garnet Road'])}`,
    mobile: (r) => { const pre = v.pick(r, ['21', '22', '27', '27', '21']); const a = v.int(r, 100, 999), b = v.int(r, 1000, 9999); return [`0${pre} ${a} ${b}`, `64${pre}${a}${b}`] },
    mail: ['gmail.com', 'xtra.co.nz', 'hotmail.com', 'outlook.co.nz', 'icloud.com'] },
  dn: { first: [['James', 'Emma'], ['Tom', 'Grace'], ['Ethan', 'Ruby'], ['Sam', 'Mia'], ['Riley', 'Ella'], ['Angus', 'Lucy']],
    last: ['Smith', 'Macdonald', 'Stewart', 'Robertson', 'Campbell', 'Ngata', 'Kaur', 'Fraser'],
    places: [['North Dunedin', '9016', 'Otago', 'Dunedin'], ['Roslyn', '9010', 'Otago', 'Dunedin'], ['Mornington', '9011', 'Otago', 'Dunedin'], ['St Clair', '9012', 'Otago', 'Dunedin'], ['Maori Hill', '9010', 'Otago', 'Dunedin'], ['Caversham', '9012', 'Otago', 'Dunedin'], ['Andersons Bay', '9013', 'Otago', 'Dunedin']],
    street: (r) => `${v.int(r, 1, 300)} ${v.pick(r, ['Castle Street', 'Leith Street', 'Highgate', 'Stuart Street', 'Forbury Road', 'Queens Drive', 'Prince Albert Road', 'Cargill Street'])}`,
    mobile: (r) => { const pre = v.pick(r, ['21', '22', '27']); const a = v.int(r, 100, 999), b = v.int(r, 1000, 9999); return [`0${pre} ${a} ${b}`, `64${pre}${a}${b}`] },
    mail: ['gmail.com', 'xtra.co.nz', 'student.otago.ac.nz', 'hotmail.com'] },
  au: { first: [['Lachlan', 'Charlotte'], ['Cooper', 'Mia'], ['Noah', 'Isla'], ['Hamish', 'Chloe'], ['Minh', 'Linh'], ['Nick', 'Eleni'], ['Josh', 'Sienna']],
    last: ['Smith', 'Nguyen', 'Jones', 'Williams', 'Kelly', 'Papadopoulos', 'Tran', 'Murphy', 'Chen', 'Taylor', 'Singh', "O'Connor"],
    places: [['Surry Hills', '2010', 'NSW', 'Sydney'], ['Newtown', '2042', 'NSW', 'Sydney'], ['Paddington', '2021', 'NSW', 'Sydney'], ['Bondi', '2026', 'NSW', 'Sydney'], ['Marrickville', '2204', 'NSW', 'Sydney'], ['Glebe', '2037', 'NSW', 'Sydney'], ['Manly', '2095', 'NSW', 'Sydney'], ['Parramatta', '2150', 'NSW', 'Sydney'], ['Fitzroy', '3065', 'VIC', 'Melbourne'], ['New Farm', '4005', 'QLD', 'Brisbane']],
    street: (r) => `${v.int(r, 1, 320)} ${v.pick(r, ['Crown Street', 'King Street', 'Oxford Street', 'Campbell Parade', 'Illawarra Road', 'Glebe Point Road', 'Pittwater Road', 'Church Street'])}`,
    mobile: (r) => { const a = v.int(r, 400, 499), b = v.int(r, 100, 999), c = v.int(r, 100, 999); return [`0${a} ${b} ${c}`, `61${a}${b}${c}`] },
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'optusnet.com.au'] },
  in: { first: [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Vikram', 'Pooja'], ['Arjun', 'Ananya'], ['Rohit', 'Kavya'], ['Siddharth', 'Ishita'], ['Karan', 'Meera']],
    last: ['Sharma', 'Agarwal', 'Jain', 'Gupta', 'Mehta', 'Reddy', 'Iyer', 'Nair', 'Singh', 'Kulkarni', 'Deshpande', 'Khan'],
    places: [['Bengaluru', '560034', 'Karnataka', 'Bengaluru'], ['Mumbai', '400050', 'Maharashtra', 'Mumbai'], ['Pune', '411038', 'Maharashtra', 'Pune'], ['New Delhi', '110024', 'Delhi', 'New Delhi'], ['Hyderabad', '500034', 'Telangana', 'Hyderabad'], ['Chennai', '600040', 'Tamil Nadu', 'Chennai'], ['Jaipur', '302015', 'Rajasthan', 'Jaipur'], ['Ahmedabad', '380054', 'Gujarat', 'Ahmedabad'], ['Kolkata', '700019', 'West Bengal', 'Kolkata'], ['Gurugram', '122002', 'Haryana', 'Gurugram']],
    street: (r) => v.pick(r, [`Flat ${v.int(r, 101, 1204)}, ${v.pick(r, ['Sai Residency', 'Lodha Amara', 'Prestige Lakeside', 'DLF Phase 2', 'Shanti Niketan Apts'])}`, `H.No. ${v.int(r, 1, 400)}, Sector ${v.int(r, 4, 56)}`, `${v.int(r, 1, 90)}, ${v.pick(r, ['MG Road', '2nd Cross, HSR Layout', 'Linking Road', 'Civil Lines', 'Malviya Nagar', 'Banjara Hills Rd No. 12'])}`]),
    landmark: (r) => v.pick(r, ['', 'Near HDFC Bank', 'Opp. City Mall', 'Behind Shiv Mandir', '', 'Near Metro Station', 'Next to DMart']),
    mobile: (r) => { const m = `${v.pick(r, ['98', '99', '97', '96', '88', '70', '63', '91'])}${v.int(r, 10000000, 99999999)}`; return [m, `91${m}`] },
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'] },
  sg: { full: [['Tan Wei Jie', 'Lim Hui Min'], ['Muhammad Faizal bin Rahman', 'Nur Aisyah binti Ismail'], ['Darren Koh', 'Rachel Ng'], ['Rajesh s/o Kumar', 'Priya d/o Ramasamy'], ['Jonathan Lee', 'Chloe Teo'], ['Ong Jun Hao', 'Goh Xin Yi']],
    places: [['Tanjong Pagar', '088443', '', 'Singapore'], ['Tiong Bahru', '160053', '', 'Singapore'], ['Tampines', '520234', '', 'Singapore'], ['Bishan', '570112', '', 'Singapore'], ['Jurong East', '600135', '', 'Singapore']],
    mobile: (r) => { const a = `${v.pick(r, ['8', '9'])}${v.int(r, 100, 999)}`, b = v.int(r, 1000, 9999); return [`${a} ${b}`, `65${a}${b}`] },
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.sg', 'singnet.com.sg'] },
  za: { first: [['Thabo', 'Lerato'], ['Sipho', 'Nomvula'], ['Pieter', 'Annelie'], ['Kyle', 'Megan'], ['Yusuf', 'Ayesha'], ['Sibusiso', 'Zanele'], ['Brandon', 'Kerry-Lee'], ['Pravesh', 'Nisha']],
    last: ['Naidoo', 'Pillay', 'Dlamini', 'Ndlovu', 'van der Merwe', 'Botha', 'Govender', 'Mkhize', 'Moodley', 'Smith', 'Cele', 'Peters'],
    places: [['Umhlanga', '4319', 'KwaZulu-Natal', 'Durban'], ['Morningside', '4001', 'KwaZulu-Natal', 'Durban'], ['Westville', '3629', 'KwaZulu-Natal', 'Durban'], ['Hillcrest', '3610', 'KwaZulu-Natal', 'Durban'], ['Ballito', '4420', 'KwaZulu-Natal', 'Ballito'], ['Pietermaritzburg', '3201', 'KwaZulu-Natal', 'Pietermaritzburg'], ['Randburg', '2194', 'Gauteng', 'Johannesburg'], ['Centurion', '0157', 'Gauteng', 'Pretoria'], ['Durbanville', '7550', 'Western Cape', 'Cape Town']],
    street: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['Lighthouse Road', 'Florida Road', 'Jan Hofmeyr Road', 'Old Main Road', 'Compensation Beach Road', 'Church Street', 'Republic Road', 'Lenchen Avenue'])}`,
    mobile: (r) => { const pre = v.pick(r, ['82', '83', '72', '73', '76', '79', '61', '84']); const a = v.int(r, 100, 999), b = v.int(r, 1000, 9999); return [`0${pre} ${a} ${b}`, `27${pre}${a}${b}`] },
    mail: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'telkomsa.net', 'outlook.com', 'icloud.com'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 197 + c.last.length * 23 + cc.charCodeAt(0) * 11 + cc.charCodeAt(1) * 3)
  const d = LOC[cc]
  const female = r() < 0.52
  let first, last
  if (d.full) { const f = v.pick(r, d.full)[female ? 1 : 0]; const parts = f.split(' '); first = parts.slice(0, -1).join(' '); last = parts[parts.length - 1]; if (/ bin| binti| s\/o| d\/o/.test(f)) { first = f.split(/ bin | binti | s\/o | d\/o /)[0]; last = f.slice(first.length + 1) } } else { first = v.pick(r, d.first)[female ? 1 : 0]; last = v.pick(r, d.last) }
  const [locality, zip, region, city] = v.pick(r, d.places)
  const [mobile, msisdn] = d.mobile(r)
  const fs = slug(first.split(' ')[0]), ls = slug(last.split(' ').slice(-1)[0])
  const p = { first, last, female, full: d.full ? `${first} ${last}` : `${first} ${last}`, locality, zip, region, city, mobile, msisdn,
    street: d.street ? d.street(r) : '', landmark: d.landmark ? d.landmark(r) : '',
    email: `${fs}${v.pick(r, ['.', '', '_', '.'])}${ls}${r() < 0.55 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// Ticketsolve: a Galway arts centre: [event, room, full price €, seated]
const GAC_SHOWS = [['Dancing at Lughnasa', 'Main Auditorium', 26, true], ['Tommy Tiernan – Work in Progress', 'Main Auditorium', 32, true], ['Galway Youth Orchestra: Winter Concert', 'Main Auditorium', 15, true], ['Máirtín O\'Connor Band', 'Studio', 22, false], ['Fishamble: The Pride of Parnell Street', 'Studio', 20, false], ['Jack and the Beanstalk – Christmas Panto', 'Main Auditorium', 19, true], ['Comedy Night: Alison Spittle & Guests', 'Studio', 18, false]]
const GAC_TYPES = [['Full Price', 1], ['Full Price', 1], ['Concession', 0.8], ['Student', 0.7], ['Child (U16)', 0.6], ['Full Price', 1], ['Friends of the Centre', 0.85], ['Complimentary', 0]]
// Big Red Cloud: trade customers of an Ennis catering-equipment supplier: [name, domain, town, county, eircode, area]
const BRC_CUSTOMERS = [['Hotel Doolin Ltd', 'hoteldoolin.ie', 'Doolin', 'Clare', 'V95 Y5E7', 'Hotels'], ["Kelly's Bar & Kitchen", 'kellysbarennis.ie', 'Ennis', 'Clare', 'V95 K2X8', 'Pubs & Restaurants'], ['The Twelve Hotel', 'thetwelvehotel.ie', 'Barna', 'Galway', 'H91 A9T3', 'Hotels'], ['Limerick Strand Hotel Ltd', 'strandlimerick.ie', 'Limerick', 'Limerick', 'V94 2X6F', 'Hotels'], ['Scoil Mhuire Secondary School', 'scoilmhuireennistymon.ie', 'Ennistymon', 'Clare', 'V95 PX73', 'Education'], ['Ard Aoibhinn Nursing Home', 'ardaoibhinn.ie', 'Ennis', 'Clare', 'V95 H3R4', 'Healthcare'], ['Café Aroma Ltd', '', 'Galway', 'Galway', 'H91 D2N6', 'Cafés'], ['Shannon Airport Catering Ltd', 'shannoncatering.ie', 'Shannon', 'Clare', 'V14 EE06', 'Contract Catering'], ['Burren Smokehouse', 'burrensmokehouse.ie', 'Lisdoonvarna', 'Clare', 'V95 FH62', 'Food Producers'], ["Brogan's Bar", 'brogansbar.ie', 'Ennis', 'Clare', 'V95 X6C2', 'Pubs & Restaurants'], ['Lahinch Golf Club', 'lahinchgolf.com', 'Lahinch', 'Clare', 'V95 P2K4', 'Clubs'], ['Oranmore Lodge Hotel', 'oranmorelodge.ie', 'Oranmore', 'Galway', 'H91 E2C8', 'Hotels'], ['The Dough Bros Ltd', 'thedoughbros.ie', 'Galway', 'Galway', 'H91 F8R3', 'Pubs & Restaurants'], ['University Hospital Limerick - Catering Dept', '', 'Dooradoyle', 'Limerick', 'V94 F858', 'Healthcare'], ['St Flannan\'s College', 'stflannanscollege.ie', 'Ennis', 'Clare', 'V95 X5R3', 'Education'], ['Vaughan\'s Pub', 'vaughanspub.ie', 'Kilfenora', 'Clare', 'V95 TN82', 'Pubs & Restaurants'], ['Adare Manor Hotel', 'adaremanor.com', 'Adare', 'Limerick', 'V94 W8WR', 'Hotels'], ['Kilkee Bay Hotel', 'kilkeebayhotel.com', 'Kilkee', 'Clare', 'V15 Y8E3', 'Hotels'], ['Sweeney\'s Deli & Café', '', 'Gort', 'Galway', 'H91 N3T6', 'Cafés'], ['Clare County Council - Canteen', 'clarecoco.ie', 'Ennis', 'Clare', 'V95 DXP2', 'Public Sector']]
const BRC_AREA = { Clare: '065', Galway: '091', Limerick: '061' }
const BRC_STREETS = ['Main Street', 'Unit 4, Gort Road Business Park', 'Abbey Street', 'Lower Dock Road', 'Market Square', 'Kilrush Road', 'The Quay', 'Carmody Street']
// Beauhurst: Manchester and Leeds scale-ups: [company, domain, CH number, postcode, town, region, industry, stage, headcount, turnover £, raised £, incorporated]
const BH_COS = [['Peak Analytics Ltd', 'peakanalytics.io', '10214387', 'M1 3BN', 'Manchester', 'North West', 'Data provider; Artificial intelligence', 'Growth', 142, 11800000, 24600000, '2016-06-14'], ['Fluidic Robotics Ltd', 'fluidicrobotics.co.uk', '11562094', 'LS1 4AP', 'Leeds', 'Yorkshire and the Humber', 'Robotics; Industrial automation', 'Venture', 38, 2100000, 6400000, '2018-09-03'], ['Northern Grid Energy Ltd', 'northerngrid.energy', '12033871', 'M4 6JG', 'Manchester', 'North West', 'Renewable energy; Battery storage', 'Venture', 27, 950000, 3850000, '2019-05-22'], ['Candour Health Ltd', 'candourhealth.com', '09871245', 'LS11 5QN', 'Leeds', 'Yorkshire and the Humber', 'Digital health; Software as a service', 'Growth', 86, 7400000, 14200000, '2015-11-30'], ['Mancunian Materials Ltd', 'mancunianmaterials.com', '10988562', 'M13 9NT', 'Manchester', 'North West', 'Advanced materials; Graphene', 'Seed', 14, 310000, 2250000, '2017-10-09'], ['Tally Fintech Ltd', 'tallyfintech.co.uk', '12744019', 'M3 3EB', 'Salford', 'North West', 'Fintech; Payments', 'Seed', 11, 180000, 1400000, '2020-07-17'], ['Wharf Street Games Ltd', 'wharfstreetgames.com', '11203954', 'LS2 7HY', 'Leeds', 'Yorkshire and the Humber', 'Video games', 'Venture', 45, 3300000, 5100000, '2018-02-12']]
const BH_STREETS = ['Bruntwood Works, 1 Portland Street', 'Nexus, Discovery Way', 'Ancoats Works, Pollard Street', 'Platform, New Station Street', 'Manchester Science Park, Pencroft Way', 'Blue Tower, MediaCityUK', 'Duke Studios, Sheaf Street']
const BH_ROLES = [['Chief Executive Officer', 'Director'], ['Chief Financial Officer', 'Director'], ['Chief Technology Officer', 'Senior management'], ['Head of Engineering', 'Senior management'], ['Finance Director', 'Director'], ['Head of R&D', 'Senior management'], ['Co-Founder & COO', 'Founder']]
// Hornbill: a Leeds housing association's customer service desk: [type, summary, category, service, team]
const HB_CALLS = [['Incident', 'Boiler not working - no heating or hot water', 'Repairs > Heating > Boiler', 'Responsive Repairs', 'Repairs Hub'], ['Service Request', 'Request to report damp and mould in bedroom', 'Repairs > Damp & Mould', 'Damp & Mould', 'Damp & Mould Team'], ['Incident', 'Leaking kitchen tap', 'Repairs > Plumbing', 'Responsive Repairs', 'Repairs Hub'], ['Service Request', 'Rent statement request', 'Income > Rent Account', 'Rent & Income', 'Income Team'], ['Service Request', 'Report of anti-social behaviour - noise', 'Neighbourhood > ASB', 'Anti-Social Behaviour', 'Neighbourhood Team'], ['Incident', 'Communal door entry system faulty', 'Repairs > Communal Areas', 'Communal Repairs', 'Repairs Hub'], ['Service Request', 'Apply for mutual exchange', 'Lettings > Mutual Exchange', 'Lettings', 'Lettings Team'], ['Incident', 'Broken window latch', 'Repairs > Windows & Doors', 'Responsive Repairs', 'Repairs Hub']]
const HB_STATUS = ['status.open', 'status.resolved', 'status.closed', 'status.closed', 'status.onHold', 'status.closed', 'status.open', 'status.resolved']
const HB_PRI = ['P1 - Emergency (24hrs)', 'P2 - Urgent (3 days)', 'P3 - Routine (20 days)', 'P3 - Routine (20 days)', 'P4 - Planned']
// Kitomba: a Ponsonby salon: [staff], [services]
const KT_STAFF = ['Jess T', 'Marco', 'Hana W', 'Bex', 'Tamsin (Senior)', 'Leilani']
// Delivereasy: a Dunedin Thai restaurant: [item, price NZ$]
const DE_MENU = [['Pad Thai Chicken', 21.5], ['Green Curry Beef', 23.9], ['Massaman Lamb', 26.5], ['Tom Yum Soup Prawn', 18.9], ['Spring Rolls (4)', 9.5], ['Cashew Nut Stir Fry Tofu', 20.9], ['Coconut Rice', 5.0], ['Thai Iced Tea', 6.5]]
// Transdirect: a Geelong homewares store: [courier, service]
const TD_COURIERS = [['Couriers Please', 'Couriers Please - Road'], ['Allied Express', 'Allied Express - Road'], ['Toll', 'Toll Priority Overnight'], ['Direct Couriers', 'Direct Couriers - Standard'], ['Northline', 'Northline - Road Express'], ['Fastway', 'Aramex (Fastway) - Parcel']]
const TD_ITEMS = [['Linen throw cushion x2', 2.1, '45x45x20'], ['Stoneware dinner set 16pc', 11.5, '52x38x30'], ['Rattan floor lamp', 6.8, '120x40x40'], ['Bamboo bath mat & towel bundle', 3.2, '40x30x25'], ['Terracotta planter set (3)', 14.0, '60x45x45'], ['Wool rug 160x230', 9.4, '165x30x30']]
// Bikayi: a Jaipur block-print clothing store: [product, SKU, price ₹]
const BK_ITEMS = [['Indigo Dabu Print Cotton Kurta', 'KRT-IND-DB', 1299], ['Sanganeri Block Print Anarkali', 'ANK-SNG-BP', 2199], ['Bagru Print Palazzo Set', 'PLZ-BGR-ST', 1649], ['Hand Block Printed Dupatta', 'DPT-HB-MUL', 599], ['Mens Short Kurta - Ajrakh', 'MKR-AJR-SH', 1099], ['Cotton Block Print Bedsheet (Double)', 'BED-BP-DBL', 1450]]
const BK_SIZES = ['S', 'M', 'L', 'XL', 'XXL', 'Free Size']
// FOMO Pay: a Tanjong Pagar cafe chain: [method, brand]
const FP_METHODS = [['PayNow', ''], ['Card', 'VISA'], ['Card', 'MASTERCARD'], ['GrabPay', ''], ['PayNow', ''], ['Alipay+', ''], ['WeChat Pay', ''], ['Card', 'AMEX'], ['PayNow', '']]
const FP_OUTLETS = [['Common Grounds - Tanjong Pagar', 'TPG01'], ['Common Grounds - Tiong Bahru', 'TBH02'], ['Common Grounds - Online', 'WEB01']]
// Loke: a Sydney cafe group: [venue]
const LK_VENUES = ['Brewtown Surry Hills', 'Brewtown Newtown', 'Brewtown Manly', 'Brewtown Parramatta']
const LK_TIERS = [['Bronze', 0], ['Silver', 500], ['Gold', 1500], ['Bronze', 0], ['Silver', 500]]
// Corefactors: a Pune industrial-automation distributor's customers: [company, domain, city, state, pincode, industry, GST state]
const CF_COS = [['Kirloskar Pneumatic Works Pvt Ltd', 'kpwpl.in', 'Pune', 'Maharashtra', '411026', 'Manufacturing', '27', 'MIDC Bhosari'], ['Shree Ganesh Plastics', 'sgplastics.co.in', 'Chakan', 'Maharashtra', '410501', 'Plastics & Packaging', '27', 'MIDC Chakan Phase II'], ['Anand Auto Components Ltd', 'anandauto.com', 'Aurangabad', 'Maharashtra', '431136', 'Automotive', '27', 'MIDC Waluj'], ['Vedant Pharma Machinery', 'vedantpharmamach.com', 'Ahmedabad', 'Gujarat', '382213', 'Pharmaceuticals', '24', 'GIDC Sanand'], ['Sai Krupa Food Processors Pvt Ltd', 'saikrupafoods.in', 'Nashik', 'Maharashtra', '422010', 'Food Processing', '27', 'Ambad MIDC'], ['Deccan Castings Pvt Ltd', 'deccancastings.com', 'Kolhapur', 'Maharashtra', '416234', 'Foundry', '27', 'Gokul Shirgaon MIDC'], ['Bharat Textile Mills', 'bharattex.co.in', 'Coimbatore', 'Tamil Nadu', '641021', 'Textiles', '33', 'SIDCO Kurichi']]
const CF_TITLES = ['Maintenance Manager', 'Plant Head', 'Purchase Manager', 'Electrical Engineer', 'Director', 'Automation Engineer', 'General Manager - Projects']

const tkShow = (o) => row(GAC_SHOWS, n(o) % 7)
const tkType = (o, i) => row(GAC_TYPES, (n(o) >> 2) + i)
const tkPrice = (o, i) => Math.round(tkShow(o)[2] * tkType(o, i)[1] * 2) / 2
const tkFee = (o, i) => (tkPrice(o, i) ? 1.5 : 0)
const tkPerf = (o) => o.at - (o.at % day) + ((n(o) % 50) + 4) * day + (n(o) % 2 ? 19.5 : 20) * 3600000
const tkChannel = (o) => row(['Online', 'Online', 'Box Office', 'Online', 'Phone', 'Online'], n(o) % 6)
const brc = (c, i) => row(BRC_CUSTOMERS, i)
const bh = (c) => row(BH_COS, n(c) % 7)
const bhRole = (c) => row(BH_ROLES, (n(c) >> 3) % 7)
const hbCall = (o) => row(HB_CALLS, n(o) % 8)
const hbSt = (o) => row(HB_STATUS, (n(o) >> 1) % 8)
const deLines = (o) => { const a = row(DE_MENU, n(o) % 8), b = row(DE_MENU, (n(o) >> 3) % 8), q = 1 + (n(o) % 3 === 0 ? 1 : 0); return [[a[0], q, a[1] * q], ...(n(o) % 4 ? [[b[0], 1, b[1]]] : [])] }
const deSub = (o) => deLines(o).reduce((s, l) => s + l[2], 0)
const dePickup = (o) => n(o) % 6 === 0
const deDisc = (o) => (n(o) % 5 === 0 ? Math.round(deSub(o) * 0.15 * 100) / 100 : 0)
const deFee = (o) => (dePickup(o) ? 0 : row([5.99, 6.99, 4.99, 7.99], n(o) % 4))
const deTotal = (o) => deSub(o) - deDisc(o) + deFee(o)
const deSt0 = (o) => row(['Delivered', 'Delivered', 'Delivered', 'Delivered', 'Delivered', 'Cancelled', 'Delivered', 'Refunded'], (n(o) >> 2) % 8)
const deSt = (o) => (dePickup(o) && deSt0(o) === 'Delivered' ? 'Collected' : deSt0(o))
const tdCourier = (o) => row(TD_COURIERS, n(o) % 6)
const tdItem = (o) => row(TD_ITEMS, (n(o) >> 1) % 6)
const tdPrice = (o) => Math.round((11 + tdItem(o)[1] * 1.35 + (n(o) % 7)) * 100) / 100
const tdConnote = (o) => row([`CPL${pad(n(o) * 917 % 100000000, 8)}`, `AOE${pad(n(o) * 37 % 10000000, 7)}`, `TDE${pad(n(o) * 101 % 1000000000, 9)}`, `DC${pad(n(o) * 53 % 10000000, 7)}`, `NL${pad(n(o) * 71 % 100000000, 8)}`, `MP${pad(n(o) * 13 % 1000000000, 10)}`], n(o) % 6)
const tdSt = (o) => row(['Delivered', 'Delivered', 'In Transit', 'Booked', 'Delivered', 'Picked Up', 'Delivered', 'Cancelled'], (n(o) >> 2) % 8)
const bkItem = (o, i) => row(BK_ITEMS, (n(o) % 6) + i)
const bkQty = (o, i) => 1 + ((n(o) + i) % 5 === 0 ? 1 : 0)
const bkCod = (o) => n(o) % 3 === 0
const bkSt = (o) => row(['Delivered', 'Delivered', 'Shipped', 'Accepted', 'Delivered', 'Cancelled', 'Delivered', 'Returned'], (n(o) >> 1) % 8)
const bkDisc = (o, i) => (n(o) % 4 === 0 ? Math.round(bkItem(o, i)[2] * bkQty(o, i) * 0.1) : 0)
const bkShip = (o) => (n(o) % 5 === 0 ? 0 : 79)
const fpM = (o) => row(FP_METHODS, n(o) % 9)
const fpOutlet = (o) => row(FP_OUTLETS, (n(o) >> 2) % 3)
const fpAmt = (o) => Math.round((6.4 + (n(o) % 37) * 1.15 + (fpOutlet(o)[1] === 'WEB01' ? 28 : 0)) * 100) / 100
const fpRefund = (o) => n(o) % 11 === 0
const fpSt = (o) => row(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED', 'SUCCESS', 'CLOSED', 'SUCCESS'], (n(o) >> 1) % 9)
const fpMdr = (o) => { const m = fpM(o)[0]; return Math.round(fpAmt(o) * (m === 'PayNow' ? 0.008 : m === 'Card' ? 0.0275 : 0.022) * 100) / 100 }
const gmSt = (c) => row(['OK', 'OK', 'S', 'OK', 'U', 'S', 'OK', 'HB', 'OK', 'SP'], n(c) % 10)
const lkTier = (c) => row(LK_TIERS, n(c) % 5)
const lkLife = (c) => lkTier(c)[1] + (n(c) % 480)
const lkRedeemed = (c) => Math.floor(lkLife(c) * ((n(c) % 7) / 10))
const cf = (c) => row(CF_COS, n(c) % 7)
const cfStage = (c) => row(['New', 'Contacted', 'Qualified', 'Proposal Sent', 'Negotiation', 'Won', 'Lost', 'Qualified'], (n(c) >> 2) % 8)
const domainMail = (p, dom) => `${slug(p.first)[0]}${slug(p.last)}@${dom}`

export const SETS = [
  // ---------------------------------------------------------------- Ireland: box-office ticketing
  { name: 'ticketsolve-bookings-report-ie', product: 'Ticketsolve (Dublin; Reports > Bookings report > Export CSV, one row per ticket with the booker\'s customer record, a Galway arts centre\'s theatre, comedy, trad and panto programme sold online, by phone and at the box office; times Irish local, euro)', family: 'events', language: 'en', schema: E, cols: [
    ['Booking Reference', (c, o) => `GAC${pad(n(o) * 41 % 1000000, 6)}`, [OR('purchaseID')]],
    ['Ticket Number', (c, o, r, i) => String(7300000 + n(o) * 3 + i), ['_id']],
    ['Booking Date', (c, o) => { const p = irl(open(o.at, 0)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => tkShow(o)[0], [PL('name')], opt],
    ['Performance Date', (c, o) => dmy(irl(tkPerf(o)), '/'), [], opt],
    ['Performance Time', (c, o) => hm(irl(tkPerf(o))), []],
    ['Venue', (c, o) => tkShow(o)[1], []],
    ['Seat', (c, o, r, i) => (tkShow(o)[3] ? `${'ABCDEFGHJKLMN'[(n(o) + i) % 13]}${(n(o) % 24) + 1 + i}` : 'General Admission'), []],
    ['Ticket Type', (c, o, r, i) => tkType(o, i)[0], [], opt],
    ['Price', (c, o, r, i) => dec(tkPrice(o, i), '.'), [PL('priceTotal')]],
    ['Booking Fee', (c, o, r, i) => dec(tkFee(o, i), '.'), []],
    ['Promo Code', (c, o) => (n(o) % 9 === 0 ? 'EARLYBIRD' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (n(o) % 9 === 0 ? dec(tkPrice(o, i) * 0.1, '.') : '0.00'), [PL('discountAmount')], opt],
    ['Booking Total', (c, o, r, i) => dec((tkPrice(o, i) + tkFee(o, i)) * (1 + (n(o) % 3)), '.'), [OR('priceTotal')]],
    ['Currency', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Payment Method', (c, o, r, i) => (tkPrice(o, i) ? row(['Visa', 'Mastercard', 'Apple Pay', 'Cash', 'Visa Debit', 'Gift Voucher'], n(o) % 6) : 'Complimentary'), [OR('payments[0].paymentType')]],
    ['Sales Channel', (c, o) => tkChannel(o), [], opt],
    ['Customer Number', (c) => String(200000 + n(c) % 90000), CUST_ID, opt],
    ['First Name', (c) => loc(c, 'ie').first, []],
    ['Last Name', (c) => loc(c, 'ie').last, []],
    ['Email', (c, o) => (tkChannel(o) === 'Box Office' && n(o) % 2 ? '' : loc(c, 'ie').email), EMAIL_ID],
    ['Phone', (c) => loc(c, 'ie').mobile, PHONE_ID, opt],
    ['Address 1', (c, o) => (tkChannel(o) === 'Online' ? loc(c, 'ie').street : ''), [BILL('street1')], opt],
    ['Town', (c, o) => (tkChannel(o) === 'Online' ? loc(c, 'ie').city : ''), [BILL('city')], opt],
    ['County', (c, o) => (tkChannel(o) === 'Online' ? `Co. ${loc(c, 'ie').region}` : ''), [BILL('stateProvince'), BILL('state')], opt],
    ['Eircode', (c, o) => (tkChannel(o) === 'Online' ? loc(c, 'ie').zip : ''), [BILL('postalCode')], opt],
    ['Marketing Opt-In', (c) => (n(c) % 3 ? 'Yes' : 'No'), []],
    ['Scanned', (c, o) => (tkPerf(o) < Date.UTC(2025, 0, 1) && n(o) % 8 ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Ireland: accounting customers
  { name: 'bigredcloud-customers-export-ie', product: 'Big Red Cloud (Dublin; Customers > Customer list > Export to CSV, one row per customer account with its contact, an Ennis catering-equipment supplier\'s trade customers: hotels, pubs, schools and nursing homes in Clare, Galway and Limerick; euro)', family: 'invoicing', language: 'en', schema: B, cols: [
    ['Code', (c, o, r, i) => `${slug(brc(c, i)[0].replace(/^(The|St|University) /, '')).slice(0, 4).toUpperCase()}${pad((i % 3) + 1, 3)}`, B2BID],
    ['Name', (c, o, r, i) => brc(c, i)[0], CO],
    ['Contact Name', (c) => loc(c, 'ie').full, ['person.name.fullName']],
    ['Address Line 1', (c) => row(BRC_STREETS, n(c) % 8), at(W, 'street1')],
    ['Address Line 2', (c, o, r, i) => brc(c, i)[2], at(W, 'city'), opt],
    ['Address Line 3', (c, o, r, i) => `Co. ${brc(c, i)[3]}`, STATE(W), opt],
    ['Address Line 4', () => 'Ireland', at(W, 'country'), opt],
    ['Eircode', (c, o, r, i) => brc(c, i)[4], at(W, 'postalCode')],
    ['Phone', (c, o, r, i) => `${BRC_AREA[brc(c, i)[3]]} ${v.int(r, 600, 799)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Mobile', (c) => loc(c, 'ie').mobile, ['mobilePhone.number']],
    ['Fax', (c, o, r, i) => (r() < 0.15 ? `${BRC_AREA[brc(c, i)[3]]} ${v.int(r, 600, 799)} ${v.int(r, 1000, 9999)}` : ''), ['faxPhone.number']],
    ['Email', (c, o, r, i) => (brc(c, i)[1] ? domainMail(loc(c, 'ie'), brc(c, i)[1]) : loc(c, 'ie').email), WE],
    ['Accounts Email', (c, o, r, i) => (brc(c, i)[1] ? `accounts@${brc(c, i)[1]}` : ''), [], opt],
    ['Web Site', (c, o, r, i) => (brc(c, i)[1] ? `www.${brc(c, i)[1]}` : ''), ['b2b.companyWebsite']],
    ['VAT No.', (c) => `IE${pad(n(c) * 7 % 10000000, 7)}${v.pick(v.rng(n(c)), ['A', 'B', 'C', 'H', 'W'])}`, [], opt],
    ['VAT Type', (c) => (n(c) % 9 === 4 ? 'Exempt' : 'Standard'), []],
    ['Area', (c, o, r, i) => brc(c, i)[3], [], opt],
    ['Analysis Category', (c, o, r, i) => brc(c, i)[5], []],
    ['Sales Rep', (c) => row(['Declan Hehir', 'Mairéad Lynch', 'Office'], n(c) % 3), []],
    ['Credit Limit', (c) => dec(row([5000, 10000, 2500, 15000, 0], n(c) % 5), '.'), []],
    ['Payment Terms (Days)', (c) => row(['30', '30', '60', '14', '0'], n(c) % 5), []],
    ['Balance', (c, o, r) => dec(r() < 0.3 ? 0 : v.int(r, 120, 18000) + r(), '.'), []],
    ['Dormant', (c) => (n(c) % 13 === 0 ? 'Yes' : 'No'), [], opt],
    ['Date Created', (c) => dmy(irl(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- UK: company data
  { name: 'beauhurst-people-export-uk', product: 'Beauhurst (London; Search > Advanced search > People results > Export (CSV), one row per person with their company\'s Companies House and funding data, an R&D tax-credit consultancy\'s prospect list of Manchester and Leeds scale-ups)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Person ID', (c) => `p-${pad(n(c) * 131 % 10000000, 7)}`, B2BID],
    ['Full name', (c) => loc(c, 'uk').full, ['person.name.fullName']],
    ['First name', (c) => loc(c, 'uk').first, ['person.name.firstName']],
    ['Last name', (c) => loc(c, 'uk').last, ['person.name.lastName']],
    ['Job title', (c) => bhRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Role type', (c) => bhRole(c)[1], [], opt],
    ['Email', (c) => `${slug(loc(c, 'uk').first)}.${slug(loc(c, 'uk').last)}@${bh(c)[1]}`, ['workEmail.address']],
    ['Email status', (c) => row(['Verified', 'Verified', 'Likely', 'Verified', 'Unverified'], n(c) % 5), [], opt],
    ['LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(loc(c, 'uk').first)}-${slug(loc(c, 'uk').last)}-${v.hex(v.rng(n(c)), 6)}`, []],
    ['Appointed on', (c) => (bhRole(c)[1] === 'Director' || bhRole(c)[1] === 'Founder' ? bh(c)[11].split('-').reverse().join('/') : ''), [], opt],
    ['Company name', (c) => bh(c)[0], CO],
    ['Beauhurst company ID', (c) => `c-${pad(n(c) % 7 * 104729 + 310000, 7)}`, ACC, opt],
    ['Companies House ID', (c) => bh(c)[2], ['b2b.accountKey.sourceID'], opt],
    ['Website', (c) => `https://www.${bh(c)[1]}`, ['b2b.companyWebsite']],
    ['Telephone', (c, o, r) => `${bh(c)[4] === 'Leeds' ? '0113' : '0161'} ${v.int(r, 200, 999)} ${v.int(r, 1000, 9999)}`, ['workPhone.number']],
    ['Registered address', (c) => row(BH_STREETS, n(c) % 7), at(W, 'street1')],
    ['Registered town', (c) => bh(c)[4], at(W, 'city')],
    ['Registered postcode', (c) => bh(c)[3], at(W, 'postalCode')],
    ['Region', (c) => bh(c)[5], [...at(W, 'region'), ...STATE(W)], opt],
    ['Industries', (c) => bh(c)[6], []],
    ['Stage of evolution', (c) => bh(c)[7], []],
    ['Latest headcount', (c) => String(bh(c)[8]), []],
    ['Latest turnover (£)', (c) => String(bh(c)[9]), []],
    ['Total amount fundraised (£)', (c) => String(bh(c)[10]), []],
    ['Incorporation date', (c) => bh(c)[11].split('-').reverse().join('/'), []],
  ] },
  // ---------------------------------------------------------------- UK: service desk
  { name: 'hornbill-requests-report-uk', product: 'Hornbill Service Manager (Hornbill, UK; Administration > Service Manager > Reports > a requests report run to CSV with the h_itsm_requests columns and the customer\'s contact e-mail and phone, one row per request, a Leeds housing association\'s tenant repairs and enquiries desk; times as stored, UTC)', family: 'support', language: 'en', schema: E, cols: [
    ['h_pk_reference', (c, o) => `${hbCall(o)[0] === 'Incident' ? 'IN' : 'SR'}${pad(n(o) * 7 % 100000000, 8)}`, ['_id']],
    ['h_requesttype', (c, o) => hbCall(o)[0], []],
    ['h_summary', (c, o) => hbCall(o)[1], []],
    ['h_description', (c, o) => `${hbCall(o)[1]}. Tenant reports issue at ${loc(c, 'uk').street}, ${loc(c, 'uk').locality}. Access: ${n(o) % 2 ? 'weekday mornings' : 'any time, key safe'}.`, []],
    ['h_status', (c, o) => hbSt(o), []],
    ['h_datelogged', (c, o) => { const p = bd(open(o.at, 0)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['h_datelastmodified', (c, o) => { const p = bd(open(o.at, 0) + ((n(o) % 9) + 1) * 3600000 * 7); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['h_dateresolved', (c, o) => (hbSt(o) === 'status.resolved' || hbSt(o) === 'status.closed' ? (() => { const p = bd(open(o.at, 0) + ((n(o) % 12) + 1) * day); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['h_dateclosed', (c, o) => (hbSt(o) === 'status.closed' ? (() => { const p = bd(open(o.at, 0) + ((n(o) % 12) + 4) * day); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['h_fk_user_id', (c) => String(4000 + n(c) % 30000), CUST_ID, opt],
    ['h_fk_user_name', (c) => loc(c, 'uk').full, []],
    ['h_email_1', (c, o) => (n(o) % 7 === 3 ? '' : loc(c, 'uk').email), EMAIL_ID],
    ['h_tel_1', (c) => loc(c, 'uk').mobile, PHONE_ID, opt],
    ['h_site', (c) => `${loc(c, 'uk').street}, ${loc(c, 'uk').city} ${loc(c, 'uk').zip}`, [], opt],
    ['h_fk_priorityname', (c, o) => (hbCall(o)[0] === 'Incident' ? row(HB_PRI, n(o) % 5) : 'P4 - Planned'), []],
    ['h_impact', (c, o) => row(['Low', 'Medium', 'High', 'Low'], n(o) % 4), []],
    ['h_urgency', (c, o) => row(['Medium', 'Low', 'High', 'Medium', 'Low'], n(o) % 5), []],
    ['h_category', (c, o) => hbCall(o)[2], []],
    ['h_fk_servicename', (c, o) => hbCall(o)[3], []],
    ['h_fk_team_name', (c, o) => hbCall(o)[4], []],
    ['h_ownername', (c, o) => (hbSt(o) === 'status.open' && n(o) % 3 === 0 ? '' : row(['Gemma Atkinson', 'Imran Aslam', 'Paul Wainwright', 'Zoe Metcalfe'], n(o) % 4)), []],
    ['h_source_type', (c, o) => row(['Email', 'Self Service', 'Analyst', 'Self Service', 'Email', 'Analyst'], n(o) % 6), []],
    ['h_closure_category', (c, o) => (hbSt(o) === 'status.closed' ? row(['Resolved > Repair completed', 'Resolved > Advice given', 'Resolved > Passed to contractor', 'No Fault Found'], n(o) % 4) : ''), []],
    ['h_withinfix', (c, o) => (hbSt(o) === 'status.open' ? '' : n(o) % 5 ? '1' : '0'), []],
    ['h_external_ref_number', (c, o) => (hbCall(o)[3].includes('Repairs') ? `JOB-${pad(n(o) * 3 % 1000000, 6)}` : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- New Zealand: salon clients
  { name: 'kitomba-client-list-nz', product: 'Kitomba (Wellington; Clients > Reports > Client list > Export to CSV, one row per client, a Ponsonby hair and beauty salon\'s client base with visit and spend history)', family: 'booking', language: 'en', schema: P, cols: [
    ['Client ID', (c) => String(100000 + n(c) % 800000), ID],
    ['First Name', (c) => loc(c, 'nz').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'nz').last, ['person.name.lastName']],
    ['Gender', (c) => (loc(c, 'nz').female ? 'Female' : 'Male'), ['person.gender']],
    ['Mobile', (c) => loc(c, 'nz').mobile, ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.2 ? `09 ${v.int(r, 300, 899)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.1 ? `09 ${v.int(r, 300, 899)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Email', (c) => loc(c, 'nz').email, ['personalEmail.address']],
    ['Address', (c) => (n(c) % 4 ? loc(c, 'nz').street : ''), at(HOME, 'street1')],
    ['Suburb', (c) => (n(c) % 4 ? loc(c, 'nz').locality : ''), [...at(HOME, 'street2'), ...at(HOME, 'region')], opt],
    ['City', (c) => (n(c) % 4 ? loc(c, 'nz').city : ''), at(HOME, 'city')],
    ['Postcode', (c) => (n(c) % 4 ? loc(c, 'nz').zip : ''), at(HOME, 'postalCode')],
    ['Date of Birth', (c) => (n(c) % 3 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Client Since', (c) => dmy(nzt(c.created), '/'), [], opt],
    ['First Visit', (c) => dmy(nzt(c.created + 3 * day), '/'), [], opt],
    ['Last Visit', (c) => dmy(nzt(later(c)), '/'), []],
    ['Next Appointment', (c) => (n(c) % 3 === 0 ? `${dmy(nzt(later(c) + 42 * day), '/')} ${hm12(nzt(open(later(c) + 42 * day, 13)))}` : ''), []],
    ['Total Visits', (c) => String(1 + n(c) % 38), []],
    ['Total Spend', (c) => dec((1 + n(c) % 38) * (68 + (n(c) % 90)), '.'), ['loyalty.lifetimePurchases'], opt],
    ['Average Spend', (c) => dec(68 + (n(c) % 90), '.'), []],
    ['Preferred Staff', (c) => row(KT_STAFF, n(c) % 6), []],
    ['Referral Source', (c) => row(['Instagram', 'Walk-in', 'Friend / Family', 'Google', 'Gift Voucher', ''], n(c) % 6), []],
    ['Loyalty Points', (c) => String((n(c) * 7) % 640), ['loyalty.points']],
    ['Email Marketing', (c) => (n(c) % 5 ? 'Yes' : 'No'), []],
    ['SMS Reminders', (c) => (n(c) % 7 ? 'Yes' : 'No'), []],
    ['Client Notes', (c) => row(['', '', 'Sensitive scalp - use gentle shampoo', 'Patch test done 2023', '', 'Prefers Saturday mornings', 'Balayage formula card on file'], n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- New Zealand: food delivery
  { name: 'delivereasy-partner-orders-nz', product: 'Delivereasy (Partner portal > Orders > Export CSV, one row per order, a Dunedin Thai restaurant\'s delivery and pickup orders with commission and payout; times NZ local, NZ$ incl. GST)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(4100000 + n(o) * 13), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => dmy(nzt(open(o.at, 12)), '/'), ['timestamp', OR('createdDate')]],
    ['Order Time', (c, o) => hm12(nzt(open(o.at, 12))), [], opt],
    ['Requested For', (c, o) => (n(o) % 5 === 0 ? hm12(nzt(open(o.at, 12) + 90 * 60000)) : 'ASAP'), []],
    ['Completed At', (c, o) => (deSt(o) === 'Delivered' || deSt(o) === 'Collected' ? hm12(nzt(open(o.at, 12) + (dePickup(o) ? 20 : 32 + n(o) % 25) * 60000)) : ''), [], opt],
    ['Status', (c, o) => deSt(o), []],
    ['Order Type', (c, o) => (dePickup(o) ? 'Pickup' : 'Delivery'), ['commerce.shipping.shippingMethod'], opt],
    ['Customer', (c) => `${loc(c, 'dn').first} ${loc(c, 'dn').last[0]}.`, []],
    ['Customer Phone', (c, o) => (dePickup(o) ? loc(c, 'dn').mobile : ''), PHONE_ID, opt],
    ['Delivery Address', (c, o) => (dePickup(o) ? '' : loc(c, 'dn').street), [SHIP('street1')], opt],
    ['Delivery Suburb', (c, o) => (dePickup(o) ? '' : loc(c, 'dn').locality), [SHIP('city')], opt],
    ['Items', (c, o) => deLines(o).map((l) => `${l[1]}x ${l[0]}`).join('; '), [PL('name')], opt],
    ['Item Count', (c, o) => String(deLines(o).reduce((s, l) => s + l[1], 0)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => dec(deSub(o), '.'), []],
    ['Restaurant Discount', (c, o) => dec(deDisc(o), '.'), [OR('discountAmount')], opt],
    ['Promo Code', (c, o) => (deDisc(o) ? 'THAI15' : ''), ['commerce.promotionID'], opt],
    ['Delivery Fee', (c, o) => dec(deFee(o), '.'), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o) => dec(deTotal(o), '.'), [OR('priceTotal')]],
    ['GST Included', (c, o) => dec(deTotal(o) * 3 / 23, '.'), [OR('taxAmount')]],
    ['Commission', (c, o) => dec(deSub(o) * (dePickup(o) ? 0.1 : 0.25), '.'), []],
    ['Commission GST', (c, o) => dec(deSub(o) * (dePickup(o) ? 0.1 : 0.25) * 0.15, '.'), []],
    ['Payout', (c, o) => dec(deSub(o) - deDisc(o) - deSub(o) * (dePickup(o) ? 0.1 : 0.25) * 1.15, '.'), []],
    ['Refund', (c, o) => (deSt(o) === 'Refunded' ? dec(deTotal(o), '.') : '0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['Payment Method', (c, o) => row(['Card', 'Apple Pay', 'Card', 'Google Pay', 'Delivereasy Credit'], n(o) % 5), [OR('payments[0].paymentType')]],
    ['Customer Notes', (c, o) => row(['', 'Medium spicy please', '', 'No peanuts - allergy', 'Leave at door', '', 'Extra rice'], n(o) % 7), []],
    ['Rating', (c, o) => ((deSt(o) === 'Delivered' || deSt(o) === 'Collected') && n(o) % 3 ? String(3 + n(o) % 3) : ''), []],
  ] },
  // ---------------------------------------------------------------- Australia: courier broker
  { name: 'transdirect-bookings-export-au', product: 'Transdirect (Members area > Bookings > Export to CSV, one row per booking, a Geelong homewares online store\'s residential consignments by Couriers Please, Allied, Toll, Direct Couriers, Northline and Aramex; times AEST/AEDT, A$ incl. GST)', family: 'shipments', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(3800000 + n(o) * 11), ['_id']],
    ['Order Reference', (c, o) => `#GH${10000 + n(o) % 90000}`, [OR('purchaseID')]],
    ['Booked At', (c, o) => { const p = syd(open(o.at, 10)); return `${dmy(p, '/')} ${hms(p)}` }, ['timestamp']],
    ['Pickup Date', (c, o) => dmy(syd(open(o.at, 10) + day), '/'), ['commerce.shipping.shipDate'], opt],
    ['Courier', (c, o) => tdCourier(o)[0], ['commerce.shipping.shippingMethod']],
    ['Service', (c, o) => tdCourier(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Connote', (c, o) => tdConnote(o), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o) => tdSt(o), []],
    ['Sender Company', () => 'Geelong Home Co Pty Ltd', []],
    ['Sender Suburb', () => 'NORTH GEELONG', []],
    ['Sender Postcode', () => '3215', []],
    ['Receiver Name', (c) => loc(c, 'au').full, []],
    ['Receiver Company', (c, o) => (n(o) % 9 === 0 ? 'Surry Hills Dental' : ''), []],
    ['Receiver Address', (c) => loc(c, 'au').street, [SHIP('street1')]],
    ['Receiver Suburb', (c) => loc(c, 'au').locality.toUpperCase(), [SHIP('city')]],
    ['Receiver State', (c) => loc(c, 'au').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Receiver Postcode', (c) => loc(c, 'au').zip, [SHIP('postalCode')]],
    ['Receiver Email', (c) => loc(c, 'au').email, EMAIL_ID, opt],
    ['Receiver Phone', (c) => loc(c, 'au').mobile, PHONE_ID, opt],
    ['Receiver Type', (c, o) => (n(o) % 9 === 0 ? 'business' : 'residential'), []],
    ['Description', (c, o) => tdItem(o)[0], [PL('name')], opt],
    ['Items', (c, o) => String(1 + (n(o) % 4 === 0 ? 1 : 0)), [], opt],
    ['Weight (kg)', (c, o) => tdItem(o)[1].toFixed(1), []],
    ['Dimensions (cm)', (c, o) => tdItem(o)[2], []],
    ['Declared Value', (c, o) => dec(40 + (n(o) % 30) * 9.5, '.'), [OR('priceTotal')], opt],
    ['Insured', (c, o) => (n(o) % 4 === 0 ? 'Yes' : 'No'), []],
    ['Price (inc GST)', (c, o) => dec(tdPrice(o), '.'), ['commerce.shipping.shippingAmount']],
  ] },
  // ---------------------------------------------------------------- India: WhatsApp store orders
  { name: 'bikayi-orders-report-in', product: 'Bikayi (Orders > Download report (Excel), one row per order item, a Jaipur hand-block-print clothing store selling through its Bikayi web store and WhatsApp catalogue, COD and online payments, shipped through Bikayi\'s delivery partners; times IST, ₹)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `${800000 + n(o) % 200000}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = ist(o.at); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => bkSt(o), []],
    ['Payment Mode', (c, o) => (bkCod(o) ? 'COD' : row(['UPI', 'Online', 'UPI', 'Card'], n(o) % 4)), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => (bkCod(o) ? (bkSt(o) === 'Delivered' ? 'Paid' : 'Pending') : 'Paid'), []],
    ['Customer Name', (c) => loc(c, 'in').full, []],
    ['Customer Phone', (c) => loc(c, 'in').mobile, PHONE_ID],
    ['Customer Email', (c) => (n(c) % 3 ? loc(c, 'in').email : ''), EMAIL_ID, opt],
    ['Address', (c) => loc(c, 'in').street, [SHIP('street1')]],
    ['Landmark', (c) => loc(c, 'in').landmark, [SHIP('street2')], opt],
    ['City', (c) => loc(c, 'in').city, [SHIP('city')]],
    ['State', (c) => loc(c, 'in').region, [SHIP('stateProvince'), SHIP('state')]],
    ['Pincode', (c) => loc(c, 'in').zip, [SHIP('postalCode')]],
    ['Product Name', (c, o, r, i) => bkItem(o, i)[0], [PL('name')]],
    ['Variant', (c, o, r, i) => (bkItem(o, i)[1].startsWith('BED') || bkItem(o, i)[1].startsWith('DPT') ? '' : `Size: ${row(BK_SIZES, n(o) + i)}`), [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o, r, i) => bkItem(o, i)[1], [PL('SKU')]],
    ['Quantity', (c, o, r, i) => String(bkQty(o, i)), [PL('quantity')]],
    ['Item Price', (c, o, r, i) => String(bkItem(o, i)[2]), [], opt],
    ['Item Total', (c, o, r, i) => String(bkItem(o, i)[2] * bkQty(o, i)), [PL('priceTotal')]],
    ['Discount', (c, o, r, i) => String(bkDisc(o, i)), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Coupon Code', (c, o) => (n(o) % 4 === 0 ? 'FESTIVE10' : ''), ['commerce.promotionID'], opt],
    ['Delivery Charges', (c, o) => String(bkShip(o)), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o, r, i) => String(bkItem(o, i)[2] * bkQty(o, i) - bkDisc(o, i) + bkShip(o) + (n(o) % 3 ? 0 : 599)), [OR('priceTotal')]],
    ['Delivery Partner', (c, o) => (bkSt(o) === 'Accepted' || bkSt(o) === 'Cancelled' ? '' : row(['Delhivery', 'Xpressbees', 'Ecom Express', 'Shadowfax', 'DTDC'], n(o) % 5)), ['commerce.shipping.shippingMethod']],
    ['AWB Number', (c, o) => (bkSt(o) === 'Accepted' || bkSt(o) === 'Cancelled' ? '' : `${row(['1490', '1424', '7001', 'SF', 'D7'], n(o) % 5)}${pad(n(o) * 7919 % 100000000, 8)}`), ['commerce.shipping.trackingNumber']],
    ['Order Source', (c, o) => row(['Website', 'WhatsApp', 'Website', 'Instagram', 'WhatsApp'], n(o) % 5), [], opt],
  ] },
  // ---------------------------------------------------------------- Singapore: payment gateway
  { name: 'fomopay-transactions-export-sg', product: 'FOMO Pay (Singapore; Merchant portal > Transactions > Export CSV, one row per transaction, a Tanjong Pagar and Tiong Bahru café chain\'s counter QR and online-order payments by PayNow, cards, GrabPay, Alipay+ and WeChat Pay; times SGT, S$)', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction No.', (c, o) => `FP${bd(o.at).y}${pad(bd(o.at).m)}${pad(bd(o.at).d)}${pad(n(o) * 389 % 10000000, 7)}`, [OR('payments[0].transactionID'), '_id']],
    ['Order No.', (c, o) => `${fpOutlet(o)[1]}-${pad(n(o) % 100000, 6)}`, [OR('purchaseID')]],
    ['Transaction Time', (c, o) => { const p = sgt(open(o.at, 8)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Transaction Type', (c, o) => (fpRefund(o) ? 'REFUND' : 'SALE'), []],
    ['Payment Method', (c, o) => fpM(o)[0], [OR('payments[0].paymentType')]],
    ['Card Brand', (c, o) => fpM(o)[1], [], opt],
    ['Card / Account', (c, o, r) => (fpM(o)[0] === 'Card' ? `${fpM(o)[1] === 'AMEX' ? '3742' : fpM(o)[1] === 'VISA' ? '4' + v.int(r, 100, 999) : '5' + v.int(r, 100, 999)}********${v.int(r, 1000, 9999)}` : ''), []],
    ['Currency', () => 'SGD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Amount', (c, o) => dec(fpAmt(o), '.'), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Refund Amount', (c, o) => (fpRefund(o) ? dec(fpAmt(o), '.') : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')], opt],
    ['MDR', (c, o) => dec(fpMdr(o), '.'), []],
    ['GST on MDR', (c, o) => dec(fpMdr(o) * 0.09, '.'), []],
    ['Net Amount', (c, o) => dec(fpAmt(o) - fpMdr(o) * 1.09, '.'), []],
    ['Status', (c, o) => fpSt(o), []],
    ['Settlement Date', (c, o) => (fpSt(o) === 'SUCCESS' ? ymd(sgt(o.at + 2 * day)) : ''), [], opt],
    ['Outlet', (c, o) => fpOutlet(o)[0], [], opt],
    ['Terminal ID', (c, o) => (fpOutlet(o)[1] === 'WEB01' ? '' : `T${fpOutlet(o)[1]}${(n(o) % 2) + 1}`), []],
    ['Description', (c, o) => (fpOutlet(o)[1] === 'WEB01' ? `Online order ${fpOutlet(o)[1]}-${pad(n(o) % 100000, 6)}` : 'Counter QR payment'), []],
    ['Customer Email', (c, o) => (fpOutlet(o)[1] === 'WEB01' ? loc(c, 'sg').email : ''), EMAIL_ID, opt],
    ['Customer Mobile', (c, o) => (fpOutlet(o)[1] === 'WEB01' ? `+${loc(c, 'sg').msisdn}` : ''), PHONE_ID, opt],
    ['Approval Code', (c, o, r) => (fpM(o)[0] === 'Card' && fpSt(o) === 'SUCCESS' ? String(v.int(r, 100000, 999999)) : ''), []],
    ['Merchant ID', () => '100400027831', []],
  ] },
  // ---------------------------------------------------------------- South Africa: email marketing
  { name: 'graphicmail-mailing-list-export-za', product: 'GraphicMail (Cape Town; Mailing Lists > Search / Export > Export to CSV with the address-book fields, one row per e-mail address, a Durban outdoor and camping retailer\'s newsletter list with status codes OK/S/U/HB/SP)', family: 'email', language: 'en', schema: P, cols: [
    ['Email', (c) => loc(c, 'za').email, ['personalEmail.address']],
    ['Status', (c) => gmSt(c), ['personalEmail.status'], opt],
    ['Mailing List', (c) => row(['Newsletter - All', 'Newsletter - All', 'Club Members', 'Black Friday 2024 Signups'], n(c) % 4), []],
    ['Date Added', (c) => { const p = sast(c.created); return `${ymd(p, '/')} ${hm(p)}` }, [], opt],
    ['Subscription Date', (c) => (gmSt(c) === 'S' ? (() => { const p = sast(c.created); return `${ymd(p, '/')} ${hms(p)}` })() : ''), [], opt],
    ['Subscription IP', (c, o, r) => (gmSt(c) === 'S' ? v.ip4(r) : ''), []],
    ['Unsubscribe Date', (c) => (gmSt(c) === 'U' ? ymd(sast(later(c)), '/') : ''), [], opt],
    ['Title', (c) => (n(c) % 3 ? (loc(c, 'za').female ? 'Ms' : 'Mr') : ''), ['person.name.courtesyTitle']],
    ['First Name', (c) => loc(c, 'za').first, ['person.name.firstName']],
    ['Surname', (c) => loc(c, 'za').last, ['person.name.lastName']],
    ['Company', (c, o, r) => (r() < 0.12 ? v.pick(r, ['Drakensberg Adventures', 'Coastal Scouts Troop 12', 'KZN Hiking Club']) : ''), ['organizations[0]'], opt],
    ['Mobile', (c) => loc(c, 'za').mobile, ['mobilePhone.number']],
    ['Telephone', (c, o, r) => (r() < 0.25 ? `031 ${v.int(r, 200, 599)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Address', (c) => (n(c) % 3 === 0 ? '' : loc(c, 'za').street), at(HOME, 'street1')],
    ['Suburb', (c) => (n(c) % 3 === 0 ? '' : loc(c, 'za').locality), [...at(HOME, 'street2'), ...at(HOME, 'city')], opt],
    ['City', (c) => (n(c) % 3 === 0 ? '' : loc(c, 'za').city), at(HOME, 'city')],
    ['Province', (c) => loc(c, 'za').region, STATE(HOME)],
    ['Postal Code', (c) => (n(c) % 3 === 0 ? '' : loc(c, 'za').zip), at(HOME, 'postalCode')],
    ['Country', () => 'South Africa', at(HOME, 'country')],
    ['Date of Birth', (c) => (n(c) % 2 ? ymd(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 4 === 0 ? '' : loc(c, 'za').female ? 'F' : 'M'), ['person.gender']],
    ['Preferred Store', (c) => row(['Umhlanga', 'Gateway', 'Pavilion', 'Online'], n(c) % 4), []],
    ['Interests', (c) => row(['Camping; Hiking', 'Fishing', 'Hiking', 'Camping; 4x4 Overlanding', 'Trail Running'], n(c) % 5), []],
    ['Last Opened', (c) => (gmSt(c) === 'HB' || n(c) % 5 === 0 ? '' : ymd(sast(later(c)), '/')), []],
    ['Last Clicked', (c) => (gmSt(c) === 'HB' || n(c) % 3 ? '' : ymd(sast(later(c)), '/')), []],
  ] },
  // ---------------------------------------------------------------- Australia: hospitality loyalty
  { name: 'loke-members-export-au', product: 'Loke (Melbourne; Members > Export members CSV, one row per member of a Sydney café group\'s app-based loyalty programme with tiers, points, visits and spend; dates AEST/AEDT, A$)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => `M${pad(n(c) * 29 % 10000000, 7)}`, ['loyalty.loyaltyID[0]', ...ID]],
    ['First Name', (c) => loc(c, 'au').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'au').last, ['person.name.lastName']],
    ['Email', (c) => loc(c, 'au').email, ['personalEmail.address']],
    ['Mobile', (c) => `+${loc(c, 'au').msisdn}`, ['mobilePhone.number']],
    ['Date of Birth', (c) => (n(c) % 3 ? dmy(bd(c.birth), '/') : ''), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 5 === 0 ? 'Prefer not to say' : loc(c, 'au').female ? 'Female' : 'Male'), ['person.gender']],
    ['Suburb', (c) => loc(c, 'au').locality, at(HOME, 'city')],
    ['State', (c) => loc(c, 'au').region, STATE(HOME)],
    ['Postcode', (c) => loc(c, 'au').zip, at(HOME, 'postalCode')],
    ['Joined', (c) => { const p = syd(open(c.created, 10)); return `${dmy(p, '/')} ${hm(p)}` }, ['loyalty.joinDate']],
    ['Join Venue', (c) => row(LK_VENUES, n(c) % 4), [], opt],
    ['Tier', (c) => lkTier(c)[0], ['loyalty.tier']],
    ['Points Balance', (c) => String(lkLife(c) - lkRedeemed(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(lkLife(c)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(lkRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Rewards Redeemed', (c) => String(Math.floor(lkRedeemed(c) / 100)), [], opt],
    ['Total Spend', (c) => dec(lkLife(c) * 1.0 + (n(c) % 100) / 7, '.'), ['loyalty.lifetimePurchases']],
    ['Visits', (c) => String(Math.floor(lkLife(c) / 9) + 1), []],
    ['Last Visit', (c) => dmy(syd(later(c)), '/'), []],
    ['Last Visit Venue', (c) => row(LK_VENUES, (n(c) >> 2) % 4), []],
    ['Email Opt In', (c) => (n(c) % 4 ? 'TRUE' : 'FALSE'), []],
    ['SMS Opt In', (c) => (n(c) % 3 ? 'FALSE' : 'TRUE'), []],
    ['App Platform', (c) => row(['iOS', 'Android', 'iOS', 'iOS', 'Android'], n(c) % 5), [], opt],
    ['Referral Code', (c) => `${slug(loc(c, 'au').first).slice(0, 5).toUpperCase()}${pad(n(c) % 1000, 3)}`, [], opt],
    ['Status', (c) => (n(c) % 17 === 0 ? 'Inactive' : 'Active'), ['loyalty.status'], opt],
  ] },
  // ---------------------------------------------------------------- India: CRM
  { name: 'corefactors-contacts-export-in', product: 'Corefactors (Bengaluru; Contacts > Export to Excel, one row per contact, a Pune industrial-automation distributor\'s B2B contacts at plants across Maharashtra, Gujarat and Tamil Nadu; dates IST)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => `CF${pad(n(c) * 17 % 1000000, 6)}`, B2BID],
    ['Salutation', (c) => (loc(c, 'in').female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => loc(c, 'in').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'in').last, ['person.name.lastName']],
    ['Designation', (c) => row(CF_TITLES, n(c) % 7), ['extendedWorkDetails.jobTitle']],
    ['Company Name', (c) => cf(c)[0], CO],
    ['Email', (c) => domainMail(loc(c, 'in'), cf(c)[1]), WE],
    ['Mobile Number', (c) => `+91 ${loc(c, 'in').mobile}`, ['mobilePhone.number']],
    ['Alternate Number', (c, o, r) => (r() < 0.4 ? `020-${v.int(r, 24000000, 27999999)}` : ''), ['workPhone.number'], opt],
    ['Website', (c) => `www.${cf(c)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => cf(c)[5], []],
    ['Address', (c, o, r) => `Plot No. ${v.pick(r, ['', 'A-', 'D-', 'J-'])}${v.int(r, 1, 180)}, ${cf(c)[7]}`, at(W, 'street1')],
    ['City', (c) => cf(c)[2], at(W, 'city')],
    ['State', (c) => cf(c)[3], STATE(W)],
    ['Country', () => 'India', at(W, 'country')],
    ['Pincode', (c) => cf(c)[4], at(W, 'postalCode')],
    ['GSTIN', (c, o, r) => `${cf(c)[6]}AA${v.pick(r, ['B', 'D', 'E', 'F'])}${v.pick(r, ['C', 'F'])}${cf(c)[0][0]}${v.int(r, 1000, 9999)}${v.pick(r, [...'ABCDEFGHJKLMNPQRSTUVWXYZ'])}1Z${v.pick(r, [...'0123456789ABCDEFGH'])}`, [], opt],
    ['Lead Source', (c) => row(['IndiaMART', 'Website Enquiry', 'Trade Show', 'Cold Call', 'Referral', 'TradeIndia'], n(c) % 6), ['b2b.personSource'], opt],
    ['Stage', (c) => cfStage(c), ['b2b.personStatus'], opt],
    ['Lead Score', (c) => String((n(c) * 13) % 100), ['b2b.personScore']],
    ['Assigned To', (c) => row(['Nilesh Patil', 'Swati Joshi', 'Amol Pawar'], n(c) % 3), []],
    ['Tags', (c) => row(['VFD; PLC', 'Servo', '', 'AMC', 'PLC; HMI', ''], n(c) % 6), []],
    ['Created On', (c) => { const p = ist(open(c.created, 5.5)); return `${dmy(p, '/')} ${hm12(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Modified On', (c) => { const p = ist(open(later(c), 5.5)); return `${dmy(p, '/')} ${hm12(p)}` }, ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Activity Date', (c) => dmy(ist(later(c) - 2 * day), '/'), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
]
