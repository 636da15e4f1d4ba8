// Round 67, tune135: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). English-language exports from five countries, in families the corpus has few
// of: a Singapore ticketing service's promoter transaction lines (SISTIC), an Indian restaurant-reservation
// platform's table bookings (Dineout), an Australian GP online-booking service's bookings (HotDoc), a US
// utility bill-payment platform's payments (Paymentus), a US pet-grooming app's appointment lines (MoeGo) and an
// Indian subscription app's renewal orders for a coffee box (Recurpay) (E 6); a US travel-advisor CRM's clients
// (TravelJoy), an Australian real-estate CRM's contacts (MyDesktop) and a Canadian ISP billing platform's accounts
// (Sonar) (P 3); a Canadian coworking platform's members (Optix), a US benefits-agency management system's group
// contacts (AgencyBloc) and a US usage-based billing platform's customers (Orb) (B 3). All en (12). E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, mdy, hms, hm12, local } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// local clocks: Singapore +8, India +5:30, Queensland +10 (no DST), Sydney +10/+11 (southern summer), US Central and
// Pacific with DST, Toronto and Halifax with DST
const sgt = (ms) => shift(ms, 8)
const ist = (ms) => shift(ms, 5.5)
const aest = (ms) => shift(ms, 10)
const syd = (ms) => shift(ms, 10 + ([4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 0 : 1))
const cst = (ms) => local(ms, -6)
const pst = (ms) => local(ms, -8)
const est = (ms) => local(ms, -5)
const inHours = (ms, clock, lo = 9, hi = 20) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
// the shared person's first name decides the gender where a column shows it (Gender, Prefix)
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia'])
const fem = (c) => FEM.has(c.first)
const later = (c, k = 400) => c.created + ((n(c) % k) + 3) * day + (n(c) % 50000) * 1000

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hash = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x27d4eb2f); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames, [city, state, postcode], streets, mail domains]
  au: [['Jack', 'Lachlan', 'Liam', 'Noah', 'Oliver', 'Cooper', 'Riley', 'Thomas', 'Ethan', 'Hamish', 'Mitchell', 'Brodie'],
    ['Charlotte', 'Olivia', 'Mia', 'Chloe', 'Ruby', 'Isla', 'Matilda', 'Zoe', 'Georgia', 'Amelia', 'Sienna', 'Jess'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Ryan', 'Walsh', 'Campbell', 'Anderson', 'Murphy', "O'Brien", 'Tran', 'Mitchell'],
    [['Balmain', 'NSW', '2041'], ['Leichhardt', 'NSW', '2040'], ['Marrickville', 'NSW', '2204'], ['Newtown', 'NSW', '2042'], ['Annandale', 'NSW', '2038'], ['Rozelle', 'NSW', '2039'], ['Dulwich Hill', 'NSW', '2203'], ['Summer Hill', 'NSW', '2130']],
    ['Darling Street', 'Norton Street', 'Illawarra Road', 'King Street', 'Johnston Street', 'Victoria Road', 'Marrickville Road', 'Smith Street', 'Catherine Street', 'Wardell Road'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'bigpond.com', 'icloud.com', 'yahoo.com.au', 'optusnet.com.au']],
  qld: [['Jack', 'Lachlan', 'Liam', 'Noah', 'Oliver', 'Cooper', 'Riley', 'Thomas', 'Ethan', 'Hamish', 'Mitchell', 'Brodie'],
    ['Charlotte', 'Olivia', 'Mia', 'Chloe', 'Ruby', 'Isla', 'Matilda', 'Zoe', 'Georgia', 'Amelia', 'Sienna', 'Jess'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Ryan', 'Walsh', 'Campbell', 'Anderson', 'Murphy', 'Tran', 'Patel', 'Mitchell'],
    [['Paddington', 'QLD', '4064'], ['Red Hill', 'QLD', '4059'], ['Ashgrove', 'QLD', '4060'], ['Kelvin Grove', 'QLD', '4059'], ['Bardon', 'QLD', '4065'], ['Milton', 'QLD', '4064'], ['The Gap', 'QLD', '4061'], ['Toowong', 'QLD', '4066']],
    ['Given Terrace', 'Latrobe Terrace', 'Waterworks Road', 'Enoggera Road', 'Musgrave Road', 'Kennedy Terrace'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'bigpond.com', 'icloud.com', 'yahoo.com.au', 'optusnet.com.au']],
  in: [['Rahul', 'Arjun', 'Vikram', 'Karthik', 'Rohan', 'Aditya', 'Siddharth', 'Pranav', 'Nikhil', 'Varun', 'Abhishek', 'Sandeep'],
    ['Priya', 'Ananya', 'Sneha', 'Kavya', 'Divya', 'Pooja', 'Meera', 'Aishwarya', 'Neha', 'Shruti', 'Deepika', 'Lakshmi'],
    ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Rao', 'Gupta', 'Menon', 'Kulkarni', 'Patel', 'Shetty', 'Hegde', 'Krishnan', 'Bhat', 'Agarwal', 'Das', 'Joshi'],
    [['Bengaluru', 'Karnataka', '560038'], ['Bengaluru', 'Karnataka', '560034'], ['Bengaluru', 'Karnataka', '560066'], ['Bengaluru', 'Karnataka', '560102'], ['Bengaluru', 'Karnataka', '560011'], ['Mysuru', 'Karnataka', '570009'], ['Chennai', 'Tamil Nadu', '600017'], ['Hyderabad', 'Telangana', '500033'], ['Mumbai', 'Maharashtra', '400050'], ['Pune', 'Maharashtra', '411038']],
    ['100 Feet Road', '12th Main Road', '80 Feet Road', '27th Cross', 'Sarjapur Road', 'CMH Road', '5th Block', 'Hosur Road'],
    ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com', 'hotmail.com']],
  sg: [['Wei Jie', 'Jun Hao', 'Kai Wen', 'Zhi Hao', 'Muhammad Faizal', 'Arun', 'Daniel', 'Marcus', 'Ryan', 'Jonathan', 'Hafiz', 'Benjamin'],
    ['Jia Hui', 'Xin Yi', 'Hui Min', 'Shu Ting', 'Nur Aisyah', 'Priya', 'Rachel', 'Michelle', 'Sarah', 'Charmaine', 'Siti Nurhaliza', 'Grace'],
    ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Koh', 'Teo', 'Chan', 'Yeo', 'Rahman', 'Kumar', 'Ismail', 'Pillai'],
    [['Singapore', '', '560325'], ['Singapore', '', '310185'], ['Singapore', '', '520847'], ['Singapore', '', '238880'], ['Singapore', '', '650123'], ['Singapore', '', '460056'], ['Singapore', '', '138588'], ['Singapore', '', '730899']],
    ['Ang Mo Kio Ave 3', 'Toa Payoh Lorong 1', 'Tampines St 81', 'Bukit Batok West Ave 6', 'Bedok North Rd', 'Woodlands Dr 50'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'yahoo.com.sg', 'outlook.com', 'singnet.com.sg']],
  ca: [['Liam', 'Noah', 'Owen', 'Connor', 'Ryan', 'Ethan', 'Mark', 'Brian', 'Kevin', 'Dylan', 'Mathieu', 'Gordon'],
    ['Emma', 'Olivia', 'Hannah', 'Brooke', 'Megan', 'Sarah', 'Heather', 'Jennifer', 'Kaitlyn', 'Chantal', 'Donna', 'Natalie'],
    ['MacDonald', 'MacLean', 'Fraser', 'Smith', 'Campbell', 'MacKenzie', 'Chisholm', 'Boudreau', 'LeBlanc', 'Cameron', 'Murphy', 'Sutherland', 'Rafuse', 'Hiltz'],
    [['Truro', 'NS', 'B2N 5B6'], ['Antigonish', 'NS', 'B2G 2L4'], ['Wolfville', 'NS', 'B4P 1A5'], ['Kentville', 'NS', 'B4N 3W1'], ['Bridgewater', 'NS', 'B4V 2W2'], ['Windsor', 'NS', 'B0N 2T0'], ['Stewiacke', 'NS', 'B0N 2J0'], ['Tatamagouche', 'NS', 'B0K 1V0']],
    ['Main Street', 'Prince Street', 'Highway 2', 'College Road', 'Gaspereau Avenue', 'Pleasant Street', 'Victoria Road', 'Lighthouse Route'],
    ['gmail.com', 'gmail.com', 'hotmail.com', 'eastlink.ca', 'outlook.com', 'yahoo.ca', 'bellaliant.net']],
}
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const last = v.pick(r, LAST)
  const [city, state, postal] = v.pick(r, PLACES)
  const no = v.int(r, 1, 240)
  const p = { female, first, last, full: `${first} ${last}`, city, state, postal, no, streetName: v.pick(r, STREETS), birth: v.birth(r) }
  p.email = `${slug(first.split(' ')[0])}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.4 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  if (cc === 'au' || cc === 'qld') {
    p.street = r() < 0.3 ? `${v.int(r, 1, 12)}/${no} ${p.streetName}` : `${no} ${p.streetName}`
    p.mobile = `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
    p.phone = `(0${cc === 'qld' ? 7 : 2}) ${v.int(r, 9000, 9899)} ${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'in') {
    p.street = `${v.pick(r, ['#', 'No. ', 'Flat ', ''])}${no}, ${p.streetName}`
    p.mobile = `${v.pick(r, ['98', '99', '97', '96', '94', '90', '88', '80', '70', '63'])}${v.int(r, 10000000, 99999999)}`
  }
  if (cc === 'sg') {
    p.street = `Blk ${no} ${p.streetName}`
    p.unit = `#${pad(v.int(r, 2, 18))}-${v.int(r, 10, 1299)}`
    p.mobile = `${v.pick(r, ['8', '9'])}${v.int(r, 1000000, 9999999)}`
  }
  if (cc === 'ca') {
    p.street = `${no} ${p.streetName}`
    p.mobile = `(902) ${v.int(r, 210, 899)}-${pad(v.int(r, 0, 9999), 4)}`
    p.phone = `(902) ${v.int(r, 210, 899)}-${pad(v.int(r, 0, 9999), 4)}`
  }
  return p
})
const AU = (c) => lp(c, 'au'), QLD = (c) => lp(c, 'qld'), IN = (c) => lp(c, 'in'), SG = (c) => lp(c, 'sg'), CA = (c) => lp(c, 'ca')

// ---------------------------------------------------------------- SISTIC: a Singapore theatre company's musical
// [price category, price class, ticket price, section]
const SI_TIX = [['Cat 1', 'Standard', 128, 'Stalls'], ['Cat 2', 'Standard', 98, 'Stalls'], ['Cat 1', 'Early Bird', 108.8, 'Stalls'], ['Cat 3', 'Standard', 68, 'Circle 1'], ['Cat 2', 'Senior Citizen', 88.2, 'Circle 1'], ['Cat 4', 'Student', 38, 'Circle 2'], ['Cat 2', 'NSF', 78.4, 'Circle 1'], ['Cat 3', 'PAssion Card', 61.2, 'Circle 2']]
const siTix = (o) => row(SI_TIX, n(o))
const siChannel = (o) => row(['Internet', 'Internet', 'Mobile App', 'Internet', 'Box Office - Esplanade', 'SISTIC Hotline', 'Internet', 'Authorised Agent - Singapore Visitor Centre'], n(o) >> 1)
const siBox = (o) => siChannel(o).startsWith('Box') || siChannel(o).startsWith('Authorised')
const siPerf = (o) => Date.UTC(2024, 7, 8) + (n(o) % 18) * day + (n(o) % 3 === 0 ? 6 : 11.5) * 3600000
const siAt = (o) => inHours(siPerf(o) - (3 + (n(o) % 80)) * day + (n(o) % 86400) * 1000 - 8 * 3600000, sgt, 9, 22)
const siFee = (o) => (siBox(o) ? 0 : 4) * o.qty
const siDisc = (o) => (o.discount && siTix(o)[1] === 'Standard' ? Math.round(siTix(o)[2] * o.qty * 10) / 100 : 0)
const siGross = (o) => siTix(o)[2] * o.qty + siFee(o) - siDisc(o)
const siStatus = (o) => row(['Paid', 'Paid', 'Paid', 'Paid', 'Refunded', 'Paid', 'Paid', 'Exchanged', 'Paid'], n(o))
const siDT = (ms) => { const p = sgt(ms); return `${dmy(p, '/')} ${hms(p)}` }

// ---------------------------------------------------------------- Dineout: a Bengaluru microbrewery
const doStatus = (o) => row(['Honoured', 'Honoured', 'Honoured', 'Cancelled by Diner', 'Honoured', 'No Show', 'Honoured', 'Confirmed', 'Honoured'], n(o))
const doDone = (o) => doStatus(o) === 'Honoured'
const doOffer = (o) => row(['Flat 20% off on total bill', 'Flat 15% off on food & beverages', '1+1 on selected pints', 'Flat 20% off on total bill', 'No offer (table reservation)', 'Flat 10% off + 10% Swiggy One'], n(o) >> 1)
const doPct = (o) => ({ 'Flat 20% off on total bill': 20, 'Flat 15% off on food & beverages': 15, '1+1 on selected pints': 12, 'No offer (table reservation)': 0, 'Flat 10% off + 10% Swiggy One': 20 })[doOffer(o)]
const doPax = (o) => 2 + (n(o) % 6)
const doBill = (o) => (doDone(o) ? Math.round(doPax(o) * (780 + (n(o) % 45) * 23)) : 0)
const doDisc = (o) => Math.round(doBill(o) * doPct(o)) / 100
const doPaid = (o) => doBill(o) - doDisc(o)
const doPayMode = (o) => (!doDone(o) ? '' : row(['Dineout Pay - UPI', 'Dineout Pay - Card', 'Paid at restaurant', 'Dineout Pay - UPI', 'Dineout Pay - Swiggy Money'], n(o) >> 2))
const doSlot = (o) => inHours(o.at + (1 + (n(o) % 9)) * day, ist, 12, 22)
const doBooked = (o) => doSlot(o) - ((n(o) % 5) * day + (2 + (n(o) % 20)) * 3600000)
const doDT = (ms) => { const p = ist(ms); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y} ${hm12(p)}` }

// ---------------------------------------------------------------- HotDoc: a Brisbane general practice
const HD_DRS = ['Dr Rebecca Lawson', 'Dr Andrew Pham', 'Dr Fiona McAllister', 'Dr Sam Okafor']
// [appointment type, billing, fee]
const HD_TYPES = [['Standard Consultation', 'Private', 89], ['Standard Consultation', 'Bulk billed', 0], ['Long Consultation', 'Private', 149], ['Telehealth Phone Consultation', 'Bulk billed', 0], ['Skin Check', 'Private', 120], ['Flu Vaccination', 'Private', 25], ['Childhood Immunisation', 'Bulk billed', 0], ['Mental Health Care Plan', 'Private', 189]]
const hdType = (o) => row(HD_TYPES, n(o))
const hdStatus = (o) => row(['Attended', 'Attended', 'Attended', 'Cancelled', 'Attended', 'Did not arrive', 'Attended', 'Upcoming', 'Attended'], n(o))
const hdAppt = (o) => inHours(o.at + (1 + (n(o) % 14)) * day, aest, 8, 17)
const hdBooked = (o) => inHours(hdAppt(o) - (1 + (n(o) % 12)) * day + (n(o) % 7200) * 1000, aest, 6, 22)
const hdCancel = (o) => (hdStatus(o) === 'Cancelled' ? hdAppt(o) - (3 + (n(o) % 40)) * 3600000 : 0)
const hdDT = (ms) => { const p = aest(ms); return `${dmy(p, '/')} ${hm12(p).toLowerCase()}` }

// ---------------------------------------------------------------- Paymentus: a Tennessee municipal utility
const pmMethod = (o) => row(['VISA', 'eCheck', 'MasterCard', 'VISA', 'Apple Pay', 'Discover', 'eCheck', 'PayPal', 'VISA', 'Amex'], n(o))
const pmChannel = (o) => row(['Web', 'Web', 'Mobile', 'IVR', 'AutoPay', 'Web', 'Text', 'Agent', 'Mobile'], n(o) >> 1)
const pmDue = (o) => Math.round((68 + (n(o) % 230) * 1.17) * 100) / 100
const pmAmt = (o) => (n(o) % 6 === 0 ? Math.round(pmDue(o) * 0.5 * 100) / 100 : pmDue(o))
const pmFee = (o) => (pmMethod(o) === 'eCheck' || pmChannel(o) === 'AutoPay' ? 0 : 2.95)
const pmStatus = (o) => (pmMethod(o) === 'eCheck' && n(o) % 7 === 1 ? 'Returned' : n(o) % 19 === 4 ? 'Voided' : 'Accepted')
const pmAcct = (c) => `${pad(10 + (n(c) % 80))}-${pad(n(c) % 10000, 4)}-${pad(n(c) % 7, 2)}`
const pmDT = (ms) => { const p = cst(ms); return `${mdy(p)} ${hms(p)}` }

// ---------------------------------------------------------------- MoeGo: a San Diego dog groomer
// [service, category, price]
const MG_SVC = [['Full Groom - Small (0-20 lbs)', 'Grooming', 75], ['Full Groom - Medium (21-50 lbs)', 'Grooming', 95], ['Bath & Brush - Large', 'Bath', 80], ['Full Groom - Doodle', 'Grooming', 135], ['De-shedding Treatment', 'Add-on', 25], ['Nail Trim & Grind', 'Add-on', 20], ['Puppy Intro Groom', 'Grooming', 55], ['Teeth Brushing', 'Add-on', 12]]
const mgSvc = (o, i) => row(MG_SVC, n(o) + i)
const MG_PETS = [['Bailey', 'Goldendoodle', 'Medium'], ['Luna', 'Shih Tzu', 'Small'], ['Cooper', 'Labrador Retriever', 'Large'], ['Milo', 'Maltipoo', 'Small'], ['Daisy', 'Australian Shepherd', 'Medium'], ['Teddy', 'Bernedoodle', 'Large'], ['Rosie', 'Cavalier King Charles Spaniel', 'Small']]
const mgPet = (c) => row(MG_PETS, n(c))
const mgStatus = (o) => row(['Finished', 'Finished', 'Finished', 'Cancelled', 'Finished', 'No-show', 'Finished', 'Confirmed', 'Finished'], n(o))
const mgAt = (o) => inHours(o.at, pst, 8, 16)
const mgDisc = (o, i) => (o.discount && mgSvc(o, i)[1] !== 'Add-on' ? 10 : 0)
const mgTax = () => 0
const mgTip = (o, i) => (mgStatus(o) === 'Finished' && mgSvc(o, i)[1] !== 'Add-on' ? [0, 10, 15, 20, 25][n(o) % 5] : 0)
const mgMobile = (o) => n(o) % 3 === 0

// ---------------------------------------------------------------- Recurpay: a Bengaluru coffee subscription box
// [product, variant, SKU, price]
const RP_BOX = [['Monthly Discovery Box - 2 x 250g', 'Whole Bean', 'DISC-2X250-WB', 1150], ['Monthly Discovery Box - 2 x 250g', 'French Press', 'DISC-2X250-FP', 1150], ['Estate Single Origin - 500g', 'Pour Over', 'SO-500-PO', 980], ['Espresso Lovers Box - 3 x 250g', 'Espresso', 'ESP-3X250-ES', 1590], ['Cold Brew Bags - Pack of 10', 'Classic', 'CB-10-CL', 650], ['Filter Coffee Decoction Blend - 500g', 'South Indian Filter', 'FLT-500-SIF', 720]]
const rpBox = (o) => row(RP_BOX, n(o))
const rpPlan = (o) => row(['Deliver every 1 month', 'Deliver every 2 weeks', 'Deliver every 1 month', 'Deliver every 3 months (prepaid)'], n(o) >> 1)
const rpStatus = (o) => row(['Success', 'Success', 'Success', 'Failed', 'Success', 'Retrying', 'Success'], n(o))
const rpDisc = (o) => Math.round(rpBox(o)[3] * o.qty * (n(o) % 4 === 0 ? 15 : 10)) / 100
const rpShip = (o) => (rpBox(o)[3] * o.qty - rpDisc(o) >= 999 ? 0 : 60)
const rpTotal = (o) => rpBox(o)[3] * o.qty - rpDisc(o) + rpShip(o)
const rpDT = (ms) => { const p = ist(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- TravelJoy: a Nashville travel advisor
const TJ_TAGS = ['Disney', 'Honeymoon', 'Disney;Repeat client', 'Cruise', 'Europe;Honeymoon', 'All-inclusive', 'Universal', 'Repeat client;Cruise']
const TJ_SOURCE = ['Referral', 'Instagram', 'Facebook group', 'Website inquiry form', 'Referral', 'Bridal show', 'Past client']
const TJ_FF = ['Delta SkyMiles 9384756210', 'Southwest Rapid Rewards 60418273955', 'American AAdvantage 4PX21K8', '', 'United MileagePlus KH482019', '', 'Delta SkyMiles 2048573019']

// ---------------------------------------------------------------- MyDesktop: an Inner West Sydney agency
const MD_CATS = ['Buyer', 'Buyer;Open Home Attendee', 'Vendor', 'Landlord', 'Tenant', 'Buyer;Vendor Prospect', 'Appraisal Request', 'Past Vendor;Landlord']
const MD_SOURCE = ['realestate.com.au', 'Domain', 'Open Home', 'Signboard', 'Referral', 'Website', 'realestate.com.au', 'Letterbox drop']
const MD_AGENTS = ['Tom Papadopoulos', 'Sarah Lindqvist', 'James Khoury', 'Emma Doyle']
const auDate = (ms) => dmy(syd(ms), '/')

// ---------------------------------------------------------------- Sonar: a Nova Scotia rural ISP
// [account type, plan, MRC]
const SN_PLANS = [['Residential - Fixed Wireless', 'Wireless 25/5 Unlimited', 79.95], ['Residential - Fibre', 'Fibre 500 Residential', 95], ['Residential - Fibre', 'Fibre 1 Gig Residential', 115], ['Residential - Fixed Wireless', 'Wireless 50/10 Unlimited', 94.95], ['Residential - Fibre', 'Fibre 250 Residential + Home Phone', 104.9], ['Seasonal - Cottage', 'Wireless 25/5 Seasonal', 59.95]]
const snPlan = (c) => row(SN_PLANS, n(c) >> 1)
const snStatus = (c) => row(['Active', 'Active', 'Active', 'Delinquent', 'Active', 'Inactive', 'Active', 'Lead', 'Active'], n(c))
const snMail = (c) => n(c) % 4 === 1

// ---------------------------------------------------------------- Optix: a Toronto coworking space
// [organization, domain, website]
const OX_ORGS = [['Northline Analytics Inc.', 'northline.ai'], ['Maple & Finch Design Co.', 'mapleandfinch.ca'], ['Studio Kettle', 'studiokettle.com'], ['Brightwater Legal Professional Corporation', 'brightwaterlegal.ca'], ['Fieldnote Health', 'fieldnotehealth.com'], ['Lakeshore Robotics Ltd.', 'lakeshorerobotics.ca'], ['', '']]
const oxOrg = (c) => row(OX_ORGS, n(c) % 7)
const OX_TITLES = ['Founder & CEO', 'Product Designer', 'Senior Software Developer', 'Associate Lawyer', 'Operations Manager', 'Data Scientist', 'Freelance Copywriter', 'Marketing Lead']
const OX_PLANS = [['Hot Desk - Unlimited', 350], ['Dedicated Desk', 525], ['Private Office (4 desks)', 2400], ['Virtual Office + Mail', 99], ['Hot Desk - 10 Days', 220], ['Private Office (2 desks)', 1350]]
const oxPlan = (c) => row(OX_PLANS, n(c) >> 1)
const oxMail = (c) => (oxOrg(c)[1] ? `${slug(c.first)}${n(c) % 2 ? '.' + slug(c.last) : ''}@${oxOrg(c)[1]}` : `${slug(c.first)}.${slug(c.last)}@gmail.com`)
const oxPhone = (c) => { const r = seeded(c, 'ox'); return `+1 ${v.pick(r, ['416', '647', '437'])}-${v.int(r, 210, 989)}-${pad(v.int(r, 0, 9999), 4)}` }

// ---------------------------------------------------------------- AgencyBloc: a Des Moines benefits brokerage
// [group id, group, street, city, state, zip, county, SIC, FEIN, eligible, renewal, carrier, domain]
const AB_GROUPS = [
  ['G-10482', 'Prairie Ridge Manufacturing LLC', '2200 SE Creekview Dr', 'Ankeny', 'IA', '50021', 'Polk', '3599', '42-1839205', 148, '01/01', 'Wellmark Blue Cross Blue Shield', 'prairieridgemfg.com'],
  ['G-10517', 'Hawkeye Family Dental PC', '1405 22nd St Ste 200', 'West Des Moines', 'IA', '50266', 'Polk', '8021', '42-1570318', 23, '07/01', 'Delta Dental of Iowa', 'hawkeyefamilydental.com'],
  ['G-10533', 'Midwest Ag Supply Co.', '801 E Lincoln Way', 'Ames', 'IA', '50010', 'Story', '5191', '42-0984117', 62, '01/01', 'Medica', 'midwestagsupply.com'],
  ['G-10561', 'Raccoon River Brewing Company', '200 10th St', 'Des Moines', 'IA', '50309', 'Polk', '5813', '42-1461923', 41, '04/01', 'Wellmark Blue Cross Blue Shield', 'raccoonriverbrewing.com'],
  ['G-10590', 'Cedar Valley Home Health Inc.', '3420 University Ave', 'Waterloo', 'IA', '50701', 'Black Hawk', '8082', '42-1702556', 97, '10/01', 'UnitedHealthcare', 'cedarvalleyhh.org'],
  ['G-10604', 'Urbandale Community School Foundation', '11152 Aurora Ave', 'Urbandale', 'IA', '50322', 'Polk', '8641', '42-1284930', 12, '01/01', 'Principal Financial Group', 'ucsfoundation.org'],
]
const abGroup = (c) => row(AB_GROUPS, n(c) % 6)
const AB_ROLES = [['HR Director', 'Primary Contact'], ['Office Manager', 'Primary Contact'], ['Controller', 'Billing Contact'], ['President', 'Decision Maker'], ['Benefits Coordinator', 'Enrollment Contact'], ['Payroll Specialist', 'Billing Contact'], ['Chief Operating Officer', 'Decision Maker']]
const abRole = (c) => row(AB_ROLES, n(c) >> 1)
const abPhone = (c, k) => { const r = seeded(c, 'ab' + k); return `(515) ${v.int(r, 222, 987)}-${pad(v.int(r, 0, 9999), 4)}` }

// ---------------------------------------------------------------- Orb: a New York developer-API company's customers
// [name, domain, street, street2, city, state, zip, country, tax id type, plan, timezone]
const ORB_CUST = [
  ['Lumen Freight Technologies, Inc.', 'lumenfreight.com', '548 Market St', 'PMB 90417', 'San Francisco', 'CA', '94104', 'US', 'us_ein', 'Growth (usage)', 'America/Los_Angeles'],
  ['Cartwheel Health', 'cartwheelhealth.com', '1 Broadway', 'Floor 14', 'Cambridge', 'MA', '02142', 'US', 'us_ein', 'Enterprise (committed)', 'America/New_York'],
  ['Parcelio Ltd', 'parcelio.co.uk', '20 Farringdon Road', '', 'London', '', 'EC1M 3HE', 'GB', 'gb_vat', 'Growth (usage)', 'Europe/London'],
  ['Tidewater Insurance Group LLC', 'tidewaterig.com', '4455 Corporation Ln', 'Suite 300', 'Virginia Beach', 'VA', '23462', 'US', 'us_ein', 'Scale (annual)', 'America/New_York'],
  ['Kinetic Ledger Corp.', 'kineticledger.io', '300 Colorado St', 'Suite 1800', 'Austin', 'TX', '78701', 'US', 'us_ein', 'Starter (pay as you go)', 'America/Chicago'],
  ['Northwind Apps Inc.', 'northwindapps.ca', '151 Yonge St', '11th Floor', 'Toronto', 'ON', 'M5C 2W7', 'CA', 'ca_bn', 'Growth (usage)', 'America/Toronto'],
]
const orbCust = (c) => row(ORB_CUST, n(c) % 6)
const orbId = (c) => v.alnum(seeded(c, 'orb'), 22)
const orbIso = (ms) => new Date(ms).toISOString()

export const SETS = [
  // ---------------------------------------------------------------- Singapore: ticketing transaction lines
  { name: 'sistic-promoter-transactions-export-sg', product: 'SISTIC (Singapore ticketing service; Promoter portal > Reports > Transaction Details > Export (CSV), one row per transaction line of one price class, English UI, a Singapore theatre company\'s musical run at the Esplanade Theatre; only patrons who opted in to the promoter show contact details)', family: 'events', language: 'en', schema: E, cols: [
    ['Transaction Ref No.', (c, o) => { const p = sgt(siAt(o)); return `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${pad(4100000 + n(o) * 37 % 900000, 7)}` }, [OR('purchaseID')]],
    ['Transaction Date', (c, o) => siDT(siAt(o)), ['timestamp', OR('createdDate')]],
    ['Sales Channel', (c, o) => siChannel(o), []],
    ['Event Code', () => 'ESP0824TWC', [PL('product'), PL('SKU')], opt],
    ['Event Name', () => 'The Wind Chaser - A New Singapore Musical', [PL('name')]],
    ['Venue', () => 'Esplanade Theatre', []],
    ['Performance Date/Time', (c, o) => { const p = sgt(siPerf(o)); return `${dmy(p, '/')} ${hm12(p)}` }, []],
    ['Price Category', (c, o) => siTix(o)[0], [PL('selectedOptions[0].value')], opt],
    ['Price Class', (c, o) => siTix(o)[1], [], opt],
    ['Section', (c, o) => siTix(o)[3], []],
    ['Seat(s)', (c, o) => { const r0 = 'ABCDEFGHJKLMN'[n(o) % 13]; const s0 = 5 + (n(o) % 20); return Array.from({ length: o.qty }, (_, k) => `${r0}${s0 + k}`).join(', ') }, []],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price (SGD)', (c, o) => num(siTix(o)[2]), [], opt],
    ['Booking Fee (SGD)', (c, o) => num(siFee(o)), []],
    ['Discount (SGD)', (c, o) => num(siDisc(o)), [OR('discountAmount'), PL('discountAmount')]],
    ['Promo Code', (c, o) => (siDisc(o) ? 'WINDCHASER10' : ''), ['commerce.promotionID']],
    ['Gross Amount (SGD)', (c, o) => num(siGross(o)), [OR('priceTotal'), PL('priceTotal')]],
    ['Payment Mode', (c, o) => (siBox(o) ? row(['NETS', 'Cash', 'VISA'], n(o) >> 2) : row(['VISA', 'MASTERCARD', 'PayNow', 'AMEX', 'VISA', 'Google Pay'], n(o) >> 2)), [OR('payments[0].paymentType')]],
    ['Delivery Method', (c, o) => (siBox(o) ? 'Collect at Box Office' : row(['E-Ticket', 'E-Ticket', 'Collect at Box Office', 'E-Ticket', 'Mobile Ticket (SISTIC App)'], n(o) >> 3)), ['commerce.shipping.shippingMethod'], opt],
    ['Transaction Status', (c, o) => siStatus(o), []],
    ['Patron ID', (c) => `P${pad(n(c) * 13, 8)}`, CUST_ID],
    ['Patron Name', (c) => `${SG(c).last} ${SG(c).first}`.toUpperCase(), []],
    ['Email', (c, o) => (siBox(o) && n(o) % 2 ? '' : SG(c).email), EMAIL_ID],
    ['Mobile No.', (c, o) => (siBox(o) && n(o) % 2 ? '' : `+65 ${SG(c).mobile.slice(0, 4)} ${SG(c).mobile.slice(4)}`), PHONE_ID, opt],
    ['Postal Code', (c) => SG(c).postal, [BILL('postalCode')], opt],
    ['Opt-in to Promoter', (c) => (n(c) % 3 ? 'Y' : 'N'), []],
  ] },

  // ---------------------------------------------------------------- India: restaurant table bookings
  { name: 'dineout-reservations-export-in', product: 'Dineout (restaurant-reservation platform, part of Swiggy since 2022; restaurant partner dashboard > Reservations > Download report (CSV), one row per table booking with its Dineout Pay bill, English UI, a Bengaluru Indiranagar microbrewery-restaurant; times in IST)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => `DO${9400000 + n(o) * 7}`, ['_id', OR('purchaseID')]],
    ['Booked On', (c, o) => doDT(doBooked(o)), ['timestamp', OR('createdDate')]],
    ['Reservation Date', (c, o) => { const p = ist(doSlot(o)); return `${pad(p.d)}-${MON[p.m - 1]}-${p.y}` }, []],
    ['Reservation Time', (c, o) => hm12(ist(doSlot(o))), []],
    ['Outlet', () => 'Hoppy Hour Brewhouse - Indiranagar', []],
    ['Diner Name', (c) => IN(c).full, []],
    ['Diner Mobile', (c) => `+91-${IN(c).mobile}`, PHONE_ID, opt],
    ['Diner Email', (c) => (n(c) % 4 === 2 ? '' : IN(c).email), EMAIL_ID],
    ['Guests', (c, o) => String(doPax(o)), [], opt],
    ['Booking Source', (c, o) => row(['Swiggy App', 'Swiggy App', 'Dineout App', 'Swiggy App', 'Dineout Website', 'Google Reserve'], n(o) >> 1), [], opt],
    ['Offer Availed', (c, o) => doOffer(o), ['commerce.promotionID'], opt],
    ['Occasion', (c, o) => row(['', '', 'Birthday', '', 'Anniversary', 'Office Party', '', ''], n(o) >> 2), []],
    ['Special Request', (c, o) => row(['', 'Window seating please', '', 'Need a high chair', '', 'Rooftop if possible', ''], n(o) >> 1), []],
    ['Status', (c, o) => doStatus(o), []],
    ['Bill Amount (INR)', (c, o) => (doDone(o) ? num(doBill(o)) : ''), [], opt],
    ['Discount (INR)', (c, o) => (doDone(o) ? num(doDisc(o)) : ''), [OR('discountAmount')]],
    ['Amount Paid (INR)', (c, o) => (doDone(o) ? num(doPaid(o)) : ''), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Mode', (c, o) => doPayMode(o), [OR('payments[0].paymentType')]],
    ['Payment Txn ID', (c, o) => (doPayMode(o).startsWith('Dineout Pay') ? `pay_${v.alnum(v.rng(n(o) * 31 + 7), 14)}` : ''), [OR('payments[0].transactionID')]],
    ['Commission (INR)', (c, o) => (doPayMode(o).startsWith('Dineout Pay') ? num(doPaid(o) * 0.06) : '0.00'), []],
    ['GST on Commission (INR)', (c, o) => (doPayMode(o).startsWith('Dineout Pay') ? num(doPaid(o) * 0.06 * 0.18) : '0.00'), []],
    ['Swiggy One Member', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
    ['Table No.', (c, o) => (doDone(o) ? `T${1 + (n(o) % 28)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Australia: GP online bookings
  { name: 'hotdoc-bookings-report-export-au', product: 'HotDoc (Australian online booking for general practice; Practice dashboard > Reports > Bookings > Export CSV, one row per online booking, English UI, a Brisbane inner-west GP clinic with four doctors; Queensland keeps no summer time)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(58000000 + n(o) * 113), ['_id']],
    ['Booked At', (c, o) => hdDT(hdBooked(o)), ['timestamp']],
    ['Appointment Date', (c, o) => dmy(aest(hdAppt(o)), '/'), []],
    ['Appointment Time', (c, o) => hm12(aest(hdAppt(o))).toLowerCase(), []],
    ['Practitioner', (c, o) => row(HD_DRS, n(o) >> 1), []],
    ['Appointment Type', (c, o) => hdType(o)[0], [PL('name')], opt],
    ['Patient First Name', (c) => QLD(c).first, []],
    ['Patient Last Name', (c) => QLD(c).last, []],
    ['Date of Birth', (c) => dmy(shift(QLD(c).birth, 0), '/'), []],
    ['Mobile', (c) => QLD(c).mobile, PHONE_ID, opt],
    ['Email', (c) => QLD(c).email, EMAIL_ID],
    ['New Patient', (c) => (n(c) % 4 === 0 ? 'Yes' : 'No'), []],
    ['Booked For', (c) => row(['Self', 'Self', 'Self', 'Family member'], n(c)), []],
    ['Billing', (c, o) => hdType(o)[1], []],
    ['Fee', (c, o) => `$${num(hdType(o)[2])}`, [OR('priceTotal')], opt],
    ['Booking Status', (c, o) => hdStatus(o), []],
    ['Cancelled At', (c, o) => (hdCancel(o) ? hdDT(hdCancel(o)) : ''), [OR('cancelDate')], opt],
    ['Booking Source', (c, o) => row(['HotDoc app', 'Practice website', 'HotDoc website', 'Google', 'HotDoc app'], n(o) >> 2), [], opt],
    ['Platform', (c, o) => row(['iOS', 'Android', 'Web (mobile)', 'Web (desktop)', 'iOS'], n(o) >> 1), ['environment.operatingSystem', 'device.type'], opt],
    ['Reason for Visit', (c, o) => row(['', 'Script renewal', '', 'Follow-up on blood test results', '', 'Sore throat and fever', ''], n(o)), []],
    ['Reminder Sent', (c, o) => (hdStatus(o) === 'Cancelled' ? 'No' : 'Yes'), []],
  ] },

  // ---------------------------------------------------------------- US: utility bill payments
  { name: 'paymentus-payment-detail-export-us', product: 'Paymentus (bill-payment platform for utilities; Agent Dashboard > Reports > Payment Detail > Export (CSV), one row per customer payment, English UI, a Tennessee municipal electric and water utility; times in Central Time)', family: 'payments', language: 'en', schema: E, cols: [
    ['Payment Date', (c, o) => pmDT(o.at), ['timestamp']],
    ['Confirmation Number', (c, o) => String(7300000000 + n(o) * 4099), [OR('payments[0].transactionID'), '_id']],
    ['Account Number', (c) => pmAcct(c), CUST_ID],
    ['Customer Name', (c) => `${c.last.toUpperCase()}, ${c.first.toUpperCase()}`, []],
    ['Service Address', (c) => `${100 + (n(c) % 3900)} ${row(['W MAIN ST', 'HILLCREST DR', 'OLD NASHVILLE HWY', 'MAPLE AVE', 'CHURCH ST', 'RIVERBEND RD'], n(c))}`, [SHIP('street1'), BILL('street1')], opt],
    ['Billing ZIP', (c) => row(['37040', '37042', '37043', '37055', '37015'], n(c) >> 1), [BILL('postalCode')]],
    ['Bill Number', (c, o) => `B${pad(n(o) * 17 % 10000000, 8)}`, [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Amount Due', (c, o) => num(pmDue(o)), [], opt],
    ['Payment Amount', (c, o) => num(pmAmt(o)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Convenience Fee', (c, o) => num(pmFee(o)), []],
    ['Total Charged', (c, o) => num(pmAmt(o) + pmFee(o)), [], opt],
    ['Currency', () => 'USD', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Payment Method', (c, o) => pmMethod(o), [OR('payments[0].paymentType')]],
    ['Last 4', (c, o) => pad((n(o) * 7919) % 10000, 4), []],
    ['Channel', (c, o) => pmChannel(o), [], opt],
    ['Payment Type', (c, o) => (pmChannel(o) === 'AutoPay' ? 'Recurring' : n(o) % 11 === 3 ? 'Scheduled' : 'One-Time'), [], opt],
    ['Status', (c, o) => pmStatus(o), []],
    ['Return Code', (c, o) => (pmStatus(o) === 'Returned' ? row(['R01', 'R02', 'R03'], n(o) >> 3) : ''), []],
    ['Email Address', (c) => c.email, EMAIL_ID],
    ['Phone Number', (c) => c.phone, PHONE_ID, opt],
    ['Posted to CIS', (c, o) => (pmStatus(o) === 'Accepted' ? 'Y' : 'N'), []],
    ['Batch ID', (c, o) => { const p = cst(o.at); return `${p.y}${pad(p.m)}${pad(p.d)}-01` }, []],
  ] },

  // ---------------------------------------------------------------- US: dog-grooming appointment lines
  { name: 'moego-appointments-report-export-us', product: 'MoeGo (pet grooming business software; Reports > Appointments > Export (CSV), one row per service or add-on of an appointment, English UI, a San Diego salon and mobile dog-grooming business; California does not tax grooming services)', family: 'booking', language: 'en', schema: E, cols: [
    ['Appointment ID', (c, o) => String(21400000 + n(o) * 3), ['_id', OR('purchaseID')]],
    ['Appointment Date', (c, o) => mdy(pst(mgAt(o))), ['timestamp'], opt],
    ['Start Time', (c, o) => hm12(pst(mgAt(o))), [], opt],
    ['Created Date', (c, o) => { const p = pst(mgAt(o) - (2 + (n(o) % 30)) * day); return `${mdy(p)} ${hm12(p)}` }, ['timestamp', OR('createdDate')], opt],
    ['Client Name', (c) => c.full, []],
    ['Client Phone', (c) => c.mobile, PHONE_ID, opt],
    ['Client Email', (c) => c.email, EMAIL_ID],
    ['Client Address', (c, o) => (mgMobile(o) ? c.street : ''), [SHIP('street1'), BILL('street1')], opt],
    ['Pet Name', (c) => mgPet(c)[0], []],
    ['Breed', (c) => mgPet(c)[1], []],
    ['Pet Size', (c) => mgPet(c)[2], []],
    ['Service', (c, o, r, i) => mgSvc(o, i)[0], [PL('name')]],
    ['Service Type', (c, o, r, i) => mgSvc(o, i)[1], [PL('productCategories[0].categoryName')]],
    ['Staff', (c, o) => row(['Ashley R.', 'Marco D.', 'Ashley R.', 'Jenny T.'], n(o) >> 1), []],
    ['Service Price', (c, o, r, i) => `$${num(mgSvc(o, i)[2])}`, [PL('priceTotal')]],
    ['Discount', (c, o, r, i) => `$${num(mgDisc(o, i))}`, [PL('discountAmount'), OR('discountAmount')]],
    ['Tax', () => `$${num(mgTax())}`, [OR('taxAmount')]],
    ['Tips', (c, o, r, i) => `$${num(mgTip(o, i))}`, []],
    ['Total', (c, o, r, i) => `$${num(mgSvc(o, i)[2] - mgDisc(o, i) + mgTip(o, i))}`, [OR('priceTotal')], opt],
    ['Payment Method', (c, o) => (mgStatus(o) === 'Finished' ? row(['Credit card', 'Credit card', 'Cash', 'Zelle', 'Credit card', 'Check'], n(o) >> 2) : ''), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => (mgStatus(o) === 'Finished' ? row(['Fully paid', 'Fully paid', 'Partial paid', 'Fully paid'], n(o) >> 3) : 'Unpaid'), []],
    ['Appointment Status', (c, o) => mgStatus(o), []],
    ['Booking Source', (c, o) => row(['Online booking', 'Business', 'Business', 'Online booking', 'Recurring'], n(o) >> 1), [], opt],
    ['Location', (c, o) => (mgMobile(o) ? 'Mobile Van #2' : 'North Park Salon'), []],
    ['Appointment Notes', (c, o) => row(['', 'Teddy bear face, short body', '', 'Nervous with dryer', '', 'Leave ears long'], n(o)), []],
  ] },

  // ---------------------------------------------------------------- India: subscription-box renewal orders
  { name: 'recurpay-subscription-orders-export-in', product: 'Recurpay (Indian subscription app for Shopify stores; Recurpay dashboard > Orders > Export (CSV), one row per subscription renewal order, English UI, a Bengaluru specialty-coffee subscription box; amounts in INR, times in IST)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Subscription ID', (c) => `SUB${pad(n(c) % 100000, 6)}`, [], opt],
    ['Order ID', (c, o) => `#${3100 + (n(o) % 6000)}`, [OR('purchaseID')]],
    ['Order Date', (c, o) => rpDT(o.at), ['timestamp', OR('createdDate')]],
    ['Billing Cycle', (c, o) => String(1 + (n(o) % 14)), []],
    ['Customer Name', (c) => IN(c).full, []],
    ['Customer Email', (c) => IN(c).email, EMAIL_ID],
    ['Customer Phone', (c) => `+91${IN(c).mobile}`, PHONE_ID, opt],
    ['Plan', (c, o) => rpPlan(o), [], opt],
    ['Product Title', (c, o) => rpBox(o)[0], [PL('name')]],
    ['Variant Title', (c, o) => rpBox(o)[1], [PL('selectedOptions[0].value')], opt],
    ['SKU', (c, o) => rpBox(o)[2], [PL('SKU')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Price', (c, o) => num(rpBox(o)[3]), [], opt],
    ['Subscription Discount', (c, o) => num(rpDisc(o)), [OR('discountAmount')]],
    ['Shipping Charges', (c, o) => num(rpShip(o)), ['commerce.shipping.shippingAmount']],
    ['Total Amount', (c, o) => num(rpTotal(o)), [OR('priceTotal')]],
    ['Currency', () => 'INR', [OR('currencyCode')]],
    ['Payment Method', (c, o) => row(['UPI Autopay', 'Card (e-mandate)', 'UPI Autopay', 'Prepaid'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Mandate ID', (c) => `MD${v.alnum(seeded(c, 'rp'), 12).toUpperCase()}`, []],
    ['Payment Status', (c, o) => rpStatus(o), []],
    ['Shipping Address', (c) => IN(c).street, [SHIP('street1')]],
    ['Shipping City', (c) => IN(c).city, [SHIP('city')]],
    ['Shipping State', (c) => IN(c).state, STATE(['commerce.shipping.address'])],
    ['Shipping Pincode', (c) => IN(c).postal, [SHIP('postalCode')]],
    ['Shipping Country', () => 'India', [SHIP('country')]],
    ['Next Billing Date', (c, o) => ymd(ist(o.at + (rpPlan(o).includes('2 weeks') ? 14 : rpPlan(o).includes('3 months') ? 91 : 30) * day)), []],
  ] },

  // ---------------------------------------------------------------- US: travel-advisor clients
  { name: 'traveljoy-clients-export-us', product: 'TravelJoy (travel-advisor CRM and client portal; Clients > Export clients (CSV), one row per client with travel documents and preferences, English UI, a Nashville independent travel advisor selling Disney vacations and honeymoons)', family: 'crm', language: 'en', schema: P, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c) => row(fem(c) ? ['', 'Anne', '', 'Marie', 'Lynn'] : ['', 'James', '', 'Lee', 'Allen'], n(c)), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Preferred Name', (c) => row(['', '', c.first.slice(0, 4), '', ''], n(c)), [], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c) => v.fmt.us(c.birth), ['person.birthDate']],
    ['Anniversary', (c) => (n(c) % 3 ? '' : v.fmt.us(later(c, 3000))), []],
    ['Gender', (c) => (fem(c) ? 'Female' : c.first === 'Chris' ? '' : 'Male'), ['person.gender']],
    ['Address Line 1', (c) => c.street, HOME.map((a) => `${a}.street1`)],
    ['Address Line 2', (c) => c.street2, HOME.map((a) => `${a}.street2`)],
    ['City', (c) => c.city, HOME.map((a) => `${a}.city`)],
    ['State', (c) => c.region, STATE(HOME)],
    ['Zip Code', (c) => c.postcode, HOME.map((a) => `${a}.postalCode`)],
    ['Country', () => 'United States', HOME.map((a) => `${a}.country`)],
    ['Passport Number', (c) => (n(c) % 4 === 3 ? '' : `5${pad(n(c) * 97 % 100000000, 8)}`), []],
    ['Passport Expiration', (c) => (n(c) % 4 === 3 ? '' : v.fmt.us(Date.UTC(2026 + (n(c) % 9), n(c) % 12, 1 + (n(c) % 28)))), []],
    ['Passport Country', (c) => (n(c) % 4 === 3 ? '' : 'United States'), ['person.nationality'], opt],
    ['Known Traveler Number', (c) => (n(c) % 3 === 0 ? `TT${pad(n(c) * 31 % 10000000, 7)}` : ''), []],
    ['Redress Number', () => '', []],
    ['Frequent Flyer Numbers', (c) => row(TJ_FF, n(c)), []],
    ['Seat Preference', (c) => row(['Aisle', 'Window', '', 'Window', 'Aisle'], n(c)), []],
    ['Dietary Restrictions', (c) => row(['', '', 'Gluten free', '', 'Vegetarian', '', 'Shellfish allergy'], n(c) >> 1), []],
    ['Tags', (c) => row(TJ_TAGS, n(c)), []],
    ['Lead Source', (c) => row(TJ_SOURCE, n(c) >> 1), [], opt],
    ['Notes', (c) => row(['', 'Prefers Deluxe resorts; celebrates anniversary in October', '', 'Traveling with grandparents, needs ECV rental', 'Honeymoon Sept; budget ~$8k', ''], n(c)), []],
  ] },

  // ---------------------------------------------------------------- Australia: real-estate CRM contacts
  { name: 'mydesktop-contacts-export-au', product: 'MyDesktop (Australian real-estate CRM, Domain Group; Contacts > Search > Export to CSV, one row per contact, English UI, a residential sales and property-management agency in Sydney\'s Inner West)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(4100000 + n(c) * 7), ['_id', 'personID']],
    ['Title', (c) => (AU(c).female ? row(['Ms', 'Mrs', 'Miss', 'Ms'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => AU(c).first, ['person.name.firstName']],
    ['Last Name', (c) => AU(c).last, ['person.name.lastName']],
    ['Salutation', (c) => `Dear ${AU(c).first}`, [], opt],
    ['Company', (c) => (n(c) % 7 === 0 ? 'Harbourside Property Investments Pty Ltd' : ''), ['organizations[0]'], opt],
    ['Email', (c) => AU(c).email, ['personalEmail.address']],
    ['Mobile', (c) => AU(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? AU(c).phone : ''), ['homePhone.number']],
    ['Work Phone', (c) => (n(c) % 5 === 0 ? `(02) 8${v.int(seeded(c, 'mdw'), 100, 999)} ${pad(v.int(seeded(c, 'mdw2'), 0, 9999), 4)}` : ''), ['workPhone.number']],
    ['Street Address', (c) => AU(c).street, HOME.map((a) => `${a}.street1`)],
    ['Suburb', (c) => AU(c).city, HOME.map((a) => `${a}.city`)],
    ['State', (c) => AU(c).state, STATE(HOME)],
    ['Postcode', (c) => AU(c).postal, HOME.map((a) => `${a}.postalCode`)],
    ['Country', () => 'Australia', HOME.map((a) => `${a}.country`)],
    ['Categories', (c) => row(MD_CATS, n(c)), []],
    ['Source', (c) => row(MD_SOURCE, n(c) >> 1), [], opt],
    ['Rating', (c) => row(['Hot', 'Warm', 'Cold', 'Warm', ''], n(c)), []],
    ['Price From', (c) => (row(MD_CATS, n(c)).startsWith('Buyer') ? `$${(900 + (n(c) % 12) * 100).toLocaleString('en-AU')},000` : ''), []],
    ['Price To', (c) => (row(MD_CATS, n(c)).startsWith('Buyer') ? `$${(1300 + (n(c) % 12) * 100).toLocaleString('en-AU')},000` : ''), []],
    ['Bedrooms', (c) => (row(MD_CATS, n(c)).startsWith('Buyer') ? String(2 + (n(c) % 3)) : ''), []],
    ['Assigned Agent', (c) => row(MD_AGENTS, n(c) >> 2), []],
    ['Date Created', (c) => auDate(c.created), [], opt],
    ['Last Contacted', (c) => auDate(later(c, 300)), []],
    ['Email Unsubscribed', (c) => (n(c) % 9 === 0 ? 'Yes' : 'No'), [], opt],
    ['SMS Opt Out', (c) => (n(c) % 11 === 0 ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: ISP subscriber accounts
  { name: 'sonar-accounts-export-ca', product: 'Sonar (Canadian ISP billing and operations platform, Sonar Software; Accounts > Export (CSV), one row per account with its primary contact, service and mailing addresses, English UI, a Nova Scotia fixed-wireless and fibre internet provider)', family: 'telecom', language: 'en', schema: P, cols: [
    ['Account ID', (c) => String(10000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Account Name', (c) => CA(c).full, ['person.name.fullName']],
    ['Account Type', (c) => snPlan(c)[0], []],
    ['Account Status', (c) => snStatus(c), []],
    ['Primary Contact First Name', (c) => CA(c).first, ['person.name.firstName']],
    ['Primary Contact Last Name', (c) => CA(c).last, ['person.name.lastName']],
    ['Primary Contact Email', (c) => CA(c).email, ['personalEmail.address']],
    ['Mobile Phone', (c) => CA(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? CA(c).phone : ''), ['homePhone.number']],
    ['Service Address Line 1', (c) => CA(c).street, ['homeAddress.street1']],
    ['Service Address Line 2', (c) => (n(c) % 5 === 0 ? 'Civic #' + (1000 + (n(c) % 8000)) : ''), ['homeAddress.street2']],
    ['Service City', (c) => CA(c).city, ['homeAddress.city']],
    ['Service Province', (c) => CA(c).state, STATE(['homeAddress'])],
    ['Service Postal Code', (c) => CA(c).postal, ['homeAddress.postalCode']],
    ['Service Country', () => 'CA', ['homeAddress.countryCode']],
    ['Mailing Address Line 1', (c) => (snMail(c) ? `PO Box ${100 + (n(c) % 900)}` : CA(c).street), ['mailingAddress.street1', 'billingAddress.street1']],
    ['Mailing City', (c) => CA(c).city, ['mailingAddress.city', 'billingAddress.city']],
    ['Mailing Province', (c) => CA(c).state, STATE(['mailingAddress', 'billingAddress'])],
    ['Mailing Postal Code', (c) => CA(c).postal, ['mailingAddress.postalCode', 'billingAddress.postalCode']],
    ['Service Plan', (c) => snPlan(c)[1], []],
    ['Monthly Recurring Charge', (c) => num(snPlan(c)[2]), []],
    ['Account Balance', (c) => num(snStatus(c) === 'Delinquent' ? snPlan(c)[2] * 2 : n(c) % 4 === 0 ? -5 : 0), []],
    ['Next Bill Date', (c) => ymd(est(Date.UTC(2024, 6 + (n(c) % 2), 1))), []],
    ['Auto Pay', (c) => (n(c) % 3 ? 'Yes' : 'No'), []],
    ['Activation Date', (c) => ymd(shift(c.created, -4)), [], opt],
    ['Preferred Language', (c) => (CA(c).last === 'Boudreau' || CA(c).last === 'LeBlanc' ? 'French' : 'English'), [], opt],
  ] },

  // ---------------------------------------------------------------- Canada: coworking members
  { name: 'optix-members-export-ca', product: 'Optix (Canadian coworking and flexible-workspace platform; Dashboard > Members > Export (CSV), one row per member with plan and organization, English UI, a Toronto coworking space on King Street West)', family: 'coworking', language: 'en', schema: B, cols: [
    ['Member ID', (c) => String(880000 + (n(c) % 100000)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => oxMail(c), ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c) => oxPhone(c), ['workPhone.number', 'mobilePhone.number']],
    ['Organization', (c) => oxOrg(c)[0], CO],
    ['Job Title', (c) => row(OX_TITLES, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Website', (c) => (oxOrg(c)[1] ? `https://${oxOrg(c)[1]}` : ''), ['b2b.companyWebsite']],
    ['Organization Role', (c) => (n(c) % 3 === 0 ? 'Admin' : 'Member'), [], opt],
    ['Status', (c) => row(['Active', 'Active', 'Active', 'Cancelled', 'Active', 'Paused'], n(c)), ['b2b.personStatus'], opt],
    ['Plan', (c) => oxPlan(c)[0], []],
    ['Plan Price', (c) => num(oxPlan(c)[1]), []],
    ['Plan Start Date', (c) => ymd(est(c.created + (n(c) % 10) * day)), [], opt],
    ['Address', (c) => (oxOrg(c)[1] ? '460 King St W' : ''), ['workAddress.street1', 'billingAddress.street1']],
    ['City', (c) => (oxOrg(c)[1] ? 'Toronto' : ''), ['workAddress.city', 'billingAddress.city']],
    ['Province', (c) => (oxOrg(c)[1] ? 'ON' : ''), STATE(['workAddress', 'billingAddress'])],
    ['Postal Code', (c) => (oxOrg(c)[1] ? 'M5V 1L7' : ''), ['workAddress.postalCode', 'billingAddress.postalCode']],
    ['Country', (c) => (oxOrg(c)[1] ? 'Canada' : ''), ['workAddress.country', 'billingAddress.country']],
    ['Access Card Number', (c) => String(10200000 + (n(c) * 7) % 900000), []],
    ['Credits Remaining', (c) => String((n(c) % 12) * 5), []],
    ['Tags', (c) => row(['Founding member', '', 'Startup program', '', 'Mail service', 'Night access'], n(c)), []],
    ['Joined', (c) => ymd(est(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Check-in', (c) => { const p = est(later(c, 60) + 10 * day); return `${ymd(p)} ${hm12(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- US: benefits agency group contacts
  { name: 'agencybloc-group-contacts-export-us', product: 'AgencyBloc (agency management system for life, health and benefits insurance agencies; Groups > Group Contacts > Export (CSV), one row per contact at an employer group, English UI, a Des Moines, Iowa employee-benefits brokerage)', family: 'b2b-crm', language: 'en', schema: B, cols: [
    ['Group ID', (c) => abGroup(c)[0], ACCT],
    ['Group Name', (c) => abGroup(c)[1], CO],
    ['Group Status', (c) => row(['Client', 'Client', 'Prospect', 'Client', 'Former Client'], n(c) >> 2), [], opt],
    ['Contact ID', (c) => `C-${200000 + (n(c) % 700000)}`, B2BID],
    ['Prefix', (c) => (fem(c) ? 'Ms.' : c.first === 'Chris' ? '' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Initial', (c) => row(['', 'A', 'J', '', 'M', 'R'], n(c)), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => abRole(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Contact Role', (c) => abRole(c)[1], [], opt],
    ['Email', (c) => `${slug(c.first)[0]}${slug(c.last)}@${abGroup(c)[12]}`, ['workEmail.address']],
    ['Office Phone', (c) => abPhone(c, 'o'), ['workPhone.number']],
    ['Ext.', (c) => (n(c) % 3 === 0 ? String(100 + (n(c) % 80)) : ''), ['workPhone.extension']],
    ['Mobile Phone', (c) => (n(c) % 2 ? abPhone(c, 'm') : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 5 === 0 ? abPhone(c, 'f') : ''), ['faxPhone.number']],
    ['Address 1', (c) => abGroup(c)[2], [W('street1')]],
    ['City', (c) => abGroup(c)[3], [W('city')]],
    ['State', (c) => abGroup(c)[4], STATE(['workAddress'])],
    ['Zip', (c) => abGroup(c)[5], [W('postalCode')]],
    ['County', (c) => abGroup(c)[6], [], opt],
    ['SIC Code', (c) => abGroup(c)[7], []],
    ['FEIN', (c) => abGroup(c)[8], []],
    ['Eligible Employees', (c) => String(abGroup(c)[9]), []],
    ['Renewal Date', (c) => abGroup(c)[10], []],
    ['Medical Carrier', (c) => abGroup(c)[11], []],
    ['Servicing Agent', (c) => row(['Kristin Vander Linden', 'Mike Oberbroeckling', 'Kristin Vander Linden', 'Dana Ruiz'], n(c) >> 1), []],
    ['Date Created', (c) => v.fmt.us(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => v.fmt.usTime(later(c, 500)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- US: usage-based billing customers
  { name: 'orb-customers-export-us', product: 'Orb (usage-based billing platform, Withorb; Customers > Export (CSV), one row per billed customer account with its billing e-mail and address, English UI, a New York developer-API company billing business customers through Stripe)', family: 'saas-billing', language: 'en', schema: B, cols: [
    ['id', (c) => orbId(c), ACCT, opt],
    ['external_customer_id', (c) => `acct_${pad(n(c) % 100000, 5)}`, ACCT],
    ['name', (c) => orbCust(c)[0], CO],
    ['email', (c) => `${row(['billing', 'ap', 'finance', slug(c.first)], n(c) >> 1)}@${orbCust(c)[1]}`, ['workEmail.address']],
    ['currency', (c) => (orbCust(c)[7] === 'GB' ? 'GBP' : orbCust(c)[7] === 'CA' ? 'CAD' : 'USD'), []],
    ['timezone', (c) => orbCust(c)[10], [], opt],
    ['payment_provider', () => 'stripe_charge', []],
    ['payment_provider_id', (c) => `cus_${v.alnum(seeded(c, 'cus'), 14)}`, [], opt],
    ['billing_address_line1', (c) => orbCust(c)[2], ['billingAddress.street1', W('street1')]],
    ['billing_address_line2', (c) => orbCust(c)[3], ['billingAddress.street2', W('street2')]],
    ['billing_address_city', (c) => orbCust(c)[4], ['billingAddress.city', W('city')]],
    ['billing_address_state', (c) => orbCust(c)[5], STATE(['billingAddress', 'workAddress'])],
    ['billing_address_postal_code', (c) => orbCust(c)[6], ['billingAddress.postalCode', W('postalCode')]],
    ['billing_address_country', (c) => orbCust(c)[7], ['billingAddress.countryCode', W('countryCode')]],
    ['tax_id_type', (c) => orbCust(c)[8], []],
    ['tax_id_value', (c) => ({ us_ein: `${pad(10 + (n(c) % 89))}-${pad(n(c) * 7 % 10000000, 7)}`, gb_vat: `GB${pad(n(c) * 13 % 1000000000, 9)}`, ca_bn: `${pad(n(c) * 11 % 1000000000, 9)}RT0001` })[orbCust(c)[8]], []],
    ['auto_collection', (c) => (n(c) % 5 === 0 ? 'false' : 'true'), []],
    ['email_delivery', () => 'true', []],
    ['active_plan', (c) => orbCust(c)[9], []],
    ['balance', (c) => num(n(c) % 4 === 0 ? -(n(c) % 500) : 0), []],
    ['created_at', (c) => orbIso(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['portal_url', (c) => `https://portal.withorb.com/view?token=${v.alnum(seeded(c, 'tok'), 32)}`, []],
  ] },
]
