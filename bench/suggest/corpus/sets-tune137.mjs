// Round 68, tune137: tune sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). English exports from the UK, Ireland, New Zealand, South Africa and Kenya: a
// Kenyan payment gateway's merchant transaction statement (Pesapal, a Lake Naivasha lodge); a UK ticketing app's
// per-ticket sales export (Fixr, a Leeds club night); a South African crowdfunding platform's donations export
// (BackaBuddy, a Cape Town animal-welfare charity); a South African rental-payments platform's transaction history
// (PayProp, a Cape Town letting agency); a South African marketplace's seller order report (Bob Shop, a Pinetown
// refurbished-laptop seller); an Irish fitness booking app's bookings report (Legitfit, a Galway pilates studio); a UK
// dental practice software's patient list (Dentally, a Bristol practice); a New Zealand gym platform's client export
// (Hapana, an Auckland boutique studio); a UK e-mail marketing tool's contact-list export (Pure360, a garden-centre
// chain); a UK construction-leads service's project contacts (Glenigan, for a cladding supplier); a UK LinkedIn
// prospecting tool's campaign leads (Salesflow, for a payroll software seller); an Irish B2B marketing platform's
// contacts (Zymplify, for a Kilkenny IT managed-services firm). E 6, P 3, B 3.
// Headers: Pesapal's statement columns are the ones its knowledge centre lists, with the transaction-list columns added
// from the product; the other eleven are written from each product's documentation and UI as the writer knows them;
// nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, summer, dec, thou } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const seeded = (c, salt) => { const r = v.rng(v.hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x51a7c0de); r(); r(); return r }
const num = (x) => (Math.round(x * 100) / 100).toFixed(2)
const r2 = (x) => Math.round(x * 100) / 100
// local clocks: the UK and Ireland keep GMT/BST; South Africa is UTC+2 and Kenya UTC+3 all year; New Zealand is
// UTC+12, UTC+13 in its (southern) summer
const gb = (ms) => local(ms, 0)
const za = (ms) => shift(ms, 2)
const ke = (ms) => shift(ms, 3)
const nz = (ms) => shift(ms, summer(ms) ? 12 : 13)
const dt = (clock, sep = '/') => (ms) => { const p = clock(ms); return `${dmy(p, sep)} ${hm(p)}` }
const d = (clock, sep = '/') => (ms) => dmy(clock(ms), sep)
const ukDT = dt(gb)
const ukD = d(gb)
// the same instant moved into opening hours [lo, hi] of a local clock
const inHours = (ms, clock, lo = 8, hi = 21) => { const H = clock(ms).H; return ms + (H < lo ? lo - H : H > hi ? hi - H : 0) * 3600000 }

// ---------------------------------------------------------------- people of the five markets
const NAMES = {
  uk: [['Emily', 'Charlotte', 'Sophie', 'Olivia', 'Hannah', 'Amelia', 'Jessica', 'Lucy', 'Chloe', 'Grace', 'Priya', 'Aisha'], ['Oliver', 'Jack', 'Harry', 'Thomas', 'George', 'James', 'William', 'Samuel', 'Daniel', 'Joshua', 'Mohammed', 'Ryan'], ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Patel', 'Khan', 'Robinson', 'Shaw']],
  ie: [['Aoife', 'Siobhán', 'Niamh', 'Ciara', 'Sinéad', 'Róisín', 'Emma', 'Sarah', 'Orla', 'Clodagh', 'Gráinne', 'Aisling'], ['Seán', 'Conor', 'Cian', 'Darragh', 'Eoin', 'Oisín', 'Patrick', 'Ciarán', 'Liam', 'Niall', 'Fionn', 'Donal'], ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', 'Ó Conghaile', 'Fitzgerald', 'McCarthy', 'Lynch', 'Keane', 'Burke', 'Joyce']],
  nz: [['Charlotte', 'Isla', 'Aroha', 'Mia', 'Ruby', 'Olivia', 'Ngaio', 'Hannah', 'Sophie', 'Amelia', 'Mere', 'Priya'], ['Oliver', 'Nikau', 'Jack', 'Lachlan', 'Tama', 'Liam', 'Hunter', 'Ethan', 'James', 'Mason', 'Rawiri', 'Arjun'], ['Smith', 'Wilson', 'Williams', 'Brown', 'Taylor', 'Ngata', 'Tipene', 'Patel', 'Singh', 'Anderson', 'Thompson', 'Walker', 'Te Whata', 'Chen']],
  za: [['Thandiwe', 'Lerato', 'Naledi', 'Ayanda', 'Nomvula', 'Megan', 'Chantelle', 'Aisha', 'Zanele', 'Palesa', 'Anri', 'Keshia'], ['Sipho', 'Thabo', 'Bongani', 'Lwazi', 'Mandla', 'Johan', 'Pieter', 'Ryan', 'Kagiso', 'Tshepo', 'Yusuf', 'Ruan'], ['Nkosi', 'Dlamini', 'Ndlovu', 'Khumalo', 'Mokoena', 'van der Merwe', 'Botha', 'Naidoo', 'Pillay', 'Mahlangu', 'Pretorius', 'Sithole', 'Adams', 'Govender']],
  ke: [['Wanjiru', 'Akinyi', 'Njeri', 'Atieno', 'Wambui', 'Chebet', 'Mwende', 'Faith', 'Grace', 'Achieng', 'Nafula', 'Zawadi'], ['Kamau', 'Otieno', 'Mwangi', 'Kipchoge', 'Odhiambo', 'Brian', 'Kevin', 'Dennis', 'Mutua', 'Kiprono', 'Juma', 'Collins'], ['Kamau', 'Ochieng', 'Mwangi', 'Wanjiku', 'Otieno', 'Kariuki', 'Njoroge', 'Mutua', 'Kiptoo', 'Omondi', 'Maina', 'Wafula', 'Chege', 'Were']],
}
const MAIL = {
  uk: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com', 'sky.com'],
  ie: ['gmail.com', 'hotmail.com', 'eircom.net', 'outlook.ie', 'icloud.com', 'yahoo.ie'],
  nz: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'icloud.com', 'hotmail.com', 'slingshot.co.nz'],
  za: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com', 'icloud.com', 'telkomsa.net'],
  ke: ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'],
}
const MOB = {
  uk: (r) => `07${v.int(r, 400, 999)} ${v.int(r, 100000, 999999)}`,
  ie: (r) => `08${v.pick(r, ['3', '5', '6', '7', '9'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
  nz: (r) => `02${v.pick(r, ['1', '2', '7', '1'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
  za: (r) => `0${v.pick(r, ['82', '83', '72', '73', '76', '79', '84', '61', '71'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`,
  ke: (r) => `2547${v.pick(r, ['01', '10', '12', '20', '22', '23', '29', '33', '40', '57', '90', '96'])}${v.int(r, 100000, 999999)}`,
}
const plain = (s) => v.slug(s.replace(/Ó /g, 'O').replace(/'/g, ''))
/** The row's person in market m: first and last name, gender, e-mail, mobile (from the shared person's seed). */
const folk = (c, m) => {
  const r = seeded(c, `folk-${m}`)
  const female = c.female
  const first = v.pick(r, NAMES[m][female ? 0 : 1]), last = v.pick(r, NAMES[m][2])
  const email = `${plain(first)}${v.pick(r, ['.', '', '_', '.'])}${plain(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[m])}`
  return { first, last, full: `${first} ${last}`, female, email, mobile: MOB[m](r), title: female ? v.pick(r, ['Mrs', 'Ms', 'Miss', 'Mrs', 'Dr']) : v.pick(r, ['Mr', 'Mr', 'Mr', 'Dr']) }
}

// ---------------------------------------------------------------- Pesapal: a Lake Naivasha lodge (Kenya)
const PE_ITEMS = [['Deposit - 2 nights Lakeside Cottage (2 pax)', 18000], ['Full payment - Camping 3 nights (2 pax)', 7500], ['Deposit - Family Banda 4 pax', 24000], ['Boat ride & walking safari Crescent Island (4 pax)', 12000], ['Full payment - 1 night Garden Room B&B', 9500], ['Conference day package x 12 pax', 54000], ['Balance - 2 nights Lakeside Cottage (2 pax)', 18000]]
const peItem = (o) => row(PE_ITEMS, n(o))
const peForeign = (c) => n(c) % 5 === 0
const peBuyer = (c) => (peForeign(c) ? folk(c, 'uk') : folk(c, 'ke'))
const peMethod = (c, o) => (peForeign(c) ? row(['Visa', 'MasterCard', 'Visa', 'American Express'], n(o)) : row(['MPESA', 'MPESA', 'MPESA', 'Airtel Money', 'Visa', 'MPESA', 'MasterCard', 'Pesapal'], n(o) >> 1))
const peMobile = (m) => ['MPESA', 'Airtel Money'].includes(m)
const peCur = (c) => (peForeign(c) ? 'USD' : 'KES')
const peAmount = (c, o) => (peForeign(c) ? Math.round(peItem(o)[1] / 130) : peItem(o)[1])
const peStatus = (o) => row(['COMPLETED', 'COMPLETED', 'COMPLETED', 'FAILED', 'COMPLETED', 'COMPLETED', 'PENDING', 'COMPLETED', 'REVERSED', 'COMPLETED'], n(o) >> 2)
const peDone = (o) => ['COMPLETED', 'REVERSED'].includes(peStatus(o))
const peComm = (c, o) => (peDone(o) ? r2(peAmount(c, o) * 0.035) : 0)
const peMoney = (x) => thou(x, ',', '.')
const peCode = (c, o) => { const r = seeded(c, 'pec'); const m = peMethod(c, o); return !peDone(o) ? '' : m === 'MPESA' ? `S${v.pick(r, ['A', 'B', 'C', 'D'])}${v.alnum(r, 8).toUpperCase()}` : m === 'Airtel Money' ? `MP${v.digits(r, 6)}.${v.digits(r, 4)}.${v.alnum(r, 6).toUpperCase()}` : m === 'Pesapal' ? `PW${v.digits(r, 9)}` : v.digits(r, 6) }
const peAccount = (c, o) => { const m = peMethod(c, o); const r = seeded(c, 'pea'); return peMobile(m) ? `${peBuyer(c).mobile.slice(0, 6)}***${peBuyer(c).mobile.slice(-3)}` : m === 'Pesapal' ? peBuyer(c).email : `${m === 'Visa' ? '4' : m === 'MasterCard' ? '5' : '3'}${v.digits(r, 5)}******${v.digits(r, 4)}` }
const peDT = (ms) => { const p = ke(ms); return `${ymd(p)} ${hms(p)}` }

// ---------------------------------------------------------------- Fixr: a Leeds club night
const FX_TIX = [['Early Bird', 8.5], ['Tier 1', 11], ['Tier 2', 13.5], ['Final Release', 16], ['VIP Booth Entry (inc. drink)', 25], ['Tier 1', 11]]
const fxTix = (o) => row(FX_TIX, n(o))
const fxFee = (o) => r2(Math.max(0.75, fxTix(o)[1] * 0.1))
const fxPromo = (o) => (n(o) % 6 === 1 ? 'FRESHERS24' : '')
const fxTotal = (o) => r2((fxTix(o)[1] - (fxPromo(o) ? 1 : 0) + fxFee(o)) * o.qty)
const fxAt = (o) => Date.UTC(2024, 7, 1) + (n(o) % 50) * day + (n(o) % 86400) * 1000
const fxStatus = (o) => row(['Valid', 'Valid', 'Valid', 'Refunded', 'Valid', 'Transferred', 'Valid', 'Valid'], n(o) >> 1)
const fxIn = (o) => fxStatus(o) !== 'Refunded' && n(o) % 5 !== 0
const fxRef = (o) => v.alnum(v.rng(n(o) * 13 + 5), 8).toUpperCase().replace(/[^A-Z0-9]/g, 'X')
const LEEDS = ['LS6 1AN', 'LS6 3HN', 'LS2 9JT', 'LS4 2PR', 'LS3 1AB', 'LS8 2QB', 'M14 6HR', 'S10 2GW', 'YO10 5DD', 'NE2 4BH']
const fxBirth = (c) => { const r = seeded(c, 'fxb'); return Date.UTC(v.int(r, 1999, 2006), v.int(r, 0, 11), v.int(r, 1, 28)) }

// ---------------------------------------------------------------- BackaBuddy: a Cape Town animal-welfare charity
// [campaign, type, fundraiser]
const BB_CAMPS = [['Winter Blanket & Kibble Drive', 'Charity page', ''], ['Run for the Dogs - Two Oceans Half Marathon', 'Fundraiser', 'Megan Adams'], ['Emergency Vet Fund: Luna\'s Surgery', 'Charity page', ''], ['Sterilisation Day Khayelitsha', 'Charity page', ''], ['Cycle Tour for the Cats', 'Fundraiser', 'Ruan Botha'], ['Monthly Guardian Programme', 'Charity page', '']]
const bbCamp = (o) => row(BB_CAMPS, n(o))
const bbMonthly = (o) => bbCamp(o)[0] === 'Monthly Guardian Programme'
const bbAmount = (o) => (bbMonthly(o) ? row([100, 150, 250, 200], n(o) >> 3) : row([100, 250, 500, 50, 1000, 200, 150, 2500], n(o) >> 2))
const bbPay = (o) => (bbMonthly(o) ? 'Card' : row(['Card', 'Instant EFT', 'Card', 'SnapScan', 'Zapper', 'Card', 'Instant EFT'], n(o) >> 1))
const bbStatus = (o) => row(['Successful', 'Successful', 'Successful', 'Successful', 'Refunded', 'Successful', 'Pending', 'Successful'], n(o) >> 2)
const bbFee = (o) => r2(bbAmount(o) * (bbPay(o) === 'Instant EFT' ? 0.035 : 0.05) * 1.15)
const bb18a = (c) => n(c) % 3 !== 1
const bbAnon = (c) => n(c) % 7 === 3
const luhn = (ds) => { const sum = ds.split('').reverse().map(Number).reduce((a, x, i) => a + (i % 2 === 0 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0); return String((10 - (sum % 10)) % 10) }
const saId = (c) => { const p = v.parts(c.birth); const s = `${String(p.y).slice(2)}${pad(p.m)}${pad(p.d)}${c.female ? pad(n(c) % 5000, 4) : 5000 + (n(c) % 5000)}08`; return s + luhn(s) }
const bbDT = (ms) => { const p = za(ms); return `${ymd(p)} ${hm(p)}` }

// ---------------------------------------------------------------- PayProp: a Cape Town letting agency
// [property, reference, monthly rent, owner]
const PP_PROPS = [
  ['Unit 12, Sunset Villas, 45 Beach Road, Sea Point', 'SV12', 16500, 'J & M Pretorius Family Trust'],
  ['Flat 304, The Ambassador, 34 Victoria Road, Bantry Bay', 'AMB304', 24000, 'Ruth Goldberg'],
  ['8 Oak Lane, Rondebosch', 'OAK8', 28500, 'Fynbos Property Holdings (Pty) Ltd'],
  ['Unit 5, Harbour Mews, 19 Dock Road, Green Point', 'HM05', 13800, 'Ahmed Salie'],
  ['22 Kloof Nek Road, Tamboerskloof', 'KNR22', 19500, 'Willem Steyn'],
  ['Flat 17, Durbanville Gardens, Wellington Road, Durbanville', 'DG17', 9200, 'N Mokoena'],
  ['Room 3, 11 Main Road, Observatory (student let)', 'OBS11-3', 6500, 'Obs Student Living CC'],
]
const ppProp = (c) => row(PP_PROPS, n(c) % 7)
const ppCat = (o) => row(['Rent', 'Rent', 'Rent', 'Deposit', 'Rent', 'Water and electricity', 'Rent', 'Late payment fee'], n(o) >> 1)
const ppAmount = (c, o) => ({ Rent: ppProp(c)[2], Deposit: ppProp(c)[2] * 1.5, 'Water and electricity': 640 + (n(o) % 900), 'Late payment fee': 350 })[ppCat(o)]
const ppComm = (c, o) => (ppCat(o) === 'Rent' ? r2(ppAmount(c, o) * 0.08 * 1.15) : 0)
const ppVat = (c, o) => r2(ppComm(c, o) - ppComm(c, o) / 1.15)
const ppRecon = (o) => { const p = za(o.at); return Date.UTC(p.y, p.m - 1, p.d) }
const ppMonth = (o) => ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][za(o.at).m - 1]
const ppDesc = (o) => ({ Rent: `Rent ${ppMonth(o)} ${za(o.at).y}`, Deposit: 'Deposit (1.5 x rent)', 'Water and electricity': `Municipal recovery ${ppMonth(o)}`, 'Late payment fee': 'Late payment fee' })[ppCat(o)]

// ---------------------------------------------------------------- Bob Shop: a Durban refurbished-laptop seller
const ZA_PLACES = [['Umhlanga', 'Durban', '4319', 'KwaZulu-Natal'], ['Morningside', 'Durban', '4001', 'KwaZulu-Natal'], ['Pinetown', 'Pinetown', '3610', 'KwaZulu-Natal'], ['Sandton', 'Johannesburg', '2196', 'Gauteng'], ['Soweto', 'Johannesburg', '1804', 'Gauteng'], ['Hatfield', 'Pretoria', '0083', 'Gauteng'], ['Sea Point', 'Cape Town', '8005', 'Western Cape'], ['Bellville', 'Cape Town', '7530', 'Western Cape'], ['Summerstrand', 'Gqeberha', '6001', 'Eastern Cape'], ['Willows', 'Bloemfontein', '9301', 'Free State']]
const ZA_STREETS = ['Florida Road', 'Chartwell Drive', 'Old Main Road', 'Rivonia Road', 'Vilakazi Street', 'Burnett Street', 'Main Road', 'Voortrekker Road', 'Marine Drive', 'Parfitt Avenue']
const zaHome = (c) => { const i = n(c) % 10; return [...ZA_PLACES[i], `${(n(c) % 180) + 1} ${ZA_STREETS[i]}`] }
const BS_ITEMS = [['LT-DL5490-i5', 'Refurbished Dell Latitude 5490 14" i5-8350U 8GB 256GB SSD Win 11 Pro', 4999], ['LT-HP840G5-i7', 'Refurbished HP EliteBook 840 G5 i7 16GB 512GB SSD', 7499], ['LT-LNT480-i5', 'Refurbished Lenovo ThinkPad T480 i5 8GB 256GB (Grade B)', 4299], ['CH-USBC65W', 'USB-C 65W Laptop Charger (Dell/HP/Lenovo)', 349], ['LT-MBA2017', 'Refurbished Apple MacBook Air 13" 2017 i5 8GB 128GB', 6299], ['BAG-156-BLK', 'Laptop Backpack 15.6" Black', 299], ['SSD-512-SATA', '512GB SATA SSD Upgrade incl. cloning', 749]]
const bsItem = (o) => row(BS_ITEMS, n(o))
const bsQty = (o) => (bsItem(o)[2] < 800 ? o.qty : 1)
const bsShip = (c, o) => (n(o) % 7 === 3 ? ['Collect (Pinetown)', 0] : zaHome(c)[3] === 'KwaZulu-Natal' ? row([['The Courier Guy', 99], ['PAXI (PEP store)', 59.95], ['Pargo pickup point', 65]], n(o) >> 1) : row([['The Courier Guy', 120], ['Pargo pickup point', 65], ['PAXI (PEP store)', 59.95], ['PostNet to PostNet', 109.95]], n(o) >> 1))
const bsTotal = (c, o) => r2(bsItem(o)[2] * bsQty(o) + bsShip(c, o)[1])
const bsPayStatus = (o) => row(['Paid', 'Paid', 'Paid', 'Awaiting payment', 'Paid', 'Paid', 'Cancelled', 'Paid'], n(o) >> 2)
const bsOrderStatus = (o) => (bsPayStatus(o) === 'Cancelled' ? 'Cancelled' : bsPayStatus(o) === 'Awaiting payment' ? 'Awaiting payment' : row(['Shipped', 'Collected / received', 'Shipped', 'Ready to ship', 'Collected / received'], n(o) >> 1))
const bsShipped = (o) => ['Shipped', 'Collected / received'].includes(bsOrderStatus(o))
const bsAt = (o) => Date.UTC(2023, 3, 1) + (o.at % (600 * day))
const bsDT = (ms) => { const p = za(ms); return `${ymd(p, '/')} ${hm(p)}` }

// ---------------------------------------------------------------- Legitfit: a Galway pilates studio
const LF_CLASSES = [['Reformer Pilates - Foundations', 'Niamh Burke', 50], ['Reformer Pilates - Intermediate', 'Niamh Burke', 50], ['Mat Pilates', 'Aoife Joyce', 45], ['Hot Yoga Flow', 'Clodagh Ryan', 60], ['Barre Burn', 'Aoife Joyce', 45], ['Yin & Restore', 'Clodagh Ryan', 75], ['Reformer Pilates - Intermediate', 'Darragh Keane', 50]]
const lfClass = (o) => row(LF_CLASSES, n(o))
const lfPass = (c) => row(['Unlimited Monthly', '8 Classes / Month', '10 Class Pack', 'Drop-in', 'Intro Offer: 3 for €39', 'Unlimited Monthly', '10 Class Pack'], n(c) >> 1)
const lfType = (c) => ({ 'Unlimited Monthly': 'Membership', '8 Classes / Month': 'Membership', '10 Class Pack': 'Class pack', 'Drop-in': 'Drop-in', 'Intro Offer: 3 for €39': 'Intro offer' })[lfPass(c)]
const lfSlot = (o) => { const base = Date.UTC(2024, 8, 2) + (n(o) % 70) * day; return base + [6, 7, 9, 12, 17, 18, 19][n(o) % 7] * 3600000 + ((n(o) >> 3) % 2) * 1800000 - 3600000 }
const lfBooked = (o) => inHours(lfSlot(o) - (1 + (n(o) % 9)) * day + (n(o) % 50000) * 1000, gb, 6, 22)
const lfStatus = (o) => row(['Attended', 'Attended', 'Booked', 'Attended', 'Late cancel', 'Attended', 'No show', 'Cancelled', 'Attended', 'Waitlist'], n(o) >> 1)
const IE_PLACES = ['Galway', 'Salthill', 'Oranmore', 'Knocknacarra', 'Claregalway', 'Moycullen']

// ---------------------------------------------------------------- Dentally: a Bristol dental practice
const BRIS = [['Bristol', 'BS6 5NG', 'Gloucester Road', 'Bishopston'], ['Bristol', 'BS8 4DS', 'Whiteladies Road', 'Clifton'], ['Bath', 'BA1 5LR', 'Weston Road', ''], ['Portishead', 'BS20 7HQ', 'High Street', ''], ['Keynsham', 'BS31 1AZ', 'Bath Hill', ''], ['Clevedon', 'BS21 7QP', 'Old Church Road', ''], ['Bristol', 'BS7 8PJ', 'Filton Avenue', 'Horfield'], ['Weston-super-Mare', 'BS23 1JY', 'Boulevard', '']]
const dnHome = (c) => row(BRIS, n(c) % 8)
const dnCounty = (t) => (t === 'Bristol' ? 'City of Bristol' : t === 'Bath' || t === 'Keynsham' ? 'Bath and North East Somerset' : 'North Somerset')
const dnPlan = (c) => row(['NHS', 'Private', 'Denplan Care', 'NHS', 'Practice Plan Essentials', 'Private', 'Denplan Essentials', 'NHS'], n(c) >> 1)
const dnLast = (c) => Date.UTC(2024, 0, 8) + (n(c) % 480) * day + (9 + (n(c) % 8)) * 3600000
const nhsNo = (c) => { const r = seeded(c, 'nhs'); const ds = Array.from({ length: 9 }, () => v.int(r, 0, 9)); const s = ds.reduce((a, x, i) => a + x * (10 - i), 0) % 11; const k = (11 - s) % 11; const all = [...ds, k === 10 ? 0 : k].join(''); return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}` }
const dnBirth = (c) => c.birth + (n(c) % 3 === 0 ? 30 * 365 * day : 0)
const dnActive = (c) => n(c) % 9 !== 4
const dnArea = (t) => ({ Bristol: '0117', Bath: '01225', Keynsham: '0117', Portishead: '01275', Clevedon: '01275', 'Weston-super-Mare': '01934' })[t]

// ---------------------------------------------------------------- Hapana: an Auckland boutique fitness studio
const AKL = [['Ponsonby', '1011', 'Ponsonby Road'], ['Grey Lynn', '1021', 'Great North Road'], ['Mt Eden', '1024', 'Dominion Road'], ['Parnell', '1052', 'Parnell Road'], ['Remuera', '1050', 'Remuera Road'], ['Takapuna', '0622', 'Hurstmere Road'], ['Devonport', '0624', 'Victoria Road'], ['Newmarket', '1023', 'Broadway']]
const hpHome = (c) => row(AKL, n(c) % 8)
const hpStatus = (c) => row(['Active', 'Active', 'Active', 'Suspended', 'Active', 'Lead', 'Cancelled', 'Active', 'Active'], n(c))
const hpPlan = (c) => (hpStatus(c) === 'Lead' ? '' : row(['Unlimited 12 Month', 'Unlimited No Term', '3x Weekly 12 Month', '20 Class Pack', 'Student Unlimited', 'Corporate Unlimited'], n(c) >> 1))
const hpStart = (c) => c.created + (5 + (n(c) % 40)) * day
const hpVisits = (c) => (hpStatus(c) === 'Lead' ? 0 : 4 + (n(c) % 260))
const hpBirth = (c) => { const r = seeded(c, 'hpb'); return Date.UTC(v.int(r, 1970, 2004), v.int(r, 0, 11), v.int(r, 1, 28)) }

// ---------------------------------------------------------------- Pure360: a garden-centre chain's newsletter list
const PU_STORES = [['Bramblewood Ripley', 'GU23 6BB'], ['Bramblewood Wisley Lane', 'KT11 1HJ'], ['Bramblewood Farnham', 'GU10 5EE'], ['Bramblewood Horsham', 'RH12 3SF'], ['Bramblewood Sevenoaks', 'TN14 6PA']]
const PU_PC = ['GU22 7QQ', 'GU1 3RJ', 'KT13 8NE', 'GU9 8HB', 'RH13 5PX', 'TN13 1DR', 'KT22 7BD', 'GU21 4XA']
const puStatus = (c) => row(['Opted in', 'Opted in', 'Opted in', 'Opted out', 'Opted in', 'Bounced', 'Opted in', 'Incomplete double opt-in'], n(c))
const puD = (ms) => { const p = gb(ms); return `${dmy(p, '/')}` }
const puLast = (c) => Math.max(c.created, c.updated) + (n(c) % 20) * day

// ---------------------------------------------------------------- Glenigan: project contacts for a cladding supplier
// [company, address 1, address 2, town, county, postcode, telephone, website, role]
const GL_FIRMS = [
  ['Bowmer & Kirkland Ltd', 'High Edge Court', 'Church Street, Heage', 'Belper', 'Derbyshire', 'DE56 2BW', '01773 853131', 'www.bandk.co.uk', 'Main Contractor'],
  ['Stephen George + Partners LLP', 'Lambert House', '1 Ipswich Road', 'Leicester', 'Leicestershire', 'LE2 1AP', '0116 247 0057', 'www.stephengeorge.co.uk', 'Architect'],
  ['Morgan Sindall Construction', 'Kent House', '14-17 Market Place', 'London', 'Greater London', 'W1W 8AJ', '020 7307 9200', 'www.morgansindall.com', 'Main Contractor'],
  ['Curtins Consulting Ltd', '26-29 St Cross Street', '', 'Manchester', 'Greater Manchester', 'M2 1DH', '0161 236 2394', 'www.curtins.com', 'Structural Engineer'],
  ['Rider Levett Bucknall UK Ltd', '1 Colmore Square', '', 'Birmingham', 'West Midlands', 'B4 6AA', '0121 503 1500', 'www.rlb.com', 'Quantity Surveyor'],
  ['Nottingham City Council', 'Loxley House', 'Station Street', 'Nottingham', 'Nottinghamshire', 'NG2 3NG', '0115 915 5555', 'www.nottinghamcity.gov.uk', 'Client'],
  ['Hall Construction Services Ltd', 'Wentworth House', 'Doncaster Road', 'Rotherham', 'South Yorkshire', 'S65 1BL', '01709 836100', 'www.hallconstruction.co.uk', 'Main Contractor'],
]
const glFirm = (c) => row(GL_FIRMS, n(c) % 7)
// [title, value (£m), stage, planning stage, site town, site postcode]
const GL_PROJ = [['Student Accommodation (412 Beds) - Mansfield Road', 38.5, 'Pre-Tender', 'Detailed Plans Granted', 'Nottingham', 'NG5 2DW'], ['Secondary School Extension & Sports Hall', 7.2, 'Tender', 'Detailed Plans Granted', 'Derby', 'DE23 6GH'], ['Mixed Use Development (146 Flats/Retail) - Digbeth', 54, 'Contract Awarded', 'Detailed Plans Granted', 'Birmingham', 'B5 6DY'], ['Distribution Warehouse (Unit 4, 220,000 sq ft)', 21.7, 'Planning', 'Outline Plans Submitted', 'Rotherham', 'S60 5WG'], ['Hospital Outpatients Block Refurbishment', 12.4, 'Pre-Tender', 'Plans Not Required', 'Leicester', 'LE1 5WW'], ['Later Living Apartments (68 Units)', 16.9, 'Contract Awarded', 'Reserved Matters Granted', 'Sheffield', 'S11 8HW']]
const glProj = (c) => row(GL_PROJ, n(c) >> 1)
const GL_JOBS = ['Managing Director', 'Project Architect', 'Senior Buyer', 'Contracts Manager', 'Associate Director', 'Estimating Manager', 'Design Manager', 'Procurement Manager', 'Project Manager']
const glDomain = (c) => glFirm(c)[7].replace(/^www\./, '')

// ---------------------------------------------------------------- Salesflow: payroll-software prospecting (UK)
// [company, website, industry, location]
const SF_FIRMS = [['Pennine Care Homes Ltd', 'penninecarehomes.co.uk', 'Hospital & Health Care', 'Oldham, England, United Kingdom'], ['Northstar Logistics', 'northstarlogistics.co.uk', 'Logistics & Supply Chain', 'Warrington, England, United Kingdom'], ['The Crafty Pig Group', 'craftypig.co.uk', 'Restaurants', 'Manchester, England, United Kingdom'], ['Aire Valley Engineering Ltd', 'airevalleyeng.co.uk', 'Mechanical or Industrial Engineering', 'Keighley, England, United Kingdom'], ['Brightside Recruitment', 'brightside-rec.com', 'Staffing & Recruiting', 'Leeds, England, United Kingdom'], ['Clyde Street Dental Group', 'clydestreetdental.co.uk', 'Medical Practice', 'Glasgow, Scotland, United Kingdom'], ['Harbour & Finch Hotels', 'harbourfinch.com', 'Hospitality', 'Bristol, England, United Kingdom']]
const sfFirm = (c) => row(SF_FIRMS, n(c) % 7)
const SF_JOBS = ['HR Director', 'Head of People', 'Finance Director', 'Payroll Manager', 'People & Culture Manager', 'Chief Operating Officer', 'Financial Controller', 'HR Business Partner']
const sfStatus = (c) => row(['Connection request sent', 'Connected', 'Replied', 'Connected', 'Connection request sent', 'Withdrawn', 'Replied', 'Not yet contacted', 'Connected'], n(c))
const sfSent = (c) => (sfStatus(c) === 'Not yet contacted' ? 0 : Date.UTC(2024, 3, 1) + (n(c) % 150) * day + (n(c) % 50000) * 1000)
const sfConn = (c) => (['Connected', 'Replied'].includes(sfStatus(c)) ? sfSent(c) + (1 + (n(c) % 6)) * day + (n(c) % 30000) * 1000 : 0)

// ---------------------------------------------------------------- Zymplify: a Kilkenny IT managed-services firm's prospects
// [company, domain, employees, industry, address, city, county, eircode, phone]
const ZY_FIRMS = [
  ['Nore Valley Dairies', 'norevalleydairies.ie', '51-200', 'Food & Beverages', 'Bennettsbridge Road', 'Kilkenny', 'Co. Kilkenny', 'R95 X2K7', '+353 56 772 1400'],
  ['Suir Engineering Ltd', 'suirengineering.ie', '201-500', 'Construction', 'Cahir Business Park', 'Cahir', 'Co. Tipperary', 'E21 KX93', '+353 52 744 1380'],
  ['Carlow Precision Plastics', 'carlowplastics.ie', '51-200', 'Plastics', 'Unit 4, Strawhall Industrial Estate', 'Carlow', 'Co. Carlow', 'R93 Y0K4', '+353 59 913 2250'],
  ['Marble City Accountants', 'marblecityaccountants.ie', '11-50', 'Accounting', '12 Patrick Street', 'Kilkenny', 'Co. Kilkenny', 'R95 EF82', '+353 56 776 3011'],
  ['Waterford Logistics Group', 'waterfordlogistics.ie', '51-200', 'Logistics & Supply Chain', 'IDA Industrial Estate, Cork Road', 'Waterford', 'Co. Waterford', 'X91 P2H6', '+353 51 355 900'],
  ['Ossory Credit Union', 'ossorycu.ie', '11-50', 'Financial Services', 'High Street', 'Kilkenny', 'Co. Kilkenny', 'R95 YD72', '+353 56 772 2488'],
  ['Slaney Vets', 'slaneyvets.ie', '11-50', 'Veterinary', 'Shannon Quay', 'Enniscorthy', 'Co. Wexford', 'Y21 R6W3', '+353 53 923 3370'],
]
const zyFirm = (c) => row(ZY_FIRMS, n(c) % 7)
// [job title, seniority, department]
const ZY_JOBS = [['Financial Controller', 'Manager', 'Finance'], ['Operations Director', 'Director', 'Operations'], ['IT Manager', 'Manager', 'Information Technology'], ['Managing Director', 'Owner / C-level', 'Management'], ['Office Manager', 'Manager', 'Administration'], ['Head of IT', 'Head', 'Information Technology'], ['Practice Manager', 'Manager', 'Administration']]
const zyJob = (c) => row(ZY_JOBS, n(c) >> 1)
const zyStage = (c) => row(['Subscriber', 'Lead', 'Marketing Qualified Lead', 'Lead', 'Sales Qualified Lead', 'Opportunity', 'Customer', 'Lead'], n(c) >> 2)
const irMobile = (c) => { const r = seeded(c, 'zym'); return `+353 8${v.pick(r, ['3', '5', '6', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` }
const isoZ = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export const SETS = [
  // ---------------------------------------------------------------- Kenya: payment gateway statement
  { name: 'pesapal-transactions-export-ke', product: 'Pesapal (Kenyan payment gateway; Merchant dashboard > Transactions / Statement > select From - To > Export to Excel, one row per payment with its M-Pesa, Airtel Money or card confirmation code, commission and net amount, a lodge and campsite on Lake Naivasha taking deposits and balances from Kenyan and foreign guests)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o) => peDT(o.at), ['timestamp']],
    ['Reference', (c, o) => `NLR-${24000 + (n(o) % 9000)}`, [OR('purchaseID')]],
    ['Tracking ID', (c, o) => v.uuid(v.rng(n(o) * 31 + 7)), [OR('payments[0].transactionID')]],
    ['Buyer name', (c) => peBuyer(c).full, []],
    ['Email', (c) => peBuyer(c).email, EMAIL_ID],
    ['Phone', (c) => (peForeign(c) ? `+44${peBuyer(c).mobile.slice(1).replace(' ', '')}` : peBuyer(c).mobile), PHONE_ID, opt],
    ['Description', (c, o) => peItem(o)[0], [PL('name')], opt],
    ['Payment Method', (c, o) => peMethod(c, o), [OR('payments[0].paymentType')]],
    ['Payment Account', (c, o) => peAccount(c, o), []],
    ['Confirmation Code', (c, o) => peCode(c, o), [OR('payments[0].transactionID')], opt],
    ['Currency', (c) => peCur(c), [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => peMoney(peAmount(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Commission', (c, o) => peMoney(peComm(c, o)), []],
    ['Net amount', (c, o) => peMoney(peDone(o) ? peAmount(c, o) - peComm(c, o) : 0), []],
    ['Status', (c, o) => peStatus(o), []],
  ] },

  // ---------------------------------------------------------------- UK: ticketing app, one row per ticket
  { name: 'fixr-ticket-sales-export-uk', product: 'Fixr (UK event ticketing app for club nights and student events; Organiser dashboard > Event > Sales > Export (CSV), one row per ticket with the booking, buyer, rep and check-in, a Leeds warehouse club night during freshers\' fortnight)', family: 'events', language: 'en', schema: E, cols: [
    ['Booking Reference', (c, o) => fxRef(o), [OR('purchaseID')]],
    ['Ticket Reference', (c, o, r, i) => `${fxRef(o)}-${(i % o.qty) + 1}`, []],
    ['Purchase Date', (c, o) => ukDT(inHours(fxAt(o), gb, 9, 23)), ['timestamp', OR('createdDate')]],
    ['Event', () => 'Tannery Sessions: Freshers Launch Party', []],
    ['Event Date', () => '21/09/2024 22:00', []],
    ['Ticket Type', (c, o) => fxTix(o)[0], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Ticket Price', (c, o) => num(fxTix(o)[1]), [], opt],
    ['Booking Fee', (c, o) => num(fxFee(o) * o.qty), []],
    ['Discount', (c, o) => num(fxPromo(o) ? o.qty : 0), [OR('discountAmount')]],
    ['Total Paid', (c, o) => num(fxTotal(o)), [OR('priceTotal')]],
    ['Promo Code', (c, o) => fxPromo(o), ['commerce.promotionID']],
    ['Rep', (c, o) => row(['', '', 'jess-m', 'leedsuni-tom', '', 'ellie.rep', '', 'amir_k'], n(o) >> 2), ['marketing.trackingCode'], opt],
    ['First Name', (c) => folk(c, 'uk').first, []],
    ['Last Name', (c) => folk(c, 'uk').last, []],
    ['Email', (c) => folk(c, 'uk').email, EMAIL_ID],
    ['Mobile Number', (c) => folk(c, 'uk').mobile.replace(/^0/, '+44').replace(' ', ''), PHONE_ID, opt],
    ['Date of Birth', (c) => dmy(v.parts(fxBirth(c)), '/'), []],
    ['Gender', (c) => (n(c) % 11 === 0 ? 'Prefer not to say' : c.female ? 'Female' : 'Male'), []],
    ['Postcode', (c) => row(LEEDS, n(c) % 10), [BILL('postalCode')], opt],
    ['Status', (c, o) => fxStatus(o), []],
    ['Checked In', (c, o) => (fxIn(o) ? 'Yes' : 'No'), []],
    ['Check-in Time', (c, o) => (fxIn(o) ? `${n(o) % 3 === 0 ? '22' : '21'}/09/2024 ${pad(n(o) % 3 === 0 ? 0 : 22 + (n(o) % 2))}:${pad(n(o) % 60)}` : ''), []],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },

  // ---------------------------------------------------------------- South Africa: crowdfunding and donations platform
  { name: 'backabuddy-donations-export-za', product: 'BackaBuddy (South African crowdfunding and online donations platform; Charity dashboard > Donations > Export (CSV), one row per donation to the charity\'s own pages and its supporters\' fundraisers, with the donor\'s Section 18A tax-certificate details, an animal-welfare charity in Cape Town)', family: 'donations', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o) => String(1480000 + n(o) * 7), [OR('purchaseID')]],
    ['Date', (c, o) => bbDT(o.at), ['timestamp']],
    ['Campaign', (c, o) => bbCamp(o)[0], ['marketing.campaignName'], opt],
    ['Campaign Type', (c, o) => bbCamp(o)[1], []],
    ['Fundraiser', (c, o) => bbCamp(o)[2], []],
    ['Donor Name', (c) => folk(c, 'za').full, []],
    ['Donor Email', (c) => folk(c, 'za').email, EMAIL_ID],
    ['Donor Phone', (c) => (n(c) % 4 === 0 ? '' : folk(c, 'za').mobile), PHONE_ID, opt],
    ['Anonymous', (c) => (bbAnon(c) ? 'Yes' : 'No'), []],
    ['Message', (c, o) => (n(o) % 3 === 1 ? '' : bbCamp(o)[2] ? `Go ${bbCamp(o)[2].split(' ')[0]}!` : bbCamp(o)[0].includes('Luna') ? 'For Luna - get well soon!' : row(['Keep up the amazing work', '', 'In memory of Bella', 'Thank you for all you do'], n(o) >> 2)), []],
    ['Recurring', (c, o) => (bbMonthly(o) ? 'Monthly' : 'Once-off'), []],
    ['Payment Method', (c, o) => bbPay(o), [OR('payments[0].paymentType')]],
    ['Currency', () => 'ZAR', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => num(bbAmount(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Transaction Fee', (c, o) => num(bbFee(o)), []],
    ['Net Amount', (c, o) => num(bbAmount(o) - bbFee(o)), []],
    ['Status', (c, o) => bbStatus(o), []],
    ['Section 18A Requested', (c) => (bb18a(c) ? 'Yes' : 'No'), []],
    ['ID Number', (c) => (bb18a(c) ? saId(c) : ''), []],
    ['Address', (c) => (bb18a(c) ? zaHome(c)[4] : ''), [BILL('street1')], opt],
    ['Suburb', (c) => (bb18a(c) ? zaHome(c)[0] : ''), [BILL('street2')], opt],
    ['City', (c) => (bb18a(c) ? zaHome(c)[1] : ''), [BILL('city')], opt],
    ['Postal Code', (c) => (bb18a(c) ? zaHome(c)[2] : ''), [BILL('postalCode')], opt],
    ['Certificate Number', (c, o) => (bb18a(c) && bbStatus(o) === 'Successful' ? `S18A-${za(o.at).y}-${pad(n(o) % 100000, 5)}` : ''), []],
  ] },

  // ---------------------------------------------------------------- South Africa: rental-payment platform
  { name: 'payprop-transaction-history-export-za', product: 'PayProp (South African rental payment and reconciliation platform for letting agents; Reports > View all reports > Transaction history > Download CSV, filtered to incoming tenant payments, one row per reconciled payment with its property, tenant, category and commission, a residential letting agency on the Atlantic Seaboard, Cape Town)', family: 'property', language: 'en', schema: E, cols: [
    ['Reconciliation date', (c, o) => ymd(v.parts(ppRecon(o))), ['timestamp']],
    ['Remittance date', (c, o) => ymd(v.parts(ppRecon(o) + (1 + (n(o) % 2)) * day)), []],
    ['Payment ID', (c, o) => v.alnum(v.rng(n(o) * 17 + 2), 10), [OR('payments[0].transactionID')]],
    ['Type', () => 'Incoming payment', []],
    ['Property', (c) => ppProp(c)[0], []],
    ['Property reference', (c) => ppProp(c)[1], []],
    ['Tenant', (c) => folk(c, 'za').full, []],
    ['Tenant reference', (c) => `PP${v.alnum(seeded(c, 'ppt'), 6).toUpperCase()}`, CUST_ID, opt],
    ['Tenant e-mail', (c) => folk(c, 'za').email, EMAIL_ID],
    ['Tenant mobile', (c) => `+27${folk(c, 'za').mobile.slice(1).replace(/ /g, '')}`, PHONE_ID, opt],
    ['Category', (c, o) => ppCat(o), [PL('name')], opt],
    ['Description', (c, o) => ppDesc(o), []],
    ['Payment method', (c, o) => row(['EFT', 'EFT', 'Debit order', 'Cash deposit', 'EFT', 'Instant EFT'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Bank reference', (c) => `PP${v.alnum(seeded(c, 'ppt'), 6).toUpperCase()} ${ppProp(c)[1]}`, []],
    ['Amount', (c, o) => num(ppAmount(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Commission', (c, o) => num(ppComm(c, o)), []],
    ['VAT', (c, o) => num(ppVat(c, o)), []],
    ['Beneficiary', (c) => ppProp(c)[3], []],
    ['Status', (c, o) => (o.at > Date.UTC(2024, 10, 1) ? 'Reconciled' : 'Paid out'), []],
    ['Agent', (c) => row(['Carmen Jacobs', 'Liezl du Toit', 'Sizwe Mthembu'], n(c) >> 2), []],
  ] },

  // ---------------------------------------------------------------- South Africa: marketplace seller orders
  { name: 'bobshop-sales-report-export-za', product: 'Bob Shop (South African online marketplace, formerly bidorbuy; My account > Selling > Sales > Orders > Downloadable report (CSV), one row per order line with the buyer, delivery address, shipping and success fee, a Pinetown seller of refurbished business laptops and accessories)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(71000000 + n(o) * 37), [OR('purchaseID')]],
    ['Order Date', (c, o) => bsDT(bsAt(o)), ['timestamp', OR('createdDate')]],
    ['Item Number', (c, o) => String(640000000 + (n(o) % 7) * 1117 + 11), [PL('SKU')], opt],
    ['Product Code', (c, o) => bsItem(o)[0], [PL('SKU')]],
    ['Item Title', (c, o) => bsItem(o)[1], [PL('name')]],
    ['Listing Type', (c, o) => (n(o) % 9 === 4 ? 'Auction' : 'Buy Now'), []],
    ['Quantity', (c, o) => String(bsQty(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => num(bsItem(o)[2]), [], opt],
    ['Shipping Method', (c, o) => bsShip(c, o)[0], ['commerce.shipping.shippingMethod']],
    ['Shipping Cost', (c, o) => num(bsShip(c, o)[1]), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o) => num(bsTotal(c, o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Instant EFT', 'Credit card', 'Instant EFT', 'Bob Pay wallet', 'Manual EFT', 'Credit card'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => bsPayStatus(o), []],
    ['Order Status', (c, o) => bsOrderStatus(o), []],
    ['Buyer User ID', (c) => `${plain(folk(c, 'za').first)}_${row(['dbn', 'jhb', 'cpt', 'pta', 'za'], n(c) >> 1)}${(n(c) % 90) + 10}`, CUST_ID, opt],
    ['Buyer Name', (c) => folk(c, 'za').full, []],
    ['Buyer Email', (c) => folk(c, 'za').email, EMAIL_ID],
    ['Buyer Phone', (c) => folk(c, 'za').mobile, PHONE_ID, opt],
    ['Delivery Address', (c, o) => (bsShip(c, o)[1] === 0 ? '' : zaHome(c)[4]), [SHIP('street1')]],
    ['Suburb', (c, o) => (bsShip(c, o)[1] === 0 ? '' : zaHome(c)[0]), [SHIP('street2')], opt],
    ['City', (c, o) => (bsShip(c, o)[1] === 0 ? '' : zaHome(c)[1]), [SHIP('city')]],
    ['Province', (c, o) => (bsShip(c, o)[1] === 0 ? '' : zaHome(c)[3]), STATE(['commerce.shipping.address'])],
    ['Postal Code', (c, o) => (bsShip(c, o)[1] === 0 ? '' : zaHome(c)[2]), [SHIP('postalCode')]],
    ['Tracking Number', (c, o) => (bsShipped(o) && bsShip(c, o)[1] > 0 ? String(5600000000 + n(o) * 97) : ''), ['commerce.shipping.trackingNumber'], opt],
    ['Success Fee', (c, o) => num(bsPayStatus(o) === 'Cancelled' ? 0 : bsItem(o)[2] * bsQty(o) * 0.069), []],
  ] },

  // ---------------------------------------------------------------- Ireland: fitness booking app, bookings report
  { name: 'legitfit-bookings-report-export-ie', product: 'Legitfit (Irish booking, membership and payments app for fitness studios; Reports > Bookings > View more > Download CSV, one row per class booking with the client, the pass it used and its attendance, a reformer pilates and yoga studio with two locations in Galway)', family: 'fitness', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => String(880000 + n(o) * 11), ['_id', OR('purchaseID')], opt],
    ['Booked At', (c, o) => ukDT(lfBooked(o)), ['timestamp']],
    ['Class', (c, o) => lfClass(o)[0], [PL('name')], opt],
    ['Class Date', (c, o) => ukD(lfSlot(o)), []],
    ['Start Time', (c, o) => hm(gb(lfSlot(o))), []],
    ['Duration (mins)', (c, o) => String(lfClass(o)[2]), []],
    ['Instructor', (c, o) => lfClass(o)[1], []],
    ['Location', (c, o) => (n(o) % 3 === 0 ? 'Salt Studio - Salthill Promenade' : 'Salt Studio - Dock Road'), ['placeContext.POIinteraction.poiDetail.name'], opt],
    ['Client Name', (c) => folk(c, 'ie').full, []],
    ['Client Email', (c) => folk(c, 'ie').email, EMAIL_ID],
    ['Client Phone', (c) => `+353 ${folk(c, 'ie').mobile.slice(1)}`, PHONE_ID, opt],
    ['Booking Type', (c) => lfType(c), []],
    ['Paid With', (c) => lfPass(c), []],
    ['Amount', (c) => (lfPass(c) === 'Drop-in' ? '22.00' : '0.00'), [OR('priceTotal')], opt],
    ['Currency', () => 'EUR', [OR('currencyCode')], opt],
    ['Status', (c, o) => lfStatus(o), []],
    ['Checked In', (c, o) => (lfStatus(o) === 'Attended' ? 'Yes' : 'No'), []],
    ['Cancelled At', (c, o) => (['Late cancel', 'Cancelled'].includes(lfStatus(o)) ? ukDT(lfSlot(o) - (lfStatus(o) === 'Late cancel' ? 3 : 30) * 3600000) : ''), [OR('cancelDate')], opt],
    ['Booked Via', (c, o) => row(['App', 'App', 'Web', 'App', 'Admin', 'App'], n(o) >> 2), []],
    ['Spot', (c, o) => (lfClass(o)[0].startsWith('Reformer') ? `Reformer ${(n(o) % 10) + 1}` : ''), []],
    ['Town', (c) => row(IE_PLACES, n(c) % 6), [], opt],
  ] },

  // ---------------------------------------------------------------- UK: dental practice software, patient list
  { name: 'dentally-patients-export-uk', product: 'Dentally (UK cloud dental practice software; Reports > Patients > Patient list > Export (CSV), one row per patient with contact details, clinicians, payment plan and recall, a mixed NHS and private practice in Bristol)', family: 'dental', language: 'en', schema: P, cols: [
    ['Patient ID', (c) => String(100000 + (n(c) * 3) % 899999), ['_id', 'personID']],
    ['Title', (c) => folk(c, 'uk').title, ['person.name.courtesyTitle']],
    ['First name', (c) => folk(c, 'uk').first, ['person.name.firstName']],
    ['Middle name', (c) => (n(c) % 4 === 0 ? row(['Anne', 'James', 'Louise', 'Edward', 'Rose', 'Michael'], n(c) >> 2) : ''), ['person.name.middleName']],
    ['Last name', (c) => folk(c, 'uk').last, ['person.name.lastName']],
    ['Date of birth', (c) => dmy(v.parts(dnBirth(c)), '/'), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['NHS number', (c) => (dnPlan(c) === 'NHS' || n(c) % 3 === 0 ? nhsNo(c) : ''), []],
    ['Address line 1', (c) => `${(n(c) % 180) + 1} ${dnHome(c)[2]}`, at(HOME, 'street1')],
    ['Address line 2', (c) => dnHome(c)[3], at(HOME, 'street2')],
    ['Town', (c) => dnHome(c)[0], at(HOME, 'city')],
    ['County', (c) => dnCounty(dnHome(c)[0]), STATE(HOME)],
    ['Postcode', (c) => dnHome(c)[1], at(HOME, 'postalCode')],
    ['Home phone', (c) => (n(c) % 3 === 0 ? `${dnArea(dnHome(c)[0])} ${v.int(seeded(c, 'dnh'), 300, 979)} ${v.int(seeded(c, 'dnh2'), 1000, 9999)}` : ''), ['homePhone.number']],
    ['Mobile phone', (c) => folk(c, 'uk').mobile, ['mobilePhone.number']],
    ['Work phone', (c) => (n(c) % 7 === 0 ? `0117 ${v.int(seeded(c, 'dnw'), 300, 399)} ${v.int(seeded(c, 'dnw2'), 1000, 9999)}` : ''), ['workPhone.number']],
    ['Email', (c) => (n(c) % 10 === 5 ? '' : folk(c, 'uk').email), ['personalEmail.address']],
    ['Preferred contact method', (c) => row(['SMS', 'Email', 'SMS', 'Phone', 'Letter', 'SMS'], n(c) >> 1), []],
    ['Site', (c) => (n(c) % 3 === 1 ? 'Clifton' : 'Gloucester Road'), []],
    ['Dentist', (c) => row(['Dr Sarah Whitfield', 'Dr Raj Mehta', 'Dr Tom Avery'], n(c) >> 2), []],
    ['Hygienist', (c) => row(['Kate Lomas', 'Priya Nair', ''], n(c) >> 3), []],
    ['Payment plan', (c) => dnPlan(c), []],
    ['Acquisition source', (c) => row(['Recommendation', 'Google', '', 'Walk-in', 'Facebook', 'NHS referral', 'Google'], n(c) >> 1), [], opt],
    ['Marketing consent', (c) => (n(c) % 5 === 0 ? 'Unknown' : c.bool ? 'Yes' : 'No'), [], opt],
    ['Occupation', (c) => (v.parts(dnBirth(c)).y > 2004 ? 'Student' : v.parts(dnBirth(c)).y < 1960 ? 'Retired' : row(['Teacher', 'Accountant', '', 'Nurse', 'Software Developer', '', 'Self-employed', 'Civil Servant'], n(c) >> 1)), []],
    ['Created at', (c) => ukDT(Math.min(c.created, dnLast(c) - 40 * day)), [], opt],
    ['Last visit', (c) => ukD(dnLast(c)), []],
    ['Next appointment', (c) => (dnActive(c) && n(c) % 3 !== 2 ? dt(gb)(inHours(dnLast(c) + (150 + (n(c) % 60)) * day, gb, 9, 17)) : ''), []],
    ['Recall due', (c) => (dnActive(c) ? ukD(dnLast(c) + (n(c) % 2 ? 182 : 365) * day) : ''), []],
    ['Balance', (c) => dec(row([0, 0, -45, 0, 12.5, 0, -294, 0], n(c) >> 1), '.'), []],
    ['Active', (c) => (dnActive(c) ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- New Zealand: gym platform, client export
  { name: 'hapana-clients-export-nz', product: 'Hapana (New Zealand-founded fitness club platform; Core > Clients > filter > Export (CSV), one row per client or lead with the home location, membership, visits and opt-ins, a boutique HIIT and strength studio in Auckland with two sites)', family: 'fitness', language: 'en', schema: P, cols: [
    ['Client ID', (c) => String(2050000 + (n(c) * 7) % 900000), ['_id', 'personID']],
    ['First Name', (c) => folk(c, 'nz').first, ['person.name.firstName']],
    ['Last Name', (c) => folk(c, 'nz').last, ['person.name.lastName']],
    ['Email', (c) => folk(c, 'nz').email, ['personalEmail.address']],
    ['Mobile', (c) => folk(c, 'nz').mobile, ['mobilePhone.number']],
    ['Date of Birth', (c) => (hpStatus(c) === 'Lead' ? '' : dmy(v.parts(hpBirth(c)), '/')), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 13 === 0 ? 'Prefer not to say' : c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Street Address', (c) => (hpStatus(c) === 'Lead' ? '' : `${(n(c) % 300) + 1} ${hpHome(c)[2]}`), at(HOME, 'street1')],
    ['Suburb', (c) => (hpStatus(c) === 'Lead' ? '' : hpHome(c)[0]), at(HOME, 'street2'), opt],
    ['City', (c) => (hpStatus(c) === 'Lead' ? '' : 'Auckland'), at(HOME, 'city')],
    ['Postcode', (c) => (hpStatus(c) === 'Lead' ? '' : hpHome(c)[1]), at(HOME, 'postalCode')],
    ['Country', (c) => (hpStatus(c) === 'Lead' ? '' : 'New Zealand'), at(HOME, 'country')],
    ['Home Location', (c) => (n(c) % 8 >= 5 ? 'Takapuna' : 'Ponsonby'), []],
    ['Client Status', (c) => hpStatus(c), [], opt],
    ['Membership', (c) => hpPlan(c), [], opt],
    ['Membership Start', (c) => (hpPlan(c) ? dmy(nz(hpStart(c)), '/') : ''), ['loyalty.joinDate'], opt],
    ['Membership End', (c) => (hpStatus(c) === 'Cancelled' ? dmy(nz(hpStart(c) + 300 * day), '/') : hpPlan(c).includes('12 Month') ? dmy(nz(hpStart(c) + 365 * day), '/') : ''), []],
    ['Credits Remaining', (c) => (hpPlan(c) === '20 Class Pack' ? String(n(c) % 20) : hpPlan(c) ? 'Unlimited' : '0'), []],
    ['Last Check-in', (c) => (hpVisits(c) ? dt(nz)(inHours(hpStart(c) + (10 + (n(c) % 300)) * day + (n(c) % 40000) * 1000, nz, 5, 20)) : ''), []],
    ['Total Check-ins', (c) => String(hpVisits(c)), []],
    ['Lifetime Spend', (c) => num(hpVisits(c) ? 59 * Math.ceil(hpVisits(c) / 4) : 0), ['loyalty.lifetimePurchases'], opt],
    ['Emergency Contact', (c) => (hpStatus(c) === 'Lead' ? '' : `${row(['Sam', 'Kiri', 'Jo', 'Hemi', 'Alex', 'Lou'], n(c) >> 1)} ${folk(c, 'nz').last}`), []],
    ['Emergency Contact Phone', (c) => (hpStatus(c) === 'Lead' ? '' : MOB.nz(seeded(c, 'hpe'))), []],
    ['Email Opt-in', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['SMS Opt-in', (c) => (n(c) % 3 ? 'Yes' : 'No'), [], opt],
    ['Referral Source', (c) => row(['Instagram', 'Friend referral', 'Google', 'Walk-in', 'ClassPass', 'Corporate wellness', ''], n(c) >> 2), []],
    ['Date Created', (c) => dmy(nz(c.created), '/'), [], opt],
    ['Waiver Signed', (c) => (hpStatus(c) === 'Lead' ? 'No' : 'Yes'), []],
  ] },

  // ---------------------------------------------------------------- UK: e-mail marketing tool, contact list export
  { name: 'pure360-contact-list-export-uk', product: 'Pure360 (UK e-mail and SMS marketing platform; Lists > Search individual contacts > status > Export, one row per contact of a list with its custom data fields, the newsletter list of a chain of five garden centres in Surrey, Sussex and Kent)', family: 'email', language: 'en', schema: P, cols: [
    ['email', (c) => folk(c, 'uk').email, ['personalEmail.address']],
    ['mobile', (c) => (n(c) % 3 === 0 ? '' : `44${folk(c, 'uk').mobile.slice(1).replace(' ', '')}`), ['mobilePhone.number']],
    ['status', (c) => puStatus(c), ['personalEmail.status'], opt],
    ['title', (c) => folk(c, 'uk').title, ['person.name.courtesyTitle']],
    ['first_name', (c) => folk(c, 'uk').first, ['person.name.firstName']],
    ['surname', (c) => folk(c, 'uk').last, ['person.name.lastName']],
    ['dob', (c) => (n(c) % 4 === 1 ? '' : dmy(v.parts(c.birth), '/')), ['person.birthDate']],
    ['postcode', (c) => row(PU_PC, n(c) % 8), at(HOME, 'postalCode')],
    ['preferred_store', (c) => row(PU_STORES, n(c) % 5)[0], []],
    ['loyalty_card_no', (c) => (n(c) % 3 === 2 ? '' : `633174${pad(n(c) % 10000000, 7)}`), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['signup_source', (c) => row(['Website footer', 'In-store tablet', 'Christmas grotto booking', 'Competition', 'Website footer', 'Loyalty card application'], n(c) >> 1), []],
    ['signup_date', (c) => puD(c.created), [], opt],
    ['interests', (c) => row(['Grow your own', 'Houseplants|Garden furniture', '', 'Roses|Grow your own', 'Wildlife', 'Christmas', 'Garden furniture|BBQ'], n(c) >> 2), []],
    ['last_open_date', (c) => (puStatus(c) === 'Opted in' && n(c) % 4 ? puD(puLast(c)) : ''), []],
    ['last_click_date', (c) => (puStatus(c) === 'Opted in' && n(c) % 3 === 0 ? puD(puLast(c)) : ''), []],
    ['opt_out_date', (c) => (puStatus(c) === 'Opted out' ? puD(puLast(c)) : ''), [], opt],
    ['bounce_reason', (c) => (puStatus(c) === 'Bounced' ? row(['Mailbox does not exist', 'Domain not found', 'Mailbox full'], n(c) >> 1) : ''), ['personalEmail.statusReason'], opt],
  ] },

  // ---------------------------------------------------------------- UK: construction leads, project contacts
  { name: 'glenigan-project-contacts-export-uk', product: 'Glenigan (UK construction project leads service; Projects > saved search > select > Export to Excel with contacts, one row per project contact with the company\'s role and address, a façade and cladding systems supplier prospecting contractors and architects in the Midlands and North)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Project ID', (c) => String(24080000 + (n(c) >> 1) % 90000), []],
    ['Project Title', (c) => glProj(c)[0], []],
    ['Project Value (£m)', (c) => glProj(c)[1].toFixed(2), []],
    ['Project Stage', (c) => glProj(c)[2], []],
    ['Planning Stage', (c) => glProj(c)[3], []],
    ['Start Date', (c) => `${pad(1 + (n(c) % 12))}/${2025 + (n(c) % 2)}`, []],
    ['Site Town', (c) => glProj(c)[4], []],
    ['Site Postcode', (c) => glProj(c)[5], []],
    ['Role', (c) => glFirm(c)[8], [], opt],
    ['Company ID', (c) => String(110000 + (n(c) % 7) * 3779), ACCT],
    ['Company Name', (c) => glFirm(c)[0], CO],
    ['Address 1', (c) => glFirm(c)[1], [W('street1')]],
    ['Address 2', (c) => glFirm(c)[2], [W('street2')]],
    ['Town', (c) => glFirm(c)[3], [W('city')]],
    ['County', (c) => glFirm(c)[4], STATE(['workAddress'])],
    ['Postcode', (c) => glFirm(c)[5], [W('postalCode')]],
    ['Company Telephone', (c) => glFirm(c)[6], ['workPhone.number'], opt],
    ['Website', (c) => glFirm(c)[7], ['b2b.companyWebsite']],
    ['Contact ID', (c) => String(5200000 + (n(c) * 13) % 800000), B2BID],
    ['Title', (c) => folk(c, 'uk').title, ['person.name.courtesyTitle']],
    ['First Name', (c) => folk(c, 'uk').first, ['person.name.firstName']],
    ['Surname', (c) => folk(c, 'uk').last, ['person.name.lastName']],
    ['Job Title', (c) => row(GL_JOBS, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Contact Telephone', (c) => (n(c) % 3 === 0 ? '' : `${glFirm(c)[6].slice(0, -4)}${pad(n(c) % 10000, 4)}`), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 4 === 1 ? folk(c, 'uk').mobile : ''), ['mobilePhone.number']],
    ['Email', (c) => `${plain(folk(c, 'uk').first)}.${plain(folk(c, 'uk').last)}@${glDomain(c)}`, ['workEmail.address']],
    ['Last Updated', (c) => ukD(Date.UTC(2024, 6, 1) + (n(c) % 300) * day), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- UK: LinkedIn prospecting tool, campaign leads
  { name: 'salesflow-campaign-leads-export-uk', product: 'Salesflow (UK LinkedIn outreach automation tool; Campaigns > campaign > Leads > Export CSV, one row per lead with the LinkedIn profile, campaign progress and reply, a Manchester payroll and HR software seller targeting HR and finance leads in UK SMEs)', family: 'b2b', language: 'en', schema: B, cols: [
    ['First Name', (c) => folk(c, 'uk').first, ['person.name.firstName']],
    ['Last Name', (c) => folk(c, 'uk').last, ['person.name.lastName']],
    ['Full Name', (c) => folk(c, 'uk').full, ['person.name.fullName']],
    ['Headline', (c) => `${row(SF_JOBS, n(c) >> 1)} at ${sfFirm(c)[0]}${n(c) % 3 === 0 ? ' | CIPP Qualified' : ''}`, [], opt],
    ['Job Title', (c) => row(SF_JOBS, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => sfFirm(c)[0], CO],
    ['Company Website', (c) => `https://www.${sfFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Industry', (c) => sfFirm(c)[2], []],
    ['Location', (c) => sfFirm(c)[3], [], opt],
    ['LinkedIn Profile URL', (c) => `https://www.linkedin.com/in/${plain(folk(c, 'uk').first)}-${plain(folk(c, 'uk').last)}-${v.hex(seeded(c, 'sfl'), 8)}`, [], opt],
    ['Email', (c) => (n(c) % 3 === 1 ? '' : `${plain(folk(c, 'uk').first)}.${plain(folk(c, 'uk').last)}@${sfFirm(c)[1]}`), ['workEmail.address', 'personalEmail.address']],
    ['Phone', (c) => (n(c) % 4 === 0 ? folk(c, 'uk').mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Campaign', (c) => row(['HR Directors NW - Payroll Q3', 'Finance Directors Yorkshire', 'Hospitality Ops - Rota & Payroll'], n(c) >> 3), []],
    ['Status', (c) => sfStatus(c), ['b2b.personStatus'], opt],
    ['Connection Request Sent', (c) => (sfSent(c) ? ukDT(inHours(sfSent(c), gb, 8, 18)) : ''), []],
    ['Connected On', (c) => (sfConn(c) ? ukDT(sfConn(c)) : ''), []],
    ['Last Message Sent', (c) => (sfConn(c) ? ukDT(inHours(sfConn(c) + 3 * day, gb, 8, 18)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Replied', (c) => (sfStatus(c) === 'Replied' ? 'Yes' : 'No'), []],
    ['Tags', (c) => row(['', 'hot', '', 'follow-up-sept', 'not-interested', '', 'demo-booked'], n(c) >> 2), []],
    ['Open Profile', (c) => (n(c) % 5 === 0 ? 'Yes' : 'No'), []],
    ['Premium', (c) => (n(c) % 3 === 0 ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- Ireland: B2B marketing platform, contacts
  { name: 'zymplify-contacts-export-ie', product: 'Zymplify (Irish B2B marketing automation and customer data platform; Contacts > All Contacts > Export (CSV), one row per contact with company firmographics, lead score, lifecycle stage and the GDPR legal basis, a Kilkenny IT managed-services and cyber-security firm prospecting SMEs in the South East)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(7700000 + (n(c) * 11) % 900000), B2BID],
    ['First Name', (c) => folk(c, 'ie').first, ['person.name.firstName']],
    ['Last Name', (c) => folk(c, 'ie').last, ['person.name.lastName']],
    ['Email', (c) => `${plain(folk(c, 'ie').first)}.${plain(folk(c, 'ie').last)}@${zyFirm(c)[1]}`, ['workEmail.address', 'personalEmail.address']],
    ['Job Title', (c) => zyJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => zyJob(c)[1], []],
    ['Department', (c) => zyJob(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Company', (c) => zyFirm(c)[0], CO],
    ['Company Domain', (c) => zyFirm(c)[1], ['b2b.companyWebsite'], opt],
    ['Employees', (c) => zyFirm(c)[2], []],
    ['Industry', (c) => zyFirm(c)[3], []],
    ['Phone', (c) => `${zyFirm(c)[8].slice(0, -3)}${pad(n(c) % 1000, 3)}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? irMobile(c) : ''), ['mobilePhone.number']],
    ['Address 1', (c) => zyFirm(c)[4], [W('street1')]],
    ['City', (c) => zyFirm(c)[5], [W('city')]],
    ['County', (c) => zyFirm(c)[6], STATE(['workAddress'])],
    ['Eircode', (c) => zyFirm(c)[7], [W('postalCode')]],
    ['Country', () => 'Ireland', [W('country')]],
    ['Lead Score', (c) => String((n(c) * 7) % 140), ['b2b.personScore']],
    ['Lifecycle Stage', (c) => zyStage(c), ['b2b.personStatus'], opt],
    ['Legal Basis', (c) => row(['Legitimate Interest', 'Consent', 'Legitimate Interest', 'Contract'], n(c) >> 1), []],
    ['Consent Channels', (c) => (row(['Legitimate Interest', 'Consent', 'Legitimate Interest', 'Contract'], n(c) >> 1) === 'Consent' ? 'Email;Phone' : ''), []],
    ['Source', (c) => row(['Website Visitor ID', 'LinkedIn Prospector', 'Form: Cyber Security Checklist', 'Import (Trade show list)', 'Form: Contact Us', 'G2 Intent'], n(c) >> 2), ['b2b.personSource'], opt],
    ['Owner', (c) => row(['Eoin Brennan', 'Gráinne Hayes', 'Mark Doyle'], n(c) >> 3), []],
    ['Created Date', (c) => isoZ(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity', (c) => isoZ(Math.max(c.created, c.updated) + (n(c) % 9000) * 1000), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Unsubscribed', (c) => (n(c) % 9 === 0 ? 'Yes' : 'No'), ['b2b.isMarketingSuspended'], opt],
  ] },
]
