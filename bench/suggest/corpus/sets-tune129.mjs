// Round 64, tune129: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). Families the corpus has few of, each export in its product's UI language: an
// Australian practice-management system's appointment report for a Brisbane physiotherapy and allied-health clinic
// (Halaxy, AU), an Australian field-service app's job list for a Perth plumbing and gas business (ServiceM8, AU), a
// US online-giving platform's donations for a Pittsburgh animal rescue (Donately, US), a US inn and B&B property
// management system's reservation report for a Moab, Utah inn (ResNexus, US), a UK gym-management system's member
// export for a Bristol independent gym (Clubright, UK), a Canadian real-estate CRM's contacts for a Calgary
// residential realtor (Top Producer, CA), a US commercial-real-estate CRM's contacts for a Dallas industrial and office
// brokerage (Buildout, US) and a Canadian corporate LMS's user report for a Calgary HVAC manufacturer training its
// dealers' technicians (Absorb LMS, CA) (en 8); a German physiotherapy practice software's appointment list for a
// Cologne physiotherapy practice (Dr. Flex) and a German hotel PMS's guest profiles for a Bad Tölz spa hotel (SIHOT)
// (de 2); a French fundraising platform's donations for a Lyon children's-hospital charity (iRaiser) and a French
// field-service management tool's client list for a Nantes HVAC maintenance company (Organilog) (fr 2).
// E 6, P 3, B 3.
// Headers are written from the writer's knowledge of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, BILL, SHIP, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, mdy, hms, hm, hm12, local, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const usd = (x) => `$${thou(x, ',', '.')}`
const eur = (x) => `${thou(x, '.', ',')} €`
// local clocks: Brisbane and Perth keep no summer time; the US, Canada, the UK and the euro-zone do (approximated by
// the northern summer months)
const bne = (ms) => shift(ms, 10)
const per = (ms) => shift(ms, 8)
const est = (ms) => local(ms, -5)
const mst = (ms) => local(ms, -7)
const gmt = (ms) => local(ms, 0)
const cet = (ms) => local(ms, 1)
// the same instant moved into opening hours [lo, hi] of a local clock
const open = (ms, clock, lo = 8, hi = 18) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }
const mdyN = (p) => `${p.m}/${p.d}/${p.y}`
const hm12l = (p) => hm12(p).toLowerCase()

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const hsh = (str) => [...str].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 17)
const seeded = (c, salt) => { const r = v.rng(hsh(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x29b1c4d3); r(); r(); return r }
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const slug = (s) => s.toLowerCase().replace(/ß/g, 'ss').replace(/'/g, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const LOCAL = {
  // [male names, female names, surnames, [city, state/county/province, postcode], streets, mail domains]
  bne: [['Jack', 'Liam', 'Mitchell', 'Brendan', 'Shane', 'Darren', 'Lachlan', 'Cooper', 'Nathan', 'Glenn', 'Hayden', 'Bradley'],
    ['Kylie', 'Chloe', 'Sarah', 'Jessica', 'Bronwyn', 'Kerri', 'Tayla', 'Rebecca', 'Leanne', 'Megan', 'Brooke', 'Jodie'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Nguyen', 'Taylor', 'Anderson', 'Murphy', 'Kelly', 'Ryan', 'Walsh', "O'Brien", 'Campbell', 'Stewart', 'Papadopoulos', 'Hansen'],
    [['Brisbane', 'QLD', '4000'], ['Paddington', 'QLD', '4064'], ['Chermside', 'QLD', '4032'], ['Carindale', 'QLD', '4152'], ['Indooroopilly', 'QLD', '4068'], ['Woolloongabba', 'QLD', '4102'], ['Aspley', 'QLD', '4034'], ['Wynnum', 'QLD', '4178']],
    ['Waterworks Rd', 'Gympie Rd', 'Old Cleveland Rd', 'Moggill Rd', 'Logan Rd', 'Stanley St', 'Beckett Rd', 'Tingal Rd'],
    ['bigpond.com', 'gmail.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'optusnet.com.au', 'gmail.com']],
  per: [['Jack', 'Liam', 'Mitchell', 'Brendan', 'Shane', 'Darren', 'Lachlan', 'Cooper', 'Travis', 'Glenn', 'Hayden', 'Bradley'],
    ['Kylie', 'Chloe', 'Sarah', 'Jessica', 'Bronwyn', 'Kerri', 'Tayla', 'Rebecca', 'Leanne', 'Megan', 'Brooke', 'Jodie'],
    ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Anderson', 'Murphy', 'Kelly', 'Ryan', 'Walsh', 'Van Heerden', 'Campbell', 'Stewart', 'McDonald', 'Rossi'],
    [['Scarborough', 'WA', '6019'], ['Joondalup', 'WA', '6027'], ['Subiaco', 'WA', '6008'], ['Fremantle', 'WA', '6160'], ['Morley', 'WA', '6062'], ['Canning Vale', 'WA', '6155'], ['Baldivis', 'WA', '6171'], ['Ellenbrook', 'WA', '6069']],
    ['Beach Rd', 'Walter Rd W', 'Marmion Ave', 'Ranford Rd', 'Hay St', 'Wanneroo Rd', 'South St', 'Great Eastern Hwy'],
    ['bigpond.com', 'gmail.com', 'iinet.net.au', 'outlook.com', 'westnet.com.au', 'hotmail.com', 'gmail.com']],
  uk: [['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'William', 'Callum', 'Richard', 'Jamie', 'Stephen', 'Ben', 'Kieran'],
    ['Charlotte', 'Emily', 'Sophie', 'Hannah', 'Lucy', 'Jade', 'Amy', 'Helen', 'Rachel', 'Gemma', 'Holly', 'Amelia'],
    ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Thomas', 'Price', 'Thompson', 'Walker', 'Hughes', 'Hall', 'Wood', 'Baker', 'Bennett', 'Davies', 'Okafor'],
    [['Bristol', 'Avon', 'BS1 5TR'], ['Bristol', 'Avon', 'BS3 4EA'], ['Bristol', 'Avon', 'BS6 6QU'], ['Bristol', 'Avon', 'BS7 8NL'], ['Bristol', 'Avon', 'BS16 2JP'], ['Keynsham', 'Somerset', 'BS31 1FE'], ['Portishead', 'Somerset', 'BS20 7HD'], ['Bristol', 'Avon', 'BS8 2RX'], ['Bradley Stoke', 'Gloucestershire', 'BS32 8EF']],
    ['Gloucester Road', 'North Street', 'Whiteladies Road', 'Coronation Road', 'Church Road', 'Fishponds Road', 'Cheltenham Road', 'Wells Road', 'Stapleton Road', 'High Street'],
    ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'gmail.com']],
  ca: [['Ryan', 'Tyler', 'Brett', 'Jordan', 'Kyle', 'Darcy', 'Connor', 'Wade', 'Amir', 'Graham', 'Logan', 'Curtis'],
    ['Brittany', 'Jenna', 'Kaitlyn', 'Shannon', 'Tara', 'Megan', 'Amanda', 'Priya', 'Crystal', 'Lindsay', 'Erin', 'Holly'],
    ['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'MacDonald', 'Gill', 'Taylor', 'Campbell', 'Anderson', 'Sandhu', 'Chen', 'Kowalchuk', 'Friesen', 'Olsen'],
    [['Calgary', 'AB', 'T2T 0B4'], ['Calgary', 'AB', 'T3H 5K2'], ['Calgary', 'AB', 'T2Z 3V1'], ['Calgary', 'AB', 'T3A 6G1'], ['Calgary', 'AB', 'T2E 2R3'], ['Airdrie', 'AB', 'T4B 3N6'], ['Cochrane', 'AB', 'T4C 0M4'], ['Okotoks', 'AB', 'T1S 1A2'], ['Chestermere', 'AB', 'T1X 0V3']],
    ['Crowchild Trail NW', 'Elbow Dr SW', 'Sienna Park Dr SW', 'Edgebrook Rise NW', 'Auburn Bay Blvd SE', 'Kingsland Rd SE', 'Tuscany Way NW', 'McKenzie Towne Ave SE'],
    ['gmail.com', 'shaw.ca', 'telus.net', 'outlook.com', 'hotmail.com', 'gmail.com', 'icloud.com']],
}
const lp = (c, cc) => keep(`${cc}:${c.id}:${c.first}:${c.last}`, () => {
  const [M, F, LAST, PLACES, STREETS, MAIL] = LOCAL[cc]
  const r = seeded(c, cc)
  const female = r() < 0.5
  const first = v.pick(r, female ? F : M)
  const last = v.pick(r, LAST)
  const [city, region, postal] = v.pick(r, PLACES)
  const p = { female, first, last, full: `${first} ${last}`, city, region, postal, birth: v.birth(r), no: v.int(r, 1, 240) }
  p.email = `${slug(first)}${v.pick(r, ['.', '', '_', '.'])}${slug(last)}${r() < 0.45 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL)}`
  p.street = cc === 'uk' ? `${p.no} ${v.pick(r, STREETS)}` : `${p.no} ${v.pick(r, STREETS)}`
  if (cc === 'bne' || cc === 'per') {
    p.mobile = `04${v.int(r, 0, 9)}${v.int(r, 0, 9)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
    p.land = `(0${cc === 'bne' ? 7 : 8}) ${v.int(r, 3000, 9999)} ${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'uk') {
    p.mobile = `07${v.pick(r, ['700', '711', '723', '734', '745', '756', '767', '778', '789', '792', '801', '812', '904', '966'])} ${pad(v.int(r, 0, 999999), 6)}`
    p.land = `0117 ${v.int(r, 900, 979)} ${pad(v.int(r, 0, 9999), 4)}`
  }
  if (cc === 'ca') {
    p.mobile = `(${v.pick(r, ['403', '587', '825'])}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
    p.land = `(403) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
  }
  return p
})
const BN = (c) => lp(c, 'bne'), PE = (c) => lp(c, 'per'), UK = (c) => lp(c, 'uk'), CA = (c) => lp(c, 'ca')
const FEM = new Set(['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Sarah', 'Emily', 'Olivia', 'Anna', 'Lea', 'Sophie', 'Marie', 'Katharina', 'Ursula', 'Sabine', 'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élodie', 'Margaux'])
const fem = (c) => FEM.has(c.first)

// ---------------------------------------------------------------- Halaxy: a Brisbane physiotherapy and allied-health clinic
// [appointment type, minutes, fee, item number]
const HX_TYPES = [['Physiotherapy - Initial Consultation', 45, 110, 'PHY-INIT'], ['Physiotherapy - Standard Consultation', 30, 88, 'PHY-STD'], ['Physiotherapy - Standard Consultation', 30, 88, 'PHY-STD'], ['Exercise Physiology - Clinical Pilates', 45, 75, 'EP-PIL'], ['Remedial Massage 60 min', 60, 105, 'RMT-60'], ['Podiatry - Standard Consultation', 30, 82, 'POD-STD'], ['Physiotherapy - Long Consultation', 60, 135, 'PHY-LONG']]
const hxType = (o) => row(HX_TYPES, n(o) >> 1)
const hxFund = (o) => row(['Private', 'Private', 'Medicare CDM', 'Private', 'WorkCover QLD', 'NDIS', 'Private', 'DVA'], n(o) >> 2)
const hxItem = (o) => ({ 'Medicare CDM': hxType(o)[0].startsWith('Podiatry') ? '10962' : hxType(o)[0].startsWith('Exercise') ? '10953' : '10960', DVA: 'F004', NDIS: '15_056_0128_1_3', 'WorkCover QLD': 'PTA002' })[hxFund(o)] ?? hxType(o)[3]
const hxStatus = (o) => row(['Completed', 'Completed', 'Booked', 'Completed', 'Cancelled', 'Completed', 'Did Not Arrive', 'Completed', 'Arrived'], n(o))
const hxAt = (o) => { const t = open(o.at, bne, 7, 18); return t - (t % 900000) }
const hxFee = (o) => (hxFund(o) === 'Medicare CDM' || hxFund(o) === 'DVA' ? 58.3 : hxType(o)[2])
const hxPaid = (o) => ['Completed', 'Arrived'].includes(hxStatus(o))
const hxPrac = (o) => (hxType(o)[0].startsWith('Podiatry') ? 'Dr Olivia Tran (Podiatrist)' : hxType(o)[0].startsWith('Exercise') ? 'Sam Kowalski (AEP)' : hxType(o)[0].startsWith('Remedial') ? 'Jasmine Reid (RMT)' : row(['Daniel Hughes (Physio)', 'Priya Nair (Physio)', 'Tom Fitzgerald (Physio)'], n(o)))

// ---------------------------------------------------------------- ServiceM8: a Perth plumbing and gas business
// [category, description, ex-GST]
const SM_JOBS = [['Blocked Drains', 'Kitchen sink blocked, jet and CCTV drain', 385], ['Hot Water', 'Replace 315L electric HWS - Rheem', 2150], ['Gas Fitting', 'Gas leak detected at meter, repair and pressure test', 420], ['Leaking Taps', 'Replace washers x3 and shower mixer cartridge', 265], ['Hot Water', 'Gas HWS no pilot - replace thermocouple', 310], ['Blocked Drains', 'Toilet overflow, roots in sewer line - electric eel', 495], ['Bathroom Renovation', 'Rough-in for bathroom reno, quote accepted', 3680], ['Maintenance', 'Annual backflow test - commercial', 220]]
const smJob = (o) => row(SM_JOBS, n(o))
const smStatus = (o) => row(['Completed', 'Completed', 'Work Order', 'Completed', 'Quote', 'Completed', 'Unsuccessful', 'Completed', 'Work Order'], n(o) >> 1)
const smCo = (c) => (n(c) % 4 === 1 ? row(['Harcourts Scarborough (Property Mgmt)', 'Ray White Joondalup', 'Cafe Bianco Fremantle', 'Strata Plan 48211'], n(c) >> 2) : '')
const smAt = (o) => open(o.at, per, 7, 17)
const smGst = (o) => Math.round(smJob(o)[2] * 0.1 * 100) / 100
const smDone = (o) => smStatus(o) === 'Completed'
const smPaid = (o) => smDone(o) && n(o) % 5 !== 2
const auDT = (p) => `${ymd(p)} ${hms(p)}`
const smStaff = ['Craig Paterson', 'Luke Bennett', 'Dylan Marsh', 'Sean O\'Connell']

// ---------------------------------------------------------------- Donately: a Pittsburgh animal rescue
const dnAmt = (o) => row([25, 50, 100, 35, 250, 20, 75, 500, 10, 50, 15], n(o))
const dnRec = (o) => n(o) % 4 === 1
const dnType = (o) => row(['cc', 'cc', 'ach', 'paypal', 'cc', 'apple_pay', 'cc'], n(o) >> 1)
const dnStatus = (o) => row(['processed', 'processed', 'processed', 'refunded', 'processed', 'failed', 'processed', 'processed'], n(o) >> 2)
const dnFee = (o) => (dnType(o) === 'ach' ? Math.min(5, dnAmt(o) * 0.008) : dnType(o) === 'paypal' ? dnAmt(o) * 0.0289 + 0.49 : dnAmt(o) * 0.022 + 0.3)
const dnCover = (o) => n(o) % 3 === 0
const dnTotal = (o) => dnAmt(o) + (dnCover(o) ? Math.round(dnFee(o) * 100) / 100 : 0)
const dnCamp = (o) => row(['General Fund', 'Spring Kitten Season 2024', 'General Fund', 'Giving Tuesday Match', 'Medical Fund - Bella', 'Sponsor a Kennel'], n(o) >> 1)
const dnDT = (ms) => { const p = est(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- ResNexus: a Moab, Utah inn
// [room, room type, nightly rate]
const RN_ROOMS = [['Delicate Arch Suite', 'King Suite', 239], ['Room 4 - Canyon View', 'Queen Room', 169], ['Room 7 - Courtyard', 'Double Queen', 189], ['La Sal Cottage', 'Cottage', 289], ['Room 2 - Slickrock', 'King Room', 179], ['Bunkhouse', 'Group Bunkroom', 149]]
const rnRoom = (o) => row(RN_ROOMS, n(o))
const rnNights = (o) => 1 + (n(o) % 4)
const rnSrc = (o) => row(['Website', 'Booking.com', 'Website', 'Expedia', 'Phone', 'Airbnb', 'Website', 'Walk-in'], n(o) >> 1)
const rnLodging = (o) => rnRoom(o)[2] * rnNights(o)
const rnDisc = (o) => (o.discount && rnSrc(o) === 'Website' ? Math.round(rnLodging(o) * 0.1 * 100) / 100 : 0)
const rnTax = (o) => Math.round((rnLodging(o) - rnDisc(o)) * 0.1205 * 100) / 100
const rnFees = (o) => 25 * (n(o) % 3 === 0 ? 1 : 0)
const rnTotal = (o) => rnLodging(o) - rnDisc(o) + rnTax(o) + rnFees(o)
const rnStatus = (o) => row(['Checked Out', 'Confirmed', 'Checked Out', 'Cancelled', 'Checked In', 'Confirmed', 'Checked Out', 'No Show'], n(o) >> 2)
const rnArr = (o) => o.at + (3 + (n(o) % 90)) * day
const rnPaid = (o) => (rnStatus(o) === 'Cancelled' ? 0 : ['Checked Out', 'Checked In'].includes(rnStatus(o)) ? rnTotal(o) : Math.round(rnTotal(o) * 0.5 * 100) / 100)

// ---------------------------------------------------------------- Dr. Flex: a Cologne physiotherapy practice
// [Leistung, Positionsnummer, minutes]
const DF_LEIST = [['KG', 'X0501', 20], ['MT', 'X1201', 20], ['KG', 'X0501', 20], ['MLD 45', 'X0205', 45], ['KG-ZNS Bobath', 'X0708', 30], ['KG Gerät', 'X0601', 60], ['Wärmetherapie + KG', 'X1530', 30], ['Osteopathie (Selbstzahler)', '', 50]]
const dfL = (o) => row(DF_LEIST, n(o))
const dfKasse = (o) => (dfL(o)[1] === '' ? 'Selbstzahler' : row(['AOK Rheinland/Hamburg', 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'Privat', 'IKK classic', 'Techniker Krankenkasse'], n(o) >> 1))
const dfPriv = (o) => (dfL(o)[1] === '' ? 95 : dfKasse(o) === 'Privat' ? row([32, 38.5, 29.9, 54], n(o)) : 0)
const dfStatus = (o) => row(['erschienen', 'erschienen', 'geplant', 'erschienen', 'abgesagt', 'erschienen', 'nicht erschienen', 'geplant'], n(o) >> 2)
const dfAt = (o) => { const t = open(o.at, cet, 7, 19); return t - (t % 600000) }
const dfTher = ['Lena Hartmann', 'Murat Yilmaz', 'Julia Brandt', 'Tobias Krämer', 'Sophie Engel']

// ---------------------------------------------------------------- iRaiser: a Lyon children's-hospital charity
const irAmt = (o) => row([30, 50, 20, 100, 15, 75, 200, 40, 10], n(o))
const irReg = (o) => n(o) % 3 === 1
const irPay = (o) => (irReg(o) ? row(['Prélèvement SEPA', 'Carte bancaire'], n(o) >> 1) : row(['Carte bancaire', 'Carte bancaire', 'PayPal', 'Carte bancaire', 'Apple Pay'], n(o) >> 1))
const irStatus = (o) => row(['Validé', 'Validé', 'Validé', 'En attente', 'Validé', 'Remboursé', 'Validé'], n(o) >> 2)
const irCamp = (o) => row([['Noël des enfants hospitalisés', 'NOEL24-EMAIL'], ['Don en ligne - site', ''], ['Urgence équipement néonatal', 'NEONAT-FB'], ['Don en ligne - site', 'SEO'], ['Soutien régulier', 'PRELEV-RELANCE'], ['Course des Héros Lyon', 'HEROS24']], n(o) >> 1)
const frDT = (ms) => { const p = cet(ms); return `${dmy(p, '/')} ${hms(p)}` }

// ---------------------------------------------------------------- Clubright: a Bristol independent gym
// [membership, monthly fee]
const CR_MEM = [['Peak Monthly (DD)', 39.99], ['Off-Peak Monthly (DD)', 27.5], ['Student Monthly (DD)', 22], ['Annual Paid in Full', 399], ['Corporate - NHS Bristol (DD)', 29.99], ['Peak Monthly (DD)', 39.99], ['Couples Monthly (DD)', 69.99], ['Over 60s Off-Peak (DD)', 24]]
const crMem = (c) => row(CR_MEM, n(c) >> 1)
const crStatus = (c) => row(['Live', 'Live', 'Live', 'Frozen', 'Live', 'Cancelled', 'Live', 'Expired', 'Live'], n(c))
const crJoin = (c) => Date.UTC(2016, 8, 1) + (n(c) % 3000) * day
const crVisits = (c) => (n(c) * 7) % 420

// ---------------------------------------------------------------- Top Producer: a Calgary residential realtor
const tpType = (c) => row(['Buyer', 'Seller', 'Past Client', 'Sphere', 'Buyer', 'Prospect', 'Past Client', 'Buyer & Seller'], n(c) >> 1)
const tpSrc = (c) => row(['REALTOR.ca', 'Referral', 'Open House', 'Sphere of Influence', 'Website (IDX)', 'Facebook Ads', 'Past Client Referral', 'Sign Call'], n(c) >> 2)
const tpCreated = (c) => Date.UTC(2014, 2, 1) + (n(c) % 3800) * day

// ---------------------------------------------------------------- SIHOT: a Bad Tölz spa hotel
const shNat = (c) => row(['DE', 'DE', 'DE', 'DE', 'AT', 'DE', 'DE', 'TR', 'DE', 'IT'], n(c) >> 1)
const shStays = (c) => 1 + ((n(c) * 3) % 14)
const shNights = (c) => shStays(c) * (2 + (n(c) % 5))
const shRev = (c) => shNights(c) * (148 + (n(c) % 9) * 12.5)
const shVip = (c) => (shStays(c) >= 10 ? 'V1' : shStays(c) >= 6 ? 'V2' : '')
const deDT = (ms) => { const p = cet(ms); return `${dmy(p)} ${hm(p)}` }

// ---------------------------------------------------------------- Buildout: a Dallas commercial real-estate brokerage
// [company, domain, street, suite, city, state, zip, contact type, property types]
const BO_FIRMS = [
  ['Trinity Logistics Partners LLC', 'trinitylogistics.com', '2501 N Harwood St', 'Suite 1900', 'Dallas', 'TX', '75201', 'Tenant', 'Industrial'],
  ['Lone Star Capital Advisors', 'lonestarcapadv.com', '5956 Sherry Ln', 'Suite 700', 'Dallas', 'TX', '75225', 'Investor', 'Office; Retail'],
  ['Carrollton Cold Storage Inc.', 'carrolltoncold.com', '1420 Valwood Pkwy', '', 'Carrollton', 'TX', '75006', 'Owner', 'Industrial'],
  ['Bluebonnet Dental Group', 'bluebonnetdental.com', '4001 W 15th St', 'Suite 220', 'Plano', 'TX', '75093', 'Tenant', 'Medical Office'],
  ['Cypress Ridge Holdings LP', 'cypressridgelp.com', '300 Crescent Ct', 'Suite 1100', 'Dallas', 'TX', '75201', 'Owner', 'Office'],
  ['Henley & Ortiz Commercial', 'henleyortiz.com', '1717 Main St', 'Suite 3400', 'Dallas', 'TX', '75201', 'Broker', 'Industrial; Land'],
  ['Frisco Family Foods Co.', 'friscofamilyfoods.com', '8800 Preston Rd', '', 'Frisco', 'TX', '75034', 'Tenant', 'Retail'],
  ['Arlington Industrial REIT', 'arlingtonireit.com', '2201 E Lamar Blvd', 'Suite 500', 'Arlington', 'TX', '76006', 'Investor', 'Industrial; Flex'],
]
const boFirm = (c) => row(BO_FIRMS, n(c) % 8)
const boTitle = (c) => row(['Managing Partner', 'Director of Real Estate', 'CFO', 'Owner', 'VP Acquisitions', 'Facilities Manager', 'Asset Manager', 'President'], n(c) >> 1)
const boCreated = (c) => Date.UTC(2018, 4, 1) + (n(c) % 2300) * day + (n(c) % 40000) * 1000
const boDT = (ms) => { const p = v.parts(ms); return `${ymd(p)} ${hms(p)} UTC` }

// ---------------------------------------------------------------- Absorb LMS: a Calgary HVAC manufacturer's dealer academy
// [dealer, dealer account, street, city, province, postal code, phone]
const AB_DEALERS = [
  ['Prairie Comfort Heating Ltd.', 'D-10422', '4412 Manilla Rd SE', 'Calgary', 'AB', 'T2G 4B7', '(403) 555-0142'],
  ['Red Deer Furnace & Air', 'D-10587', '7619 50 Ave', 'Red Deer', 'AB', 'T4P 1M6', '(403) 555-0177'],
  ['Northern Mechanical Edmonton', 'D-10231', '10540 170 St NW', 'Edmonton', 'AB', 'T5P 4W2', '(780) 555-0119'],
  ['Bridge City HVAC Inc.', 'D-10764', '3515 Millar Ave', 'Saskatoon', 'SK', 'S7P 0B2', '(306) 555-0163'],
  ['Okanagan Climate Solutions', 'D-10899', '1950 Windsor Rd', 'Kelowna', 'BC', 'V1Y 4R5', '(250) 555-0188'],
  ['Queen City Heating & Cooling', 'D-10315', '1345 Fleury St', 'Regina', 'SK', 'S4N 5R4', '(306) 555-0130'],
  ['Peak Airflow Services', 'D-10648', '112 Bow Valley Trail', 'Canmore', 'AB', 'T1W 1N8', '(403) 555-0156'],
]
const abD = (c) => row(AB_DEALERS, n(c) % 7)
const abDom = (c) => row(['prairiecomfort.ca', 'rdfurnace.ca', 'northernmech.ca', 'bridgecityhvac.ca', 'okclimate.ca', 'qcheating.ca', 'peakairflow.ca'], n(c) % 7)
const abRole = (c) => row(['Service Technician', 'Installer', 'Lead Technician', 'Service Manager', 'Sales Consultant', 'Apprentice (3rd yr)', 'Owner'], n(c) >> 1)
const abDept = (c) => (['Service Technician', 'Installer', 'Lead Technician', 'Apprentice (3rd yr)'].includes(abRole(c)) ? 'Field Service' : abRole(c) === 'Sales Consultant' ? 'Sales' : 'Management')
const abAdded = (c) => Date.UTC(2019, 8, 1) + (n(c) % 1900) * day + (n(c) % 30000) * 1000
const abEnr = (c) => 3 + (n(c) % 14)
const abDone = (c) => Math.floor(abEnr(c) * ((n(c) % 10) / 10))

// ---------------------------------------------------------------- Organilog: a Nantes HVAC maintenance company's clients
// [raison sociale, SIRET, catégorie, rue, CP, ville, domaine, standard, lat, lon]
const OG_CLIENTS = [
  ['Cabinet Lamotte Syndic', '41230987600028', 'Syndic de copropriété', '8 rue de la Fosse', '44000', 'Nantes', 'cabinet-lamotte.fr', '02 40 48 12 77', 47.2143, -1.5597],
  ['Restaurant Le Coquillage', '80214536700014', 'Restauration', '3 quai de la Fosse', '44000', 'Nantes', 'lecoquillage-nantes.fr', '02 40 69 41 20', 47.2111, -1.5651],
  ['Clinique Vétérinaire de l\'Erdre', '52987411200031', 'Santé', '112 route de Carquefou', '44300', 'Nantes', 'clinique-erdre.fr', '02 40 49 63 08', 47.2468, -1.5231],
  ['SARL Boulangerie Guérin', '48899312500019', 'Commerce', '21 rue Jean Jaurès', '44400', 'Rezé', '', '02 40 75 18 44', 47.1851, -1.5498],
  ['Atlantique Logistique SAS', '79055120400042', 'Industrie', 'ZAC du Bois Briand, 6 rue Marie Curie', '44300', 'Nantes', 'atlantique-logistique.fr', '02 51 81 30 92', 47.2549, -1.5139],
  ['Mairie de Saint-Herblain', '21440162700018', 'Collectivité', '2 rue de l\'Hôtel de Ville', '44800', 'Saint-Herblain', 'saint-herblain.fr', '02 28 25 20 00', 47.2122, -1.6497],
  ['Hôtel Le Pélican', '53100288900027', 'Hôtellerie', '5 rue Frédéric Cailliaud', '44000', 'Nantes', 'hotel-lepelican.fr', '02 40 12 44 56', 47.2189, -1.5486],
]
const ogC = (c) => row(OG_CLIENTS, n(c) % 7)
const OG_ROLES = { 'Syndic de copropriété': [['Gestionnaire de copropriété', 'Gestionnaire de copropriété'], ['Assistant copropriété', 'Assistante copropriété']], Restauration: [['Gérant', 'Gérante'], ['Chef de cuisine', 'Cheffe de cuisine']], Santé: [['Vétérinaire associé', 'Vétérinaire associée'], ['Responsable administratif', 'Responsable administrative']], Commerce: [['Gérant', 'Gérante']], Industrie: [['Responsable maintenance', 'Responsable maintenance'], ['Directeur de site', 'Directrice de site']], Collectivité: [['Responsable des services techniques', 'Responsable des services techniques'], ['Technicien bâtiments', 'Technicienne bâtiments']], Hôtellerie: [['Directeur', 'Directrice'], ['Responsable technique', 'Responsable technique']] }
const ogRole = (c) => row(OG_ROLES[ogC(c)[2]], n(c) >> 3)[fem(c) ? 1 : 0]
const ogCreated = (c) => Date.UTC(2017, 0, 9) + (n(c) % 2600) * day
const frVat = (siret) => { const siren = +siret.slice(0, 9); return `FR${pad((12 + 3 * (siren % 97)) % 97)}${siret.slice(0, 9)}` }

export const SETS = [
  // ---------------------------------------------------------------- Australia: clinic appointments
  { name: 'halaxy-appointments-report-au', product: 'Halaxy (Australian practice-management and booking system for health practitioners; Reports > Appointments > Export (CSV), one row per appointment with practitioner, funding type, invoice and payment, English UI (AU), times in AEST, a Brisbane physiotherapy, exercise-physiology and podiatry clinic)', family: 'healthcare-appointments', language: 'en', schema: E, cols: [
    ['Appointment ID', (c, o) => String(48210000 + ((n(o) * 7919) % 900000)), ['_id']],
    ['Date', (c, o) => dmy(bne(hxAt(o)), '/'), ['timestamp']],
    ['Start Time', (c, o) => hm12l(bne(hxAt(o))), [], opt],
    ['End Time', (c, o) => hm12l(bne(hxAt(o) + hxType(o)[1] * 60000)), []],
    ['Duration', (c, o) => `${hxType(o)[1]} mins`, []],
    ['Practitioner', (c, o) => hxPrac(o), []],
    ['Location', (c, o) => row(['Paddington Clinic', 'Paddington Clinic', 'Chermside Clinic'], n(o) >> 3), [], opt],
    ['Appointment Type', (c, o) => hxType(o)[0], [PL('name')], opt],
    ['Item Code', (c, o) => hxItem(o), [PL('SKU')], opt],
    ['Patient ID', (c) => `P${pad((n(c) * 13) % 100000, 5)}`, CUST_ID],
    ['Patient', (c) => `${BN(c).first} ${BN(c).last}`, []],
    ['Date of Birth', (c) => dmy(v.parts(BN(c).birth), '/'), []],
    ['Email', (c) => BN(c).email, EMAIL_ID],
    ['Mobile', (c) => BN(c).mobile, PHONE_ID, opt],
    ['Suburb', (c) => BN(c).city, [], opt],
    ['Funding', (c, o) => hxFund(o), []],
    ['Referrer', (c, o) => (hxFund(o) === 'Medicare CDM' || hxFund(o) === 'DVA' ? row(['Dr Michael Chen (GP)', 'Dr Sarah O\'Neill (GP)', 'Dr Ravi Patel (GP)'], n(o)) : ''), []],
    ['Status', (c, o) => hxStatus(o), []],
    ['Cancellation Reason', (c, o) => (hxStatus(o) === 'Cancelled' ? row(['Unwell', 'Work commitments', 'Rescheduled online', ''], n(o) >> 1) : ''), []],
    ['Booked Online', (c, o) => (n(o) % 3 === 0 ? 'No' : 'Yes'), []],
    ['Booked On', (c, o) => dmy(bne(hxAt(o) - (1 + (n(o) % 20)) * day), '/'), [OR('createdDate')], opt],
    ['Invoice Number', (c, o) => (hxPaid(o) ? `INV-${pad(30000 + ((n(o) * 31) % 60000), 6)}` : ''), [OR('purchaseID')], opt],
    ['Fee', (c, o) => num(hxFee(o)), [OR('priceTotal')], opt],
    ['GST', () => '0.00', [OR('taxAmount')]],
    ['Paid', (c, o) => num(hxPaid(o) && !['NDIS', 'WorkCover QLD'].includes(hxFund(o)) ? hxFee(o) : 0), [OR('payments[0].paymentAmount')], opt],
    ['Payment Method', (c, o) => (!hxPaid(o) ? '' : hxFund(o) === 'Medicare CDM' || hxFund(o) === 'DVA' ? 'Medicare Bulk Bill' : ['NDIS', 'WorkCover QLD'].includes(hxFund(o)) ? 'Invoice to Third Party' : row(['EFTPOS', 'Credit Card', 'HICAPS', 'EFTPOS'], n(o) >> 1)), [OR('payments[0].paymentType')]],
    ['Notes', (c, o) => row(['', '', 'Post-op L knee TKR wk 6', '', 'Bring orthotics', '', 'Prefers afternoon'], n(o) >> 2), []],
  ] },

  // ---------------------------------------------------------------- Australia: field-service jobs
  { name: 'servicem8-jobs-export-au', product: 'ServiceM8 (Sydney field-service job management app; Dispatch Board > Jobs > filter > Export to CSV, one row per job with client, job address, category, assigned staff and invoice totals, English UI (AU), times in AWST, a Perth plumbing and gas-fitting business)', family: 'field-service', language: 'en', schema: E, cols: [
    ['Job No.', (c, o) => String(10000 + (n(o) % 9000)), [OR('purchaseID'), '_id'], opt],
    ['Date', (c, o) => auDT(per(smAt(o))), ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => smStatus(o), []],
    ['Category', (c, o) => smJob(o)[0], [PL('productCategories[0].categoryName')], opt],
    ['Job Description', (c, o) => smJob(o)[1], [PL('name')], opt],
    ['Company Name', (c) => smCo(c), [], opt],
    ['Contact First Name', (c) => PE(c).first, []],
    ['Contact Last Name', (c) => PE(c).last, []],
    ['Contact Email', (c) => PE(c).email, EMAIL_ID],
    ['Contact Mobile', (c) => PE(c).mobile, PHONE_ID, opt],
    ['Contact Phone', (c) => (n(c) % 3 === 0 ? PE(c).land : ''), PHONE_ID, opt],
    ['Job Address', (c) => `${PE(c).street}, ${PE(c).city} ${PE(c).region} ${PE(c).postal}`, [SHIP('street1')], opt],
    ['Billing Address', (c) => (smCo(c) ? row(['PO Box 1120, Scarborough WA 6922', '1/12 Grand Blvd, Joondalup WA 6027', '52 South Tce, Fremantle WA 6160', 'c/- Strata Solutions, PO Box 445, Subiaco WA 6904'], n(c) >> 2) : `${PE(c).street}, ${PE(c).city} ${PE(c).region} ${PE(c).postal}`), [BILL('street1')], opt],
    ['Purchase Order #', (c, o) => (smCo(c) ? `PO${(n(o) * 17) % 90000 + 10000}` : ''), [OR('purchaseOrderNumber')]],
    ['Lead Source', (c) => row(['Google', 'hipages', 'Repeat Customer', 'Referral', 'Google', 'Facebook', 'Van signage'], n(c) >> 1), [], opt],
    ['Assigned To', (c, o) => (smStatus(o) === 'Quote' || smStatus(o) === 'Unsuccessful' ? '' : row(smStaff, n(o) >> 2)), []],
    ['Scheduled', (c, o) => (smStatus(o) === 'Quote' || smStatus(o) === 'Unsuccessful' ? '' : auDT(per(open(smAt(o) + (1 + (n(o) % 4)) * day, per, 7, 15)))), [], opt],
    ['Completed', (c, o) => (smDone(o) ? auDT(per(open(smAt(o) + (1 + (n(o) % 4)) * day + 3 * 3600000, per, 9, 17))) : ''), [], opt],
    ['Total (ex GST)', (c, o) => num(smJob(o)[2]), [], opt],
    ['GST', (c, o) => num(smGst(o)), [OR('taxAmount')]],
    ['Total (inc GST)', (c, o) => num(smJob(o)[2] + smGst(o)), [OR('priceTotal')]],
    ['Invoice Sent', (c, o) => (smDone(o) ? 'Yes' : 'No'), []],
    ['Paid', (c, o) => (smPaid(o) ? 'Yes' : 'No'), []],
    ['Payment Method', (c, o) => (smPaid(o) ? row(['Tap to Pay', 'Credit Card', 'EFT', 'Credit Card', 'Cash'], n(o) >> 1) : ''), [OR('payments[0].paymentType')]],
    ['Badges', (c, o) => row(['', 'Gas Compliance Cert', '', 'Warranty', 'After Hours', '', 'Strata'], n(o) >> 1), []],
    ['UUID', (c, o, r) => v.uuid(r), ['_id'], opt],
  ] },

  // ---------------------------------------------------------------- US: online donations
  { name: 'donately-donations-export-us', product: 'Donately (Portland, Oregon online-giving platform; Dashboard > Donations > Export CSV, one row per donation with the donor, campaign, processor fees and recurring plan, English UI (US), times in Eastern time, a Pittsburgh, Pennsylvania animal rescue)', family: 'nonprofit-fundraising', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o) => `don_${v.alnum(v.rng(n(o) + 11), 14).toLowerCase()}`, [OR('purchaseID'), '_id']],
    ['Created At', (c, o) => dnDT(o.at), ['timestamp', OR('createdDate')]],
    ['Amount', (c, o) => num(dnTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Status', (c, o) => dnStatus(o), []],
    ['Donation Type', (c, o) => dnType(o), [OR('payments[0].paymentType')]],
    ['Recurring', (c, o) => (dnRec(o) ? 'true' : 'false'), []],
    ['Recurring Frequency', (c, o) => (dnRec(o) ? row(['monthly', 'monthly', 'yearly'], n(o) >> 3) : ''), []],
    ['Campaign', (c, o) => dnCamp(o), ['marketing.campaignName'], opt],
    ['Form', (c, o) => row(['Main Donation Form', 'Embed - Homepage', 'Main Donation Form', 'Peer-to-Peer'], n(o) >> 2), []],
    ['Fundraiser', (c, o) => (n(o) % 8 === 3 ? row(['Team Whiskers 5K', "Kayla's Birthday Fundraiser"], n(o) >> 3) : ''), []],
    ['Person ID', (c) => `per_${v.alnum(seeded(c, 'dn'), 12).toLowerCase()}`, CUST_ID],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, EMAIL_ID],
    ['Phone', (c) => (n(c) % 3 === 0 ? c.phone : ''), PHONE_ID, opt],
    ['Address Line 1', (c) => c.street, [BILL('street1')]],
    ['Address Line 2', (c) => c.street2, [BILL('street2')]],
    ['City', (c) => c.city, [BILL('city')]],
    ['State', (c) => c.region, STATE(['commerce.billing.address'])],
    ['Zip Code', (c) => c.postcode, [BILL('postalCode')]],
    ['Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Processor Fee', (c, o) => num(dnFee(o)), []],
    ['Donor Covered Fees', (c, o) => (dnCover(o) ? 'true' : 'false'), []],
    ['Net Amount', (c, o) => num(dnTotal(o) - dnFee(o)), [], opt],
    ['Transaction ID', (c, o) => (dnType(o) === 'paypal' ? `${v.alnum(v.rng(n(o) + 3), 17).toUpperCase()}` : `${dnType(o) === 'ach' ? 'py' : 'ch'}_${v.alnum(v.rng(n(o) + 5), 24)}`), [OR('payments[0].transactionID')]],
    ['Anonymous', (c, o) => (n(o) % 9 === 4 ? 'true' : 'false'), []],
    ['Comment', (c, o) => row(['', '', 'In memory of our cat Milo', '', 'Thank you for saving Bella!', '', ''], n(o) >> 1), []],
    ['Tribute Name', (c, o) => (n(o) % 7 === 2 ? row(['Milo', 'Grandma Ruth', 'Duke'], n(o) >> 3) : ''), []],
    ['Employer', (c) => (n(c) % 5 === 0 ? row(['PNC Financial Services', 'UPMC', 'Highmark Health', 'Carnegie Mellon University'], n(c) >> 2) : ''), [], opt],
    ['UTM Source', (c, o) => row(['', 'facebook', 'newsletter', '', 'google', 'instagram'], n(o) >> 1), [], opt],
  ] },

  // ---------------------------------------------------------------- US: inn reservations
  { name: 'resnexus-reservations-report-us', product: 'ResNexus (Utah property-management and booking system for inns, B&Bs and campgrounds; Reports > Reservation Reports > Reservations Booked > Export to CSV, one row per reservation with guest, room, channel, taxes and payments, English UI (US), times in Mountain time, a 14-room inn in Moab, Utah)', family: 'hospitality-pms', language: 'en', schema: E, cols: [
    ['Reservation #', (c, o) => String(3100000 + ((n(o) * 7919) % 800000)), [OR('purchaseID')]],
    ['Booked Date', (c, o) => { const p = mst(o.at); return `${mdyN(p)} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Arrival Date', (c, o) => mdyN(mst(rnArr(o))), []],
    ['Departure Date', (c, o) => mdyN(mst(rnArr(o) + rnNights(o) * day)), []],
    ['Nights', (c, o) => String(rnNights(o)), [], opt],
    ['Room', (c, o) => rnRoom(o)[0], [PL('name')], opt],
    ['Room Type', (c, o) => rnRoom(o)[1], [PL('productCategories[0].categoryName')], opt],
    ['Adults', (c, o) => String(1 + (n(o) % 3 ? 1 : 0) + (rnRoom(o)[1] === 'Group Bunkroom' ? 2 : 0)), [], opt],
    ['Children', (c, o) => String(rnRoom(o)[1] === 'Cottage' ? n(o) % 3 : 0), []],
    ['Guest First Name', (c) => c.first, []],
    ['Guest Last Name', (c) => c.last, []],
    ['Guest Email', (c, o) => (rnSrc(o) === 'Expedia' ? `${v.alnum(seeded(c, 'ex'), 10).toLowerCase()}@m.expediapartnercentral.com` : rnSrc(o) === 'Walk-in' ? '' : c.email), EMAIL_ID],
    ['Guest Phone', (c) => c.phone.replace('+1 ', '').replace(/^(\d{3})-/, '($1) '), PHONE_ID, opt],
    ['Address', (c, o) => (rnSrc(o) === 'Website' || rnSrc(o) === 'Phone' ? c.street : ''), [BILL('street1')]],
    ['City', (c, o) => (rnSrc(o) === 'Website' || rnSrc(o) === 'Phone' ? c.city : ''), [BILL('city')]],
    ['State', (c, o) => (rnSrc(o) === 'Website' || rnSrc(o) === 'Phone' ? c.region : ''), STATE(['commerce.billing.address'])],
    ['Zip', (c, o) => (rnSrc(o) === 'Website' || rnSrc(o) === 'Phone' ? c.postcode : ''), [BILL('postalCode')]],
    ['Country', (c, o) => (rnSrc(o) === 'Website' || rnSrc(o) === 'Phone' ? 'United States' : ''), [BILL('country')]],
    ['Booking Source', (c, o) => rnSrc(o), []],
    ['Rate Plan', (c, o) => (rnDisc(o) ? 'Book Direct 10% Off' : rnSrc(o) === 'Website' ? 'Best Available Rate' : `${rnSrc(o)} Rate`), []],
    ['Promo Code', (c, o) => (rnDisc(o) ? 'ARCHES10' : ''), ['commerce.promotionID']],
    ['Lodging Total', (c, o) => num(rnLodging(o)), [], opt],
    ['Discount', (c, o) => num(rnDisc(o)), [OR('discountAmount')]],
    ['Taxes', (c, o) => num(rnTax(o)), [OR('taxAmount')]],
    ['Fees', (c, o) => num(rnFees(o)), []],
    ['Grand Total', (c, o) => num(rnTotal(o)), [OR('priceTotal')]],
    ['Amount Paid', (c, o) => num(rnPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance Due', (c, o) => num(rnStatus(o) === 'Cancelled' ? 0 : rnTotal(o) - rnPaid(o)), []],
    ['Status', (c, o) => rnStatus(o), []],
    ['Cancel Date', (c, o) => (rnStatus(o) === 'Cancelled' ? mdyN(mst(o.at + (1 + (n(o) % 10)) * day)) : ''), [OR('cancelDate')], opt],
    ['Guest Notes', (c, o) => row(['', 'Late arrival ~10pm', '', 'Anniversary trip', 'Need ground floor', '', 'Bringing mountain bikes'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Germany: physiotherapy appointments
  { name: 'dr-flex-terminliste-export-de', product: 'Dr. Flex (Hamburger Praxissoftware für Heilmittelerbringer; Kalender > Terminliste > Exportieren (CSV), one row per appointment with therapist, prescription item, payer and status, German UI, Berliner Zeit, a physiotherapy practice in Köln-Ehrenfeld)', family: 'healthcare-appointments', language: 'de', schema: E, cols: [
    ['Termin-ID', (c, o) => String(7700000 + ((n(o) * 104729) % 2000000)), ['_id']],
    ['Datum', (c, o) => dmy(cet(dfAt(o))), ['timestamp']],
    ['Beginn', (c, o) => hm(cet(dfAt(o))), [], opt],
    ['Ende', (c, o) => hm(cet(dfAt(o) + dfL(o)[2] * 60000)), []],
    ['Dauer (Min.)', (c, o) => String(dfL(o)[2]), []],
    ['Therapeut/in', (c, o) => row(dfTher, n(o) >> 1), []],
    ['Raum', (c, o) => row(['Behandlung 1', 'Behandlung 2', 'Trainingsfläche', 'Behandlung 3'], n(o) >> 2), []],
    ['Leistung', (c, o) => dfL(o)[0], [PL('name')], opt],
    ['Positionsnummer', (c, o) => dfL(o)[1], [PL('SKU')], opt],
    ['Patienten-Nr.', (c) => String(10000 + (n(c) % 90000)), CUST_ID],
    ['Nachname', (c) => c.last, []],
    ['Vorname', (c) => c.first, []],
    ['Geburtsdatum', (c) => dmy(v.parts(c.birth)), []],
    ['E-Mail', (c) => (n(c) % 4 === 3 ? '' : c.email), EMAIL_ID],
    ['Mobil', (c) => c.mobile.replace('+49 ', '0'), PHONE_ID, opt],
    ['Kostenträger', (c, o) => dfKasse(o), []],
    ['Verordnung', (c, o) => (dfL(o)[1] === '' ? '' : `VO-${(n(o) * 37) % 90000 + 10000}`), []],
    ['Behandlung Nr.', (c, o) => (dfL(o)[1] === '' ? '' : `${1 + (n(o) % 6)}/6`), []],
    ['Status', (c, o) => dfStatus(o), []],
    ['Absagegrund', (c, o) => (dfStatus(o) === 'abgesagt' ? row(['krank', 'beruflich verhindert', 'Termin verschoben'], n(o)) : ''), []],
    ['Online gebucht', (c, o) => (n(o) % 3 === 1 ? 'Ja' : 'Nein'), []],
    ['Erinnerung gesendet', (c, o) => (n(o) % 4 === 0 ? 'Nein' : 'Ja'), []],
    ['Zuzahlung', (c, o) => (['Privat', 'Selbstzahler'].includes(dfKasse(o)) || dfL(o)[1] === '' ? '' : dec(row([2.58, 2.86, 3.76, 0], n(o) >> 1))), [], opt],
    ['Privatpreis', (c, o) => (dfPriv(o) ? dec(dfPriv(o)) : ''), [OR('priceTotal')], opt],
    ['Bemerkung', (c, o) => row(['', 'Hausbesuch', '', 'Patient bringt Befund mit', '', 'Doppelbehandlung'], n(o) >> 1), []],
  ] },

  // ---------------------------------------------------------------- France: online donations
  { name: 'iraiser-export-dons-fr', product: 'iRaiser (plateforme de collecte en ligne pour associations; Back-office > Dons > Exporter (CSV), one row per donation with the donor, campaign, source code, payment and tax receipt, French UI, heure de Paris, a Lyon charity funding equipment and activities for a children\'s hospital)', family: 'nonprofit-fundraising', language: 'fr', schema: E, cols: [
    ['ID don', (c, o) => String(2400000 + ((n(o) * 7919) % 500000)), [OR('purchaseID'), '_id']],
    ['Date du don', (c, o) => frDT(o.at), ['timestamp', OR('createdDate')]],
    ['Montant', (c, o) => dec(irAmt(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Devise', () => 'EUR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Type de don', (c, o) => (irReg(o) ? 'Don régulier' : 'Don ponctuel'), []],
    ['Périodicité', (c, o) => (irReg(o) ? 'Mensuelle' : ''), []],
    ['Moyen de paiement', (c, o) => irPay(o), [OR('payments[0].paymentType')]],
    ['Statut', (c, o) => irStatus(o), []],
    ['Référence transaction', (c, o) => (irPay(o) === 'PayPal' ? v.alnum(v.rng(n(o) + 9), 17).toUpperCase() : `TR${pad((n(o) * 104729) % 10000000000, 10)}`), [OR('payments[0].transactionID')]],
    ['Formulaire', (c, o) => (irReg(o) ? 'Formulaire don régulier' : 'Formulaire principal'), []],
    ['Campagne', (c, o) => irCamp(o)[0], ['marketing.campaignName']],
    ['Code source', (c, o) => irCamp(o)[1], ['marketing.trackingCode'], opt],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), []],
    ['Prénom', (c) => c.first, []],
    ['Nom', (c) => c.last, []],
    ['E-mail', (c) => c.email, EMAIL_ID],
    ['Téléphone', (c) => (n(c) % 3 === 0 ? '' : c.mobile.replace('+33 ', '0')), PHONE_ID, opt],
    ['Adresse', (c) => c.street, [BILL('street1')]],
    ['Complément d\'adresse', (c) => (n(c) % 5 === 2 ? row(['Bât. B', 'Apt 12', 'Résidence Les Tilleuls'], n(c)) : ''), [BILL('street2')]],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')]],
    ['Ville', (c) => c.city, [BILL('city')]],
    ['Pays', () => 'France', [BILL('country')]],
    ['Date de naissance', (c) => (n(c) % 4 ? '' : dmy(v.parts(c.birth), '/')), []],
    ['Reçu fiscal', (c, o) => (irStatus(o) === 'Validé' ? 'Oui' : 'Non'), []],
    ['N° reçu fiscal', (c, o) => (irStatus(o) === 'Validé' && !irReg(o) ? `RF-${cet(o.at).y}-${pad((n(o) * 13) % 100000, 6)}` : ''), []],
    ['Accepte les communications', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Don en mémoire de', (c, o) => (n(o) % 11 === 5 ? row(['Louise', 'Papi Jean'], n(o)) : ''), []],
  ] },

  // ---------------------------------------------------------------- UK: gym members
  { name: 'clubright-member-export-uk', product: 'Clubright (UK gym and leisure-club management software; Reports > Members > Member Details > Export CSV, one row per member with membership, Direct Debit status, visits and emergency contact, English UI (UK), an independent gym in Bristol)', family: 'fitness', language: 'en', schema: P, cols: [
    ['Member No', (c) => String(100000 + (n(c) % 90000)), ['_id', 'personID']],
    ['Title', (c) => (UK(c).female ? row(['Ms', 'Miss', 'Mrs', 'Ms'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => UK(c).first, ['person.name.firstName']],
    ['Surname', (c) => UK(c).last, ['person.name.lastName']],
    ['Gender', (c) => (UK(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date of Birth', (c) => dmy(v.parts(UK(c).birth), '/'), ['person.birthDate']],
    ['Email', (c) => UK(c).email, ['personalEmail.address']],
    ['Mobile', (c) => UK(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 3 === 0 ? UK(c).land : ''), ['homePhone.number']],
    ['Address 1', (c) => UK(c).street, at(HOME, 'street1')],
    ['Address 2', (c) => (n(c) % 5 === 1 ? row(['Flat 3', 'Bedminster', 'Southville', 'Flat B'], n(c)) : ''), at(HOME, 'street2')],
    ['Town', (c) => UK(c).city, at(HOME, 'city')],
    ['County', (c) => UK(c).region, STATE(HOME)],
    ['Postcode', (c) => UK(c).postal, at(HOME, 'postalCode')],
    ['Membership', (c) => crMem(c)[0], [], opt],
    ['Membership Status', (c) => crStatus(c), [], opt],
    ['Join Date', (c) => dmy(v.parts(crJoin(c)), '/'), [], opt],
    ['Renewal Date', (c) => (crStatus(c) === 'Cancelled' || crStatus(c) === 'Expired' ? '' : dmy(v.parts(Date.UTC(2025, 5, 1) + (n(c) % 28) * day), '/')), []],
    ['Payment Method', (c) => (crMem(c)[0].includes('(DD)') ? 'Direct Debit' : 'Card'), []],
    ['Monthly Fee', (c) => `£${num(crMem(c)[1])}`, []],
    ['DD Status', (c) => (crMem(c)[0].includes('(DD)') ? (crStatus(c) === 'Cancelled' ? 'Cancelled' : n(c) % 11 === 3 ? 'Failed' : 'Active') : ''), []],
    ['Key Fob', (c) => String(3000000000 + ((n(c) * 104729) % 900000000)), [], opt],
    ['Last Visit', (c) => (crVisits(c) ? dmy(v.parts(Date.UTC(2025, 4, 30) - (n(c) % 120) * day), '/') : ''), []],
    ['Total Visits', (c) => String(crVisits(c)), []],
    ['Emergency Contact', (c) => `${row(['Sarah', 'Mark', 'Jan', 'Paul', 'Claire'], n(c))} ${UK(c).last}`, []],
    ['Emergency Contact Number', (c) => `07${(n(c) * 7) % 900 + 100} ${pad((n(c) * 7919) % 1000000, 6)}`, []],
    ['Medical Notes', (c) => row(['', '', 'Asthma', '', 'Previous knee surgery', ''], n(c) >> 1), []],
    ['Email Marketing', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Marketing', (c) => (n(c) % 3 === 1 ? 'Yes' : 'No'), [], opt],
    ['Referred By', (c) => (n(c) % 6 === 2 ? `Member ${100000 + ((n(c) * 13) % 90000)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- Canada: real-estate CRM contacts
  { name: 'top-producer-contacts-export-ca', product: 'Top Producer (Richmond, BC real-estate CRM; Contacts > select all > Export Contacts (CSV), one row per contact with spouse, contact type, lead source and key dates, English UI (Canada), a Calgary, Alberta residential realtor)', family: 'real-estate-crm', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(5000000 + ((n(c) * 7919) % 3000000)), ['_id', 'personID'], opt],
    ['Salutation', (c) => (n(c) % 4 === 1 ? '' : CA(c).female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => CA(c).first, ['person.name.firstName']],
    ['Last Name', (c) => CA(c).last, ['person.name.lastName']],
    ['Spouse First Name', (c) => (n(c) % 3 === 0 ? row(['Jen', 'Mike', 'Carla', 'Darren', 'Amrit'], n(c) >> 1) : ''), []],
    ['Spouse Last Name', (c) => (n(c) % 3 === 0 ? CA(c).last : ''), []],
    ['Company', (c) => (n(c) % 7 === 2 ? row(['Suncor Energy', 'WestJet', 'Alberta Health Services', 'ATB Financial'], n(c)) : ''), ['organizations[0]'], opt],
    ['Email', (c) => CA(c).email, ['personalEmail.address']],
    ['Email 2', (c) => (n(c) % 7 === 2 ? `${slug(CA(c).first)}.${slug(CA(c).last)}@${row(['suncor.com', 'westjet.com', 'ahs.ca', 'atb.com'], n(c))}` : ''), [], opt],
    ['Mobile Phone', (c) => CA(c).mobile, ['mobilePhone.number']],
    ['Home Phone', (c) => (n(c) % 3 === 1 ? CA(c).land : ''), ['homePhone.number']],
    ['Business Phone', (c) => (n(c) % 4 === 0 ? `(403) 555-${pad((n(c) * 7) % 10000, 4)}` : ''), ['workPhone.number']],
    ['Address', (c) => CA(c).street, at(HOME, 'street1')],
    ['Unit', (c) => (n(c) % 6 === 2 ? `#${1 + (n(c) % 40)}` : ''), at(HOME, 'street2')],
    ['City', (c) => CA(c).city, at(HOME, 'city')],
    ['Province', (c) => CA(c).region, STATE(HOME)],
    ['Postal Code', (c) => CA(c).postal, at(HOME, 'postalCode')],
    ['Country', () => 'Canada', at(HOME, 'country')],
    ['Birthday', (c) => (n(c) % 3 === 2 ? '' : mdy(v.parts(CA(c).birth))), ['person.birthDate']],
    ['Home Anniversary', (c) => (['Past Client', 'Buyer & Seller'].includes(tpType(c)) ? mdy(v.parts(Date.UTC(2012, 0, 1) + (n(c) % 4300) * day)) : ''), []],
    ['Contact Type', (c) => tpType(c), []],
    ['Lead Source', (c) => tpSrc(c), []],
    ['Status', (c) => row(['Hot', 'Warm', 'Cold', 'Nurture', 'Closed', 'Warm'], n(c) >> 3), []],
    ['Price Range', (c) => (tpType(c).startsWith('Buyer') ? row(['$450,000 - $550,000', '$600,000 - $750,000', '$350,000 - $425,000', '$800,000 - $1,000,000'], n(c)) : ''), []],
    ['Areas of Interest', (c) => (tpType(c).startsWith('Buyer') ? row(['Tuscany; Rocky Ridge', 'Mahogany; Auburn Bay', 'Beltline; Mission', 'Aspen Woods'], n(c) >> 1) : ''), []],
    ['Date Entered', (c) => mdy(v.parts(tpCreated(c))), [], opt],
    ['Last Contacted', (c) => mdy(v.parts(Math.min(tpCreated(c) + (20 + (n(c) % 900)) * day, Date.UTC(2025, 4, 28)))), []],
    ['Do Not Email', (c) => (n(c) % 9 === 4 ? 'Yes' : 'No'), [], opt],
    ['CASL Consent', (c) => row(['Express', 'Implied', 'Express', 'None'], n(c) >> 2), [], opt],
    ['Notes', (c) => row(['', 'Pre-approved w/ ATB', '', 'Relocating from Vancouver', 'Wants double garage', ''], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Germany: hotel guest profiles
  { name: 'sihot-gaesteprofile-export-de', product: 'SIHOT (Hotel-PMS der GUBSE AG, Hannover; Profile > Gästeprofile > Liste > Exportieren (CSV), one row per guest profile with nationality, VIP code, stay statistics and consents, German UI, a spa hotel in Bad Tölz, Bavaria)', family: 'hospitality-pms', language: 'de', schema: P, cols: [
    ['Profil-Nr.', (c) => String(200000 + ((n(c) * 7919) % 700000)), ['_id', 'personID']],
    ['Anrede', (c) => (fem(c) ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c) => (n(c) % 6 === 1 ? row(['Dr.', 'Prof. Dr.', 'Dr. med.'], n(c) >> 1) : ''), ['person.name.courtesyTitle'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Geburtsdatum', (c) => (n(c) % 3 === 2 ? '' : dmy(v.parts(c.birth))), ['person.birthDate']],
    ['Nationalität', (c) => shNat(c), ['person.nationality']],
    ['Sprache', (c) => ({ DE: 'DE', AT: 'DE', TR: 'DE', IT: 'IT' })[shNat(c)], []],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Ort', (c) => c.city, at(HOME, 'city')],
    ['Land', () => 'DE', at(HOME, 'countryCode')],
    ['Telefon', (c) => (n(c) % 3 === 0 ? c.phone : ''), ['homePhone.number']],
    ['Mobil', (c) => c.mobile, ['mobilePhone.number']],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Firma', (c) => (n(c) % 8 === 3 ? row(['Siemens Healthineers AG', 'Allianz SE', 'BMW AG'], n(c)) : ''), ['organizations[0]'], opt],
    ['Ausweis-Nr.', (c) => (n(c) % 2 ? `L${v.alnum(seeded(c, 'pa'), 8).toUpperCase()}` : ''), []],
    ['VIP', (c) => shVip(c), [], opt],
    ['Stammgast', (c) => (shStays(c) >= 3 ? 'Ja' : 'Nein'), []],
    ['Aufenthalte', (c) => String(shStays(c)), []],
    ['Übernachtungen', (c) => String(shNights(c)), []],
    ['Umsatz gesamt', (c) => thou(shRev(c)), ['loyalty.lifetimePurchases'], opt],
    ['Letzte Anreise', (c) => dmy(v.parts(Date.UTC(2025, 4, 20) - ((n(c) * 11) % 700) * day)), []],
    ['Zimmerwunsch', (c) => row(['', 'ruhige Lage, Bergblick', '', 'Allergikerzimmer', 'Nichtraucher, hohe Etage', ''], n(c) >> 1), []],
    ['Bemerkung', (c) => row(['', 'Glutenfrei', '', 'Bucht jährlich Kur im März', 'Hund (klein)', ''], n(c) >> 2), []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Einwilligung DSGVO', (c) => (n(c) % 5 === 4 ? 'Nein' : 'Ja'), [], opt],
    ['Angelegt am', (c) => deDT(Date.UTC(2015, 0, 1) + (n(c) % 3600) * day + (n(c) % 40000) * 1000), [], opt],
  ] },

  // ---------------------------------------------------------------- US: commercial real-estate CRM contacts
  { name: 'buildout-crm-contacts-export-us', product: 'Buildout (Chicago commercial-real-estate marketing and CRM platform; CRM > Contacts > Export (CSV), one row per contact with company, contact type, property-type and market interests and the assigned broker, English UI (US), times in UTC, a Dallas industrial and office brokerage)', family: 'real-estate-crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(880000 + ((n(c) * 7919) % 100000)), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => boTitle(c), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => boFirm(c)[0], CO],
    ['Email', (c) => `${slug(c.first)[0]}${slug(c.last)}@${boFirm(c)[1]}`, ['workEmail.address']],
    ['Secondary Email', (c) => (n(c) % 5 === 2 ? c.email : ''), ['personalEmail.address'], opt],
    ['Office Phone', (c) => `(214) 555-${pad((n(c) * 7) % 10000, 4)}`, ['workPhone.number']],
    ['Mobile Phone', (c) => c.mobile.replace('+1 ', ''), ['mobilePhone.number']],
    ['Address', (c) => boFirm(c)[2], [W('street1')]],
    ['Address 2', (c) => boFirm(c)[3], [W('street2')]],
    ['City', (c) => boFirm(c)[4], [W('city')]],
    ['State', (c) => boFirm(c)[5], STATE(['workAddress'])],
    ['Zip', (c) => boFirm(c)[6], [W('postalCode')]],
    ['Country', () => 'United States', [W('country')]],
    ['Website', (c) => `www.${boFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Contact Type', (c) => boFirm(c)[7], ['b2b.personType'], opt],
    ['Property Types', (c) => boFirm(c)[8], []],
    ['Markets', (c) => row(['DFW - Central', 'DFW - North', 'DFW - Great Southwest', 'DFW - Alliance'], n(c) >> 2), []],
    ['Tags', (c) => row(['Requirement 20-40k SF', '1031 Exchange', '', 'Lease exp 2026', 'Hot', ''], n(c) >> 1), []],
    ['Broker', (c) => row(['Grant Whitfield', 'Alicia Moreno', 'Blake Henley'], n(c) >> 3), []],
    ['Source', (c) => row(['Listing Inquiry', 'LoopNet', 'Crexi', 'Referral', 'Cold Call', 'Email Campaign'], n(c) >> 1), ['b2b.personSource'], opt],
    ['Email Unsubscribed', (c) => (n(c) % 10 === 7 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Created At', (c) => boDT(boCreated(c)), ['extSourceSystemAudit.createdDate']],
    ['Updated At', (c) => boDT(boCreated(c) + (3 + (n(c) % 400)) * day), ['extSourceSystemAudit.lastUpdatedDate']],
    ['Last Activity Date', (c) => boDT(boCreated(c) + (10 + (n(c) % 500)) * day), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Notes', (c) => row(['', 'Looking for cross-dock near I-35E', '', 'Owns 3 flex bldgs in Carrollton', ''], n(c) >> 1), []],
  ] },

  // ---------------------------------------------------------------- Canada: corporate LMS users
  { name: 'absorb-lms-users-report-ca', product: 'Absorb LMS (Calgary learning-management system; Admin > Reports > Users > Export (CSV), one row per learner with department, job title, custom fields and course counts, English UI (Canada), a Calgary HVAC equipment manufacturer\'s dealer academy training technicians at its western-Canadian dealers)', family: 'education-lms', language: 'en', schema: B, cols: [
    ['User ID', (c, o, r) => v.uuid(seeded(c, 'ab')), B2BID, opt],
    ['Username', (c) => `${slug(CA(c).first)[0]}${slug(CA(c).last)}${n(c) % 100}`, [], opt],
    ['First Name', (c) => CA(c).first, ['person.name.firstName']],
    ['Last Name', (c) => CA(c).last, ['person.name.lastName']],
    ['Email Address', (c) => `${slug(CA(c).first)}.${slug(CA(c).last)}@${abDom(c)}`, ['workEmail.address']],
    ['External ID', (c) => `EMP-${pad((n(c) * 13) % 100000, 5)}`, B2BID, opt],
    ['Department', (c) => `Dealers / ${abD(c)[0]}`, [...CO, 'extendedWorkDetails.departments[0]'], opt],
    ['Job Title', (c) => abRole(c), ['extendedWorkDetails.jobTitle']],
    ['Supervisor', (c) => row(['Kevin Dueck', 'Marie Lapointe', 'Harjit Dhillon'], n(c) >> 2), [], opt],
    ['Phone', (c) => abD(c)[6], ['workPhone.number']],
    ['Address', (c) => abD(c)[2], [W('street1')]],
    ['City', (c) => abD(c)[3], [W('city')]],
    ['Province', (c) => abD(c)[4], STATE(['workAddress'])],
    ['Postal Code', (c) => abD(c)[5], [W('postalCode')]],
    ['Country', () => 'Canada', [W('country')]],
    ['Language', (c) => (n(c) % 9 === 5 ? 'French' : 'English'), []],
    ['Dealer Number', (c) => abD(c)[1], ACCT, opt],
    ['Role Category', (c) => abDept(c), ['extendedWorkDetails.departments[0]'], opt],
    ['Gas Fitter Licence', (c) => (abDept(c) === 'Field Service' ? `GF-${(n(c) * 7) % 90000 + 10000}` : ''), []],
    ['Active', (c) => (n(c) % 8 === 6 ? 'Inactive' : 'Active'), [], opt],
    ['Date Added', (c) => ymd(v.parts(abAdded(c))), ['extSourceSystemAudit.createdDate']],
    ['Last Login', (c) => (n(c) % 8 === 6 ? '' : ymd(v.parts(Math.min(abAdded(c) + (30 + (n(c) % 700)) * day, Date.UTC(2025, 4, 30))))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Enrollments', (c) => String(abEnr(c)), []],
    ['Completed Courses', (c) => String(abDone(c)), []],
    ['Certificates', (c) => String(Math.floor(abDone(c) / 3)), []],
    ['Is Admin', (c) => (abRole(c) === 'Service Manager' || abRole(c) === 'Owner' ? 'True' : 'False'), []],
  ] },

  // ---------------------------------------------------------------- France: field-service clients (B2B)
  { name: 'organilog-export-clients-fr', product: 'Organilog (logiciel français de gestion d\'interventions; Clients > Liste > Exporter (CSV), one row per client contact with the client company, SIRET, sector, maintenance contract and geocoded site, French UI, a Nantes heating, ventilation and air-conditioning maintenance company)', family: 'field-service', language: 'fr', schema: B, cols: [
    ['Code client', (c) => `CLI${pad(100 + (n(c) % 7) * 37, 5)}`, ACCT],
    ['Raison sociale', (c) => ogC(c)[0], CO],
    ['SIRET', (c) => ogC(c)[1], [], opt],
    ['N° TVA', (c) => (ogC(c)[2] === 'Collectivité' ? '' : frVat(ogC(c)[1])), [], opt],
    ['Catégorie', (c) => ogC(c)[2], []],
    ['Civilité', (c) => (fem(c) ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Fonction', (c) => ogRole(c), ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => (ogC(c)[6] ? `${slug(c.first)}.${slug(c.last)}@${ogC(c)[6]}` : c.email), ['workEmail.address']],
    ['Téléphone', (c) => ogC(c)[7], ['workPhone.number']],
    ['Portable', (c) => (n(c) % 3 === 1 ? '' : c.mobile.replace('+33 ', '0')), ['mobilePhone.number']],
    ['Adresse', (c) => ogC(c)[3], [W('street1')]],
    ['Complément d\'adresse', (c) => (n(c) % 4 === 2 ? row(['Bâtiment A', '2e étage', 'Accès par la cour'], n(c)) : ''), [W('street2')]],
    ['Code postal', (c) => ogC(c)[4], [W('postalCode')]],
    ['Ville', (c) => ogC(c)[5], [W('city')]],
    ['Pays', () => 'France', [W('country')]],
    ['Latitude', (c) => ogC(c)[8].toFixed(6), [W('_schema.latitude')], opt],
    ['Longitude', (c) => ogC(c)[9].toFixed(6), [W('_schema.longitude')], opt],
    ['Secteur', (c) => ({ Nantes: ogC(c)[4] === '44300' ? 'Nantes Nord' : 'Nantes Centre', Rezé: 'Sud Loire', 'Saint-Herblain': 'Ouest' })[ogC(c)[5]], []],
    ['Contrat d\'entretien', (c) => (['Commerce', 'Restauration'].includes(ogC(c)[2]) ? 'Non' : 'Oui'), []],
    ['Conditions de paiement', (c) => (ogC(c)[2] === 'Collectivité' ? 'Mandat administratif' : ['Commerce', 'Restauration'].includes(ogC(c)[2]) ? 'À réception' : '30 jours fin de mois'), []],
    ['Date de création', (c) => dmy(v.parts(ogCreated(c)), '/'), ['extSourceSystemAudit.createdDate']],
    ['Commentaire', (c) => row(['', 'Code portail 4521B', '', 'Clés à récupérer à l\'accueil', 'Intervention le matin uniquement', ''], n(c) >> 1), []],
  ] },
]
