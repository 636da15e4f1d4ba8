// Round 59, heldout131: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from the UK, Ireland, Australia and New
// Zealand, in local date, money, phone and postcode formats: a student club-night promoter's ticket orders (Fatsoma, UK),
// a courier broker's consignments (GoSweetSpot, NZ), a help desk's tickets (Teamwork Desk, IE), a multichannel order
// manager's order lines (StoreFeeder, UK), a subscription plug-in's subscriptions (WooCommerce Subscriptions, IE), a
// club-membership platform's membership orders (Clubforce, IE), a hospitality loyalty app's members (Mobile Doorman,
// AU), a club-management app's members (Hello Club, NZ), an e-commerce platform's customers (Visualsoft, UK), a CRM's
// contacts (Tall Emu, AU), a B2B data vendor's prospect list (Market Location, UK) and an event-registration system's
// delegates (Eventsforce, UK). Headers are written from the writer's knowledge of each product (the WooCommerce
// Subscriptions column names follow the plug-in's documented CSV import/export format); nothing was copied from a
// real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, dmy, ymd, hms, hm, local, dec, group, rng, pick, int } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
// local clocks: UK and Ireland keep summer time (approximated by values.summer); Brisbane has no DST; Melbourne and
// New Zealand are ahead in the southern summer
const uk = (ms) => local(ms, 0)
const ie = (ms) => local(ms, 0)
const bne = (ms) => shift(ms, 10)
const mel = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 9 ? 10 : 11) }
const nzt = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return shift(ms, m >= 4 && m <= 9 ? 12 : 13) }
// the same instant moved into working hours (08:00-21:59 local)
const inHours = (ms, f) => { const H = f(ms).H; return ms + (H < 8 ? 8 - H : H > 21 ? 21 - H : 0) * 3600000 }
const later = (c) => c.created + ((n(c) % 400) + 5) * day + (n(c) % 70000) * 1000
const dmyhm = (p) => `${dmy(p, '/')} ${hm(p)}`
const dmyhms = (p) => `${dmy(p, '/')} ${hms(p)}`
const ymdhms = (p) => `${ymd(p)} ${hms(p)}`
const money = (x, sym) => { const [a, b] = (Math.round(x * 100) / 100).toFixed(2).split('.'); return `${sym}${group(+a)}.${b}` }
const gbp = (x) => money(x, '£')
const two = (x) => dec(x, '.')
const WE = ['workEmail.address', 'personalEmail.address']

// ---------------------------------------------------------------- local people, seeded by the row's person
const hash = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 13)
const memo = new Map()
const d = (r, k) => Array.from({ length: k }, () => int(r, 0, 9)).join('')
const FIRST = {
  m: ['James', 'Oliver', 'Jack', 'Thomas', 'Daniel', 'Matthew', 'Liam', 'Ethan', 'Harry', 'Noah', 'Ryan', 'Samuel', 'Callum', 'Ben'],
  f: ['Charlotte', 'Emily', 'Olivia', 'Sophie', 'Chloe', 'Grace', 'Amelia', 'Jessica', 'Hannah', 'Isla', 'Megan', 'Zoe', 'Lucy', 'Ella'],
  iem: ['Seán', 'Conor', 'Cian', 'Darragh', 'Oisín', 'Ciarán', 'Niall', 'Eoin', 'Jack', 'Patrick', 'Shane', 'Colm'],
  ief: ['Aoife', 'Siobhán', 'Niamh', 'Orla', 'Ciara', 'Saoirse', 'Róisín', 'Sinéad', 'Emma', 'Sarah', 'Gráinne', 'Clodagh'],
}
const LAST = {
  uk: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Wright', 'Walker', 'Hughes', 'Roberts', 'Patel', 'Wood', 'Hussain', 'Atkinson', 'Barker'],
  ie: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Brien", 'Doyle', 'McCarthy', 'Gallagher', 'Kennedy', 'Lynch', 'Quinn', 'Fitzgerald', 'Fahy', 'Keane'],
  au: ['Smith', 'Nguyen', 'Kelly', 'Ryan', 'Walsh', 'Murphy', 'Mitchell', 'Campbell', 'Harris', 'Clarke', 'Chen', 'Morgan', 'Papadopoulos', 'Russo'],
  nz: ['Smith', 'Wilson', 'Williams', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Walker', 'Te Whata', 'Ngata', 'Patel', 'Singh', 'Campbell', 'Stewart'],
}
// uk: [town, county, outward code, area code]; ie: [district, town/city, county, routing key, area code, WooCommerce county code];
// au: [suburb, state, postcode, area code]; nz: [suburb, city, postcode, area code, rural]
const PLACES = {
  uk: [['Leeds', 'West Yorkshire', 'LS6', '0113'], ['Harrogate', 'North Yorkshire', 'HG1', '01423'], ['York', 'North Yorkshire', 'YO31', '01904'], ['Sheffield', 'South Yorkshire', 'S10', '0114'], ['Manchester', 'Greater Manchester', 'M20', '0161'], ['Hull', 'East Riding of Yorkshire', 'HU5', '01482'], ['Nottingham', 'Nottinghamshire', 'NG7', '0115'], ['Newcastle upon Tyne', 'Tyne and Wear', 'NE2', '0191'], ['Bristol', '', 'BS6', '0117'], ['London', '', 'SE15', '020'], ['Wakefield', 'West Yorkshire', 'WF1', '01924'], ['Otley', 'West Yorkshire', 'LS21', '01943']],
  ie: [['Rathmines', 'Dublin 6', 'Dublin', 'D06', '01', 'D'], ['Drumcondra', 'Dublin 9', 'Dublin', 'D09', '01', 'D'], ['', 'Blackrock', 'Dublin', 'A94', '01', 'D'], ['', 'Cork', 'Cork', 'T12', '021', 'CO'], ['', 'Ballincollig', 'Cork', 'P31', '021', 'CO'], ['', 'Galway', 'Galway', 'H91', '091', 'G'], ['', 'Limerick', 'Limerick', 'V94', '061', 'LK'], ['', 'Kilkenny', 'Kilkenny', 'R95', '056', 'KK'], ['', 'Naas', 'Kildare', 'W91', '045', 'KE'], ['', 'Athlone', 'Westmeath', 'N37', '090', 'WH'], ['', 'Bray', 'Wicklow', 'A98', '01', 'WW']],
  gal: [['', 'Athenry', 'Galway', 'H65', '091', 'G'], ['', 'Athenry', 'Galway', 'H65', '091', 'G'], ['Lisheenkyle', 'Athenry', 'Galway', 'H65', '091', 'G'], ['', 'Oranmore', 'Galway', 'H91', '091', 'G'], ['Carnmore', 'Oranmore', 'Galway', 'H91', '091', 'G'], ['', 'Craughwell', 'Galway', 'H65', '091', 'G'], ['Tallyho', 'Athenry', 'Galway', 'H65', '091', 'G']],
  au: [['Fortitude Valley', 'QLD', '4006', '07'], ['New Farm', 'QLD', '4005', '07'], ['Paddington', 'QLD', '4064', '07'], ['West End', 'QLD', '4101', '07'], ['Chermside', 'QLD', '4032', '07'], ['Bulimba', 'QLD', '4171', '07'], ['Carindale', 'QLD', '4152', '07'], ['Indooroopilly', 'QLD', '4068', '07'], ['Redcliffe', 'QLD', '4020', '07'], ['Southport', 'QLD', '4215', '07']],
  nz: [['Riccarton', 'Christchurch', '8011', '03', false], ['Fendalton', 'Christchurch', '8041', '03', false], ['Cashmere', 'Christchurch', '8022', '03', false], ['Merivale', 'Christchurch', '8014', '03', false], ['Halswell', 'Christchurch', '8025', '03', false], ['Rolleston', 'Rolleston', '7614', '03', false], ['West Melton', 'Christchurch', '7676', '03', true], ['Burnside', 'Christchurch', '8053', '03', false]],
  nzw: [['Ponsonby', 'Auckland', '1011', '09', false], ['Mount Eden', 'Auckland', '1024', '09', false], ['Karori', 'Wellington', '6012', '04', false], ['Hamilton East', 'Hamilton', '3216', '07', false], ['Mount Maunganui', 'Tauranga', '3116', '07', false], ['Roslyn', 'Dunedin', '9010', '03', false], ['Stoke', 'Nelson', '7011', '03', false], ['Riccarton', 'Christchurch', '8011', '03', false], ['Ohoka', 'Kaiapoi', '7692', '03', true], ['Te Horo', 'Otaki', '5581', '06', true], ['Havelock North', 'Havelock North', '4130', '06', false]],
}
const STREETS = {
  uk: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Queens Road', 'The Crescent', 'Springfield Avenue', 'Grove Terrace', 'Kings Road', 'Moor Lane'],
  ie: ['Main Street', 'Church Road', 'Castle Street', 'Griffith Avenue', 'Rathgar Road', 'Oakwood Drive', 'The Green', 'Ashgrove Park', 'Newcastle Road', 'College Road', 'Beech Park', 'Cois Cuain'],
  au: ['Brunswick St', 'James St', 'Given Tce', 'Boundary St', 'Gympie Rd', 'Oxford St', 'Creek Rd', 'Moggill Rd', 'Anzac Ave', 'Scarborough St', 'Latrobe Tce', 'Logan Rd'],
  nz: ['Kowhai Street', 'Totara Avenue', 'Rata Street', 'Pohutukawa Drive', 'Matai Street', 'Rimu Road', 'Kauri Street', 'Nikau Place', 'Beach Road', 'Church Street', 'Hillcrest Road', 'Station Road'],
}
const MAIL = {
  uk: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk', 'sky.com', 'icloud.com'],
  ie: ['gmail.com', 'hotmail.com', 'eircom.net', 'outlook.ie', 'icloud.com', 'yahoo.ie'],
  au: ['gmail.com', 'bigpond.com', 'outlook.com', 'optusnet.com.au', 'icloud.com', 'hotmail.com'],
  nz: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'hotmail.co.nz', 'slingshot.co.nz', 'icloud.com'],
}
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ'
const EIR = 'ACDEFHKNPRTVWXY'
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}:${c.last}`
  if (memo.has(k)) return memo.get(k)
  const r = rng(hash(k) ^ 0x5bd1e995); r(); r()
  const base = cc === 'gal' ? 'ie' : cc === 'nzw' ? 'nz' : cc
  const female = r() < 0.5
  const first = pick(r, base === 'ie' ? (female ? FIRST.ief : FIRST.iem) : female ? FIRST.f : FIRST.m)
  const last = pick(r, LAST[base])
  const pl = pick(r, PLACES[cc])
  const num = int(r, 1, base === 'au' ? 240 : 160)
  const street = `${base === 'au' && r() < 0.3 ? `${int(r, 1, 24)}/` : ''}${num} ${pick(r, STREETS[base])}`
  const p = { female, first, last, full: `${first} ${last}`, street, street2: '', bool: r() < 0.6,
    email: `${slug(first)}${pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.5 ? int(r, 1, 99) : ''}@${pick(r, MAIL[base])}` }
  if (base === 'uk') {
    Object.assign(p, { city: pl[0], county: pl[1], zip: `${pl[2]} ${int(r, 1, 9)}${INWARD[int(r, 0, 19)]}${INWARD[int(r, 0, 19)]}`, area: pl[3] })
    p.mobile = `07${pick(r, ['7', '8', '9', '4', '5'])}${d(r, 2)} ${d(r, 6)}`
    p.land = `${pl[3]} ${pl[3].length === 5 ? d(r, 6) : pl[3].length === 4 ? `${d(r, 3)} ${d(r, 4)}` : `${d(r, 4)} ${d(r, 4)}`}`
    p.intl = `+44 ${p.mobile.slice(1, 5)} ${p.mobile.slice(6)}`
    if (r() < 0.2) { p.street2 = p.street; p.street = `Flat ${int(r, 1, 12)}` }
  } else if (base === 'ie') {
    const u = `${EIR[int(r, 0, 14)]}${d(r, 1)}${EIR[int(r, 0, 14)]}${d(r, 1)}`
    Object.assign(p, { district: pl[0], city: pl[1], county: pl[2], zip: `${pl[3]} ${u}`, area: pl[4], wc: pl[5] })
    p.mobile = `08${pick(r, ['3', '5', '6', '7', '9'])} ${d(r, 3)} ${d(r, 4)}`
    p.land = `(${pl[4]}) ${d(r, pl[4].length === 2 ? 7 : pl[4].length === 3 ? 6 : 5)}`
    p.intl = `+353 ${p.mobile.slice(1, 3)} ${p.mobile.slice(4)}`
    p.street2 = pl[0]
  } else if (base === 'au') {
    Object.assign(p, { city: pl[0], state: pl[1], zip: pl[2], area: pl[3] })
    p.mobile = `04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`
    p.land = `(${pl[3]}) ${d(r, 4)} ${d(r, 4)}`
    p.intl = `+61 ${p.mobile.slice(1, 4)} ${p.mobile.slice(5)}`
  } else {
    Object.assign(p, { suburb: pl[0], city: pl[1], zip: pl[2], area: pl[3], rural: pl[4] })
    if (pl[4]) p.street = `${int(r, 100, 980)} ${pick(r, ['Main Road', 'Valley Road', 'School Road', 'Old Coach Road'])}, RD ${int(r, 1, 6)}`
    p.mobile = `02${pick(r, ['1', '2', '7', '7'])} ${d(r, 3)} ${d(r, 4)}`
    p.land = `(${pl[3]}) ${d(r, 3)} ${d(r, 4)}`
    p.intl = `+64 ${p.mobile.slice(1, 3)} ${p.mobile.slice(4)}`
  }
  const b = r() // birth year between 1958 and 2004
  p.birth = Date.UTC(1958 + Math.floor(b * 47), int(r, 0, 11), int(r, 1, 28))
  memo.set(k, p)
  return p
}
const UK = (c) => loc(c, 'uk'), IE = (c) => loc(c, 'ie'), GAL = (c) => loc(c, 'gal'), AU = (c) => loc(c, 'au'), NZ = (c) => loc(c, 'nz'), NZW = (c) => loc(c, 'nzw')
const bdate = (ms) => v.parts(ms)

// ---------------------------------------------------------------- 1. Fatsoma: ticket orders
// [event, venue, days after the order]
const FS_EVENTS = [['Hoodrich Freshers Launch Party', 'Pryzm Leeds', 9], ['Tequila Tuesdays: Neon Rave', 'Mint Warehouse', 4], ['Leeds Uni Halloween Takeover', 'Canal Mills', 18], ['Drum & Bass Arena: Winter Edition', 'O2 Academy Leeds', 26], ['Christmas Jumper Social', 'The Terrace Leeds', 12], ['Beckett Sports Night Out', 'Pryzm Leeds', 6]]
// [ticket type, face value]
const FS_TIX = [['Early Bird', 5.0], ['1st Release', 7.5], ['2nd Release', 9.5], ['Final Release', 12.0], ['1st Release', 7.5], ['Group of 4 Bundle', 26.0]]
const fsEv = (o) => row(FS_EVENTS, n(o) % 6)
const fsTix = (o) => row(FS_TIX, (n(o) >> 1) % 6)
const fsQty = (o) => (fsTix(o)[0].startsWith('Group') ? 1 : o.qty)
const fsFee = (o) => Math.round(fsTix(o)[1] * 10) / 100 + 0.25
const fsTotal = (o) => fsQty(o) * (fsTix(o)[1] + fsFee(o))
const fsSt = (o) => row(['Complete', 'Complete', 'Complete', 'Refunded', 'Complete', 'Complete', 'Complete', 'Cancelled'], n(o) % 8)
const fsAt = (o) => inHours(o.at, uk)
const fsEvAt = (o) => { const t = fsAt(o) + fsEv(o)[2] * day; const p = uk(t); return t - (p.H * 3600 + p.M * 60 + p.S) * 1000 + 22 * 3600000 }

// ---------------------------------------------------------------- 2. GoSweetSpot: consignments
// [carrier, service, connote prefix, cost excl GST]
const GS_CARRIERS = [['NZ Couriers', 'Standard', 'NZC', 7.85], ['Post Haste', 'Overnight', 'PHA', 8.4], ['CourierPost', 'Parcel Overnight', 'CP', 9.95], ['NZ Couriers', 'Standard', 'NZC', 7.85], ['Castle Parcels', 'Economy', 'CPL', 6.9], ['Post Haste', 'Overnight', 'PHA', 8.4]]
const gsCar = (o) => row(GS_CARRIERS, n(o) % 6)
const gsSt = (o) => row(['Delivered', 'Delivered', 'In Transit', 'Delivered', 'Picked Up', 'Delivered', 'Manifested', 'Delivered'], n(o) % 8)
const gsCon = (o) => `${gsCar(o)[2]}${pad((n(o) * 7919) % 100000000, 8)}`
const gsWeight = (o) => Math.round((0.4 + (n(o) % 17) * 0.35) * 10) / 10
const gsCost = (c, o) => gsCar(o)[3] + (gsWeight(o) > 3 ? 4.5 : 0) + (NZW(c).rural ? 4.35 : 0)
const gsAt = (o) => inHours(o.at, nzt)

// ---------------------------------------------------------------- 3. Teamwork Desk: tickets
// [subject, type, tags]
const TW_TICKETS = [['Rent arrears report not matching ledger', 'Problem', 'reports, ledger'], ['How do I add a second landlord to a property?', 'Question', 'landlords, how-to'], ['Tenant portal login - password reset email not arriving', 'Problem', 'tenant-portal, email'], ['Request: bulk upload of RTB registration numbers', 'Feature request', 'rtb, import'], ['Invoice query - annual subscription', 'Billing', 'billing'], ['Direct debit run failed for March', 'Incident', 'payments, urgent'], ['Can we export the deposit register to Excel?', 'Question', 'deposits, export']]
const twT = (o) => row(TW_TICKETS, n(o) % 7)
const twSt = (o) => row(['Solved', 'Closed', 'Active', 'Waiting on customer', 'Solved', 'On-hold', 'Closed', 'Solved'], n(o) % 8)
const twDone = (o) => ['Solved', 'Closed'].includes(twSt(o))
const twAt = (o) => inHours(o.at, ie)
// Irish letting agents and property managers: [company, domain]
const IE_FIRMS = [['Liffey Lettings', 'liffeylettings.ie'], ['Corrib Property Management', 'corribpm.ie'], ['Shannon Residential Ltd', 'shannonresidential.ie'], ['Hanover Quay Estates', 'hanoverquay.ie'], ['Marble City Lettings', 'marblecitylettings.ie'], ['Lee Valley Property Services', 'leevalleyproperty.ie']]
const ieFirm = (c) => row(IE_FIRMS, n(c) % 6)

// ---------------------------------------------------------------- 4. StoreFeeder: order lines
const PETS = [['KC-GF-CHK-12', 'Kibble & Co Grain Free Adult Dry Dog Food Chicken 12kg', 49.99, true], ['LTR-CLP-10L', 'Clumping Wood Cat Litter 10L', 8.49, false], ['TOY-RPE-3PK', 'Rope Tug Toy 3 Pack', 9.99, false], ['BED-ORTH-L-GRY', 'Orthopaedic Memory Foam Dog Bed Large Grey', 59.95, true], ['TRT-DNT-M-28', 'Dental Chews Medium 28 Pack', 14.99, false], ['HRN-NP-M-NVY', 'No-Pull Dog Harness Medium Navy', 19.99, false]]
const sfItem = (o) => row(PETS, n(o) % 6)
const sfCh = (o) => row(['Amazon UK', 'eBay', 'Shopify', 'Amazon UK', 'OnBuy', 'Shopify', 'Amazon UK'], (n(o) >> 1) % 7)
const sfLine = (o) => sfItem(o)[2] * o.qty
const sfShip = (o) => (sfCh(o) === 'Amazon UK' || sfLine(o) >= 30 ? 0 : 3.99)
const sfSt = (o) => row(['Despatched', 'Despatched', 'Awaiting Despatch', 'Despatched', 'Cancelled', 'Despatched', 'On Hold', 'Despatched'], n(o) % 8)
const sfSvc = (o) => (sfItem(o)[3] ? 'DPD Next Day' : row(['Royal Mail Tracked 48', 'Royal Mail Tracked 24', 'Evri 48', 'Royal Mail Tracked 48'], n(o) % 4))
const sfRef = (o, r) => (sfCh(o) === 'Amazon UK' ? `20${int(r, 2, 6)}-${d(r, 7)}-${d(r, 7)}` : sfCh(o) === 'eBay' ? `${int(r, 10, 27)}-${d(r, 5)}-${d(r, 5)}` : sfCh(o) === 'OnBuy' ? `T${v.alnum(r, 6).toUpperCase()}` : `#${4000 + n(o) % 6000}`)
const sfAt = (o) => inHours(o.at, uk)

// ---------------------------------------------------------------- 5. WooCommerce Subscriptions: subscriptions
// [product id, product, billing interval in months, price incl. 23% VAT]
const WS_PLANS = [[412, 'Glow Box - Monthly', 1, 34.95], [413, 'Glow Box - Every 2 Months', 2, 34.95], [418, 'Glow Box - Quarterly Prepaid (3 boxes)', 3, 99.0], [421, 'Mini Glow Box - Monthly', 1, 19.95], [412, 'Glow Box - Monthly', 1, 34.95]]
const wsPlan = (o) => row(WS_PLANS, n(o) % 5)
const wsSt = (o) => row(['wc-active', 'wc-active', 'wc-on-hold', 'wc-active', 'wc-cancelled', 'wc-active', 'wc-pending-cancel', 'wc-active', 'wc-expired'], n(o) % 9)
const wsGross = (o) => Math.round(wsPlan(o)[3] * (o.discount ? 90 : 100)) / 100
const wsTax = (o) => Math.round(wsGross(o) / 1.23 * 23) / 100
const wsNet = (o) => wsGross(o) - wsTax(o)
const wsDisc = (o) => Math.round((wsPlan(o)[3] - wsGross(o)) / 1.23 * 100) / 100
const wsShipGross = (o) => (wsPlan(o)[3] >= 30 ? 0 : 4.5)
const wsShipTax = (o) => Math.round(wsShipGross(o) / 1.23 * 23) / 100
const wsShipNet = (o) => wsShipGross(o) - wsShipTax(o)
const wsTotal = (o) => wsGross(o) + wsShipGross(o)
const wsStart = (o) => inHours(o.at, ie)
const wsLast = (o) => wsStart(o) + wsPlan(o)[2] * 30 * day * ((n(o) % 5) + 1)
const wsGift = (c) => n(c) % 5 === 0

// ---------------------------------------------------------------- 6. Clubforce: membership orders
// [membership, price]
const CF_TYPES = [['Adult Playing Member 2024', 120], ['Non-Playing Member 2024', 60], ['Family Membership 2024', 200], ['Juvenile Member 2024', 40], ['Student Member 2024', 70], ['Adult Playing Member 2024', 120], ['Juvenile Member 2024', 40], ['Social Member (OAP) 2024', 40]]
const cfType = (o) => row(CF_TYPES, n(o) % 8)
const cfJuv = (o) => cfType(o)[0].startsWith('Juvenile')
const cfDisc = (o) => (cfType(o)[0].startsWith('Adult') && n(o) % 3 === 0 ? 20 : 0)
const cfPaid = (o) => cfType(o)[1] - cfDisc(o)
const cfPay = (o) => row(['Card', 'Card', 'Instalments', 'Card', 'Cash (Offline)', 'Card', 'Bank Transfer (Offline)'], n(o) % 7)
const cfOnline = (o) => ['Card', 'Instalments'].includes(cfPay(o))
const cfSt = (o) => (cfPay(o) === 'Card' && n(o) % 11 === 5 ? 'Refunded' : cfPay(o) === 'Instalments' && n(o) % 2 ? 'Part Paid' : 'Paid')
const cfAt = (o) => inHours(Date.UTC(2024, 0, 2) + (n(o) % 120) * day + (n(o) % 600) * 60000 + 9 * 3600000, ie)

// ---------------------------------------------------------------- 7. Mobile Doorman: members
const MD_VENUES = ['The Wickham', 'Kettle & Tin Paddington', 'The Bowery Valley', 'Bulimba Hotel', 'Redcliffe Jetty Bar']
const mdSpend = (c) => 40 + (n(c) % 97) * 23.5
const mdEarned = (c) => Math.floor(mdSpend(c))
const mdRedeemed = (c) => Math.min(n(c) % 6, Math.floor(mdEarned(c) / 250)) * 250
const mdTier = (c) => (mdEarned(c) >= 2000 ? 'Gold' : mdEarned(c) >= 800 ? 'Silver' : 'Member')
const mdJoin = (c) => c.created

// ---------------------------------------------------------------- 8. Hello Club: members
const HC_TYPES = [['Senior Full Member', 'Active'], ['Senior Full Member', 'Active'], ['Junior Member', 'Active'], ['Off-Peak Member', 'Active'], ['Family Member', 'Active'], ['Senior Full Member', 'Expired'], ['Social Member', 'Active'], ['Senior Full Member', 'Pending']]
const hcType = (c) => row(HC_TYPES, n(c) % 8)
const hcJunior = (c) => hcType(c)[0] === 'Junior Member'
const hcBirth = (c) => (hcJunior(c) ? Date.UTC(2008 + (n(c) % 9), n(c) % 12, (n(c) % 27) + 1) : NZ(c).birth)
const hcExp = (c) => (hcType(c)[1] === 'Expired' ? '31/03/2024' : hcType(c)[1] === 'Pending' ? '' : '31/03/2025')

// ---------------------------------------------------------------- 9. Visualsoft: customers
const vsGuest = (c) => n(c) % 6 === 0
const vsOrders = (c) => (n(c) % 11) + 1
const vsSpend = (c) => vsOrders(c) * (38.5 + (n(c) % 23) * 4.25)

// ---------------------------------------------------------------- 10. Tall Emu CRM: contacts
// café, restaurant and office clients of a Melbourne coffee-equipment supplier: [organisation, domain, street, suburb,
// state, postcode, industry, ABN]
const TE_ORGS = [['Little Bourke Espresso Pty Ltd', 'littlebourkeespresso.com.au', '212 Little Bourke St', 'Melbourne', 'VIC', '3000', 'Hospitality - Cafe', '51 624 118 903'], ['Brunswick Bean Co', 'brunswickbean.com.au', '405 Sydney Rd', 'Brunswick', 'VIC', '3056', 'Hospitality - Cafe', '23 118 402 557'], ['Geelong Waterfront Dining Group', 'gwdg.com.au', '10 Eastern Beach Rd', 'Geelong', 'VIC', '3220', 'Hospitality - Restaurant', '68 605 331 204'], ['Harrow & Co Accountants', 'harrowco.com.au', 'Level 4, 530 Collins St', 'Melbourne', 'VIC', '3000', 'Office', '40 007 219 665'], ['Bendigo Health Cafes', 'bendigohealth.org.au', '100 Barnard St', 'Bendigo', 'VIC', '3550', 'Healthcare', '26 875 445 912'], ['Sorrento Beach Kiosk', 'sorrentokiosk.com.au', '3 Ocean Beach Rd', 'Sorrento', 'VIC', '3943', 'Hospitality - Cafe', '77 160 883 021']]
const teOrg = (c) => row(TE_ORGS, (n(c) >> 1) % 6)
const TE_JOBS = [['Owner', 'Management'], ['Head Barista', 'Operations'], ['Venue Manager', 'Operations'], ['Office Manager', 'Administration'], ['Procurement Officer', 'Procurement'], ['General Manager', 'Management'], ['Accounts Payable', 'Finance']]
const teJob = (c) => row(TE_JOBS, (n(c) >> 2) % 7)

// ---------------------------------------------------------------- 11. Market Location: prospects
// Yorkshire manufacturers: [company, domain, address 1, address 2, town, county, postcode, area, reg no, SIC, SIC text,
// employees, turnover, year, legal status]
const ML_FIRMS = [['Calder Valley Plastics Ltd', 'caldervalleyplastics.co.uk', 'Unit 4 Brookfoot Industrial Estate', 'Elland Road', 'Brighouse', 'West Yorkshire', 'HD6 2RW', '01484', '02318847', '22290', 'Manufacture of other plastic products', '50-99', '£5m - £10m', '1989', 'Private Limited Company'], ['Don Valley Precision Engineering Ltd', 'dvpe.co.uk', 'Sheffield Road', '', 'Rotherham', 'South Yorkshire', 'S60 1DX', '01709', '04417203', '25620', 'Machining', '20-49', '£2m - £5m', '2002', 'Private Limited Company'], ['Airedale Foods Ltd', 'airedalefoods.co.uk', 'Keighley Business Park', 'Dalton Lane', 'Keighley', 'West Yorkshire', 'BD21 4JU', '01535', '01984420', '10890', 'Manufacture of other food products n.e.c.', '100-249', '£10m - £25m', '1985', 'Private Limited Company'], ['Holmfirth Textiles Ltd', 'holmfirthtextiles.co.uk', 'Bridge Mills', 'Huddersfield Road', 'Holmfirth', 'West Yorkshire', 'HD9 3TW', '01484', '00612944', '13200', 'Weaving of textiles', '20-49', '£1m - £2m', '1958', 'Private Limited Company'], ['Humber Fabrications Ltd', 'humberfab.co.uk', 'Gibson Lane', 'Melton', 'North Ferriby', 'East Riding of Yorkshire', 'HU14 3HX', '01482', '06722105', '25110', 'Manufacture of metal structures and parts of structures', '50-99', '£5m - £10m', '2008', 'Private Limited Company'], ['Wharfedale Print & Packaging LLP', 'wharfedaleprint.co.uk', '18 Ilkley Road', '', 'Otley', 'West Yorkshire', 'LS21 3JP', '01943', 'OC358112', '17219', 'Manufacture of other paper and paperboard containers', '10-19', '£1m - £2m', '2010', 'Limited Liability Partnership']]
const mlI = (c) => (n(c) >> 1) % 6
const mlFirm = (c) => ML_FIRMS[mlI(c)]
const ML_JOBS = [['Managing Director', 'Board / Senior Management'], ['Operations Manager', 'Operations'], ['Facilities Manager', 'Facilities / Premises'], ['Finance Director', 'Finance'], ['Health & Safety Manager', 'Health & Safety'], ['Production Manager', 'Production']]
const mlJob = (c) => row(ML_JOBS, (n(c) >> 2) % 6)

// ---------------------------------------------------------------- 12. Eventsforce: delegates
// housing-sector organisations: [organisation, domain, address 1, town, county, postcode, area]
const EF_ORGS = [['Pennine Housing Trust', 'penninehousing.org.uk', 'Ashby House, 24 Waterside', 'Halifax', 'West Yorkshire', 'HX3 9HG', '01422'], ['Mercia Homes Group', 'merciahomes.org.uk', '3 Brindley Place', 'Birmingham', 'West Midlands', 'B1 2JB', '0121'], ['Solent Community Housing', 'solentch.org.uk', 'Ocean Way', 'Southampton', 'Hampshire', 'SO14 3JZ', '023'], ['Riverside Borough Council', 'riversideborough.gov.uk', 'Civic Centre, Market Street', 'Stockport', 'Greater Manchester', 'SK1 3XE', '0161'], ['Clyde Valley Homes', 'clydevalleyhomes.org.uk', '40 Bothwell Street', 'Glasgow', '', 'G2 6NL', '0141'], ['Axis Property Consultants LLP', 'axispc.co.uk', '11 Park Row', 'Leeds', 'West Yorkshire', 'LS1 5HD', '0113']]
const efOrg = (c) => row(EF_ORGS, (n(c) >> 1) % 6)
const EF_TYPES = [['Member Delegate', 395], ['Member Delegate', 395], ['Non-Member Delegate', 525], ['Speaker', 0], ['Member Delegate', 395], ['Exhibitor', 0], ['Non-Member Delegate', 525], ['Member Delegate - Early Bird', 345]]
const efType = (c) => row(EF_TYPES, n(c) % 8)
const efSt = (c) => row(['Confirmed', 'Confirmed', 'Confirmed', 'Cancelled', 'Confirmed', 'Provisional', 'Confirmed'], n(c) % 7)
const efDinner = (c) => n(c) % 3 !== 1
const efFee = (c) => (efType(c)[1] ? (efType(c)[1] + (efDinner(c) ? 75 : 0)) * 1.2 : 0)
const efPay = (c) => (efFee(c) ? row(['Card', 'Invoice', 'Invoice', 'Card', 'Invoice'], n(c) % 5) : '')
const efPaid = (c) => (efSt(c) === 'Cancelled' ? 0 : efPay(c) === 'Card' ? efFee(c) : efPay(c) === 'Invoice' && n(c) % 2 ? efFee(c) : 0)
const EF_JOBS = [['Director of Housing', 'Executive'], ['Head of Asset Management', 'Assets'], ['Tenancy Services Manager', 'Housing Management'], ['Chief Executive', 'Executive'], ['Repairs Manager', 'Property Services'], ['Income Manager', 'Finance'], ['Resident Involvement Officer', 'Customer Services']]
const efJob = (c) => row(EF_JOBS, (n(c) >> 2) % 7)

export const SETS = [
  // ---------------------------------------------------------------- UK: club-night ticket orders (E)
  { name: 'fatsoma-event-orders-export-uk', product: 'Fatsoma (promoter dashboard; Events > an event > Orders > Download CSV, one row per order, a Leeds student club-night promoter\'s freshers and term events; times UK local, £ with Fatsoma booking fees)', family: 'events', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `FS${pad((n(o) * 7349) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => dmyhm(uk(fsAt(o))), ['timestamp', OR('createdDate')]],
    ['Event', (c, o) => fsEv(o)[0], [PL('name')], opt],
    ['Event Date', (c, o) => dmyhm(uk(fsEvAt(o))), []],
    ['Venue', (c, o) => fsEv(o)[1], []],
    ['Ticket Type', (c, o) => fsTix(o)[0], [PL('name'), PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(fsQty(o)), [PL('quantity')]],
    ['Face Value', (c, o) => gbp(fsTix(o)[1]), [], opt],
    ['Booking Fee', (c, o) => gbp(fsFee(o) * fsQty(o)), []],
    ['Total Paid', (c, o) => gbp(fsTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['Status', (c, o) => fsSt(o), []],
    ['Refund Amount', (c, o) => (fsSt(o) === 'Refunded' ? gbp(fsQty(o) * fsTix(o)[1]) : fsSt(o) === 'Cancelled' ? gbp(fsTotal(o)) : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['First Name', (c) => UK(c).first, []],
    ['Last Name', (c) => UK(c).last, []],
    ['Email', (c) => UK(c).email, EMAIL_ID],
    ['Phone Number', (c, o) => (n(o) % 4 === 3 ? '' : UK(c).mobile), PHONE_ID],
    ['Date of Birth', (c) => dmy(bdate(Date.UTC(2000 + (n(c) % 6), n(c) % 12, (n(c) % 27) + 1)), '/'), []],
    ['Gender', (c) => (n(c) % 13 === 0 ? 'Prefer not to say' : UK(c).female ? 'Female' : 'Male'), []],
    ['Postcode', (c) => UK(c).zip, [BILL('postalCode')], opt],
    ['University', (c) => row(['University of Leeds', 'Leeds Beckett University', 'Leeds Trinity University', 'Leeds Arts University', 'University of Leeds', 'Not a student'], n(c) % 6), []],
    ['Rep', (c, o) => row(['', 'Ellie Marsh', '', 'Jordan Ashworth', 'Priya Kaur', '', ''], n(o) % 7), []],
    ['Tickets', (c, o, r) => Array.from({ length: fsQty(o) }, () => `${v.alnum(r, 10).toUpperCase()}`).join(', '), []],
    ['Checked In', (c, o) => (fsSt(o) === 'Complete' && n(o) % 3 ? 'Yes' : 'No'), []],
    ['Marketing Opt In', (c) => (UK(c).bool ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- NZ: courier-broker consignments (E)
  { name: 'gosweetspot-shipments-export-nz', product: 'GoSweetSpot (NZ courier and freight management; Shipments > Search > Export to CSV, one row per consignment, a Christchurch outdoor-clothing online store\'s orders sent by NZ Couriers, Post Haste, CourierPost and Castle Parcels; times NZ local, NZ$ excl. GST)', family: 'shipments', language: 'en', schema: E, cols: [
    ['Connote', (c, o) => gsCon(o), ['commerce.shipping.trackingNumber', '_id']],
    ['Created', (c, o) => { const p = nzt(gsAt(o)); return `${dmy(p, '/')} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'am' : 'pm'}` }, ['timestamp', 'commerce.shipping.shipDate']],
    ['Reference', (c, o) => `#SA${12000 + n(o) % 9000}`, [OR('purchaseID')]],
    ['Carrier', (c, o) => gsCar(o)[0], ['commerce.shipping.shippingMethod']],
    ['Service', (c, o) => gsCar(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Status', (c, o) => gsSt(o), []],
    ['Receiver Name', (c) => NZW(c).full, []],
    ['Receiver Company', (c, o) => (n(o) % 9 === 0 ? 'Alpine Physio Ltd' : ''), []],
    ['Address 1', (c) => NZW(c).street, [SHIP('street1')]],
    ['Address 2', (c, o) => (n(o) % 7 === 2 ? `Unit ${(n(o) % 9) + 1}` : ''), [SHIP('street2')]],
    ['Suburb', (c) => NZW(c).suburb, [SHIP('street2'), SHIP('street3'), SHIP('region')], opt],
    ['City', (c) => NZW(c).city, [SHIP('city')]],
    ['Postcode', (c) => NZW(c).zip, [SHIP('postalCode')]],
    ['Country', () => 'NZ', [SHIP('countryCode')]],
    ['Receiver Email', (c) => NZW(c).email, EMAIL_ID],
    ['Receiver Phone', (c) => NZW(c).mobile, PHONE_ID],
    ['Delivery Instructions', (c, o) => row(['', 'Leave at front door', '', 'Please leave in carport', 'Side gate - beware of dog', ''], n(o) % 6), []],
    ['Authority To Leave', (c, o) => (n(o) % 4 ? 'Y' : 'N'), []],
    ['Rural', (c) => (NZW(c).rural ? 'Y' : 'N'), []],
    ['Saturday', (c, o) => (n(o) % 11 === 0 ? 'Y' : 'N'), []],
    ['Packages', (c, o) => String(gsWeight(o) > 4 ? 2 : 1), []],
    ['Weight (kg)', (c, o) => gsWeight(o).toFixed(1), []],
    ['Cubic (m3)', (c, o) => (0.002 + (n(o) % 9) * 0.0015).toFixed(4), []],
    ['Cost', (c, o) => two(gsCost(c, o)), ['commerce.shipping.shippingAmount']],
    ['Manifest', (c, o) => (gsSt(o) === 'Manifested' ? '' : `M${240000 + (n(o) % 900)}`), []],
    ['Delivered', (c, o) => (gsSt(o) === 'Delivered' ? dmy(nzt(gsAt(o) + ((n(o) % 3) + 1) * day), '/') : ''), [], opt],
    ['Tracking URL', (c, o) => `https://track.gosweetspot.com/${gsCon(o)}`, ['commerce.shipping.trackingURL']],
  ] },
  // ---------------------------------------------------------------- Ireland: help-desk tickets (E)
  { name: 'teamwork-desk-tickets-export-ie', product: 'Teamwork Desk (Teamwork.com, Cork; Tickets > filter > select all > Export to CSV, one row per ticket, a Dublin property-management software company\'s support inbox for letting agents; times Irish local)', family: 'support', language: 'en', schema: E, cols: [
    ['Ticket ID', (c, o) => String(4800000 + n(o) * 13), ['_id']],
    ['Subject', (c, o) => twT(o)[0], []],
    ['Status', (c, o) => twSt(o), []],
    ['Priority', (c, o) => (twT(o)[1] === 'Incident' ? 'Urgent' : row(['Medium', 'Low', 'Medium', 'High', 'None'], n(o) % 5)), []],
    ['Type', (c, o) => twT(o)[1], []],
    ['Source', (c, o) => row(['Email', 'Email', 'Help Docs', 'Phone', 'Email', 'Form'], n(o) % 6), []],
    ['Inbox', (c, o) => (twT(o)[1] === 'Billing' ? 'Accounts' : 'Support'), []],
    ['Assigned To', (c, o) => (twSt(o) === 'Active' && n(o) % 2 ? '' : row(['Aisling Brennan', 'Dermot Kavanagh', 'Ruth Nolan'], n(o) % 3)), []],
    ['Customer', (c) => IE(c).full, []],
    ['Customer ID', (c) => String(2210000 + (n(c) % 90000)), CUST_ID],
    ['Customer Email', (c) => `${slug(IE(c).first)}@${ieFirm(c)[1]}`, EMAIL_ID],
    ['Customer Phone', (c, o) => (n(o) % 3 === 0 ? '' : n(c) % 2 ? IE(c).mobile : IE(c).land), PHONE_ID, opt],
    ['Company', (c) => ieFirm(c)[0], []],
    ['Tags', (c, o) => twT(o)[2], []],
    ['Created', (c, o) => dmyhm(ie(twAt(o))), ['timestamp']],
    ['Updated', (c, o) => dmyhm(ie(twAt(o) + ((n(o) % 40) + 1) * 3600000)), [], opt],
    ['Resolved', (c, o) => (twDone(o) ? dmyhm(ie(twAt(o) + ((n(o) % 40) + 1) * 3600000)) : ''), [], opt],
    ['First Response (mins)', (c, o) => String(4 + (n(o) * 17) % 230), []],
    ['Resolution Time (hrs)', (c, o) => (twDone(o) ? String((n(o) % 40) + 1) : ''), []],
    ['Customer Replies', (c, o) => String(n(o) % 4), []],
    ['Agent Replies', (c, o) => String(1 + (n(o) % 5)), []],
    ['Time Logged (mins)', (c, o) => String(((n(o) % 9) + 1) * 5), []],
    ['Happiness Rating', (c, o) => (twDone(o) && n(o) % 3 === 0 ? row(['Happy', 'Happy', 'Neutral', 'Unhappy', 'Happy'], n(o) % 5) : ''), []],
  ] },
  // ---------------------------------------------------------------- UK: multichannel order lines (E)
  { name: 'storefeeder-orders-export-uk', product: 'StoreFeeder (multichannel order and inventory management; Orders > Search Orders > Export > Order Items (CSV), one row per order line, a Wakefield pet-supplies seller on Amazon UK, eBay, OnBuy and its Shopify store; times UK local, £ incl. 20% VAT)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(11800000 + n(o) * 7), ['_id']],
    ['Channel', (c, o) => sfCh(o), [], opt],
    ['Channel Order Ref', (c, o, r) => sfRef(o, r), [OR('purchaseID')]],
    ['Order Date', (c, o) => dmyhms(uk(sfAt(o))), ['timestamp', OR('createdDate')]],
    ['Order Status', (c, o) => sfSt(o), []],
    ['Despatch Date', (c, o) => (sfSt(o) === 'Despatched' ? dmy(uk(sfAt(o) + ((n(o) % 2) + 1) * day), '/') : ''), ['commerce.shipping.shipDate']],
    ['Customer Name', (c) => UK(c).full, []],
    ['Email', (c, o, r) => (sfCh(o) === 'Amazon UK' ? `${v.alnum(r, 14).toLowerCase()}@marketplace.amazon.co.uk` : UK(c).email), EMAIL_ID],
    ['Phone', (c, o) => (sfCh(o) === 'OnBuy' ? '' : UK(c).mobile), PHONE_ID],
    ['Delivery Name', (c) => UK(c).full, []],
    ['Delivery Company', (c, o) => (n(o) % 10 === 0 ? 'Paws & Claws Grooming' : ''), []],
    ['Delivery Address 1', (c) => UK(c).street, [SHIP('street1')]],
    ['Delivery Address 2', (c) => UK(c).street2, [SHIP('street2')]],
    ['Delivery Town', (c) => UK(c).city, [SHIP('city')]],
    ['Delivery County', (c) => UK(c).county, STATE(['commerce.shipping.address'])],
    ['Delivery Postcode', (c) => UK(c).zip, [SHIP('postalCode')]],
    ['Delivery Country', () => 'United Kingdom', [SHIP('country')]],
    ['SKU', (c, o) => sfItem(o)[0], [PL('SKU')]],
    ['Item Title', (c, o) => sfItem(o)[1], [PL('name')]],
    ['Quantity', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o) => two(sfItem(o)[2]), [], opt],
    ['Line Total', (c, o) => two(sfLine(o)), [PL('priceTotal')]],
    ['Shipping', (c, o) => two(sfShip(o)), ['commerce.shipping.shippingAmount']],
    ['Order Total', (c, o) => two(sfLine(o) + sfShip(o)), [OR('priceTotal')]],
    ['VAT', (c, o) => two((sfLine(o) + sfShip(o)) / 6), [OR('taxAmount')]],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['Postal Service', (c, o) => sfSvc(o), ['commerce.shipping.shippingMethod']],
    ['Tracking Number', (c, o, r) => (sfSt(o) !== 'Despatched' ? '' : sfSvc(o).startsWith('DPD') ? `15${d(r, 12)}` : sfSvc(o).startsWith('Evri') ? `H0${v.alnum(r, 14).toUpperCase()}` : `${pick(r, ['TT', 'JV', 'KF'])}${d(r, 9)}GB`), ['commerce.shipping.trackingNumber']],
    ['Warehouse', () => 'Default Warehouse', []],
  ] },
  // ---------------------------------------------------------------- Ireland: subscription-box subscriptions (E)
  { name: 'woocommerce-subscriptions-csv-export-ie', product: 'WooCommerce Subscriptions (with the Subscriptions Importer and Exporter: WooCommerce > Subscription Exporter > Export, CSV, one row per subscription, a Dublin Irish-skincare subscription box; dates in the site\'s Europe/Dublin time, € incl. 23% VAT)', family: 'subscription', language: 'en', schema: E, cols: [
    ['subscription_id', (c, o) => String(5200 + n(o) % 4000), ['_id', OR('purchaseID')]],
    ['subscription_status', (c, o) => wsSt(o), []],
    ['customer_id', (c) => String(300 + n(c) % 5000), CUST_ID],
    ['start_date', (c, o) => ymdhms(ie(wsStart(o))), ['timestamp', OR('createdDate')]],
    ['trial_end_date', () => '0', []],
    ['next_payment_date', (c, o) => (['wc-active', 'wc-on-hold'].includes(wsSt(o)) ? ymdhms(ie(wsLast(o) + wsPlan(o)[2] * 30 * day)) : '0'), []],
    ['last_order_date_created', (c, o) => ymdhms(ie(wsLast(o))), [], opt],
    ['end_date', (c, o) => (['wc-cancelled', 'wc-pending-cancel', 'wc-expired'].includes(wsSt(o)) ? ymdhms(ie(wsLast(o) + wsPlan(o)[2] * 30 * day)) : '0'), [OR('cancelDate')], opt],
    ['billing_period', () => 'month', []],
    ['billing_interval', (c, o) => String(wsPlan(o)[2]), []],
    ['order_shipping', (c, o) => two(wsShipNet(o)), ['commerce.shipping.shippingAmount']],
    ['order_shipping_tax', (c, o) => two(wsShipTax(o)), []],
    ['order_tax', (c, o) => two(wsTax(o)), [OR('taxAmount')]],
    ['cart_discount', (c, o) => two(wsDisc(o)), [OR('discountAmount')]],
    ['order_total', (c, o) => two(wsTotal(o)), [OR('priceTotal')]],
    ['order_currency', () => 'EUR', [OR('currencyCode')]],
    ['payment_method', (c, o) => (n(o) % 4 === 0 ? 'ppcp-gateway' : 'stripe'), [OR('payments[0].paymentType')], opt],
    ['payment_method_title', (c, o) => (n(o) % 4 === 0 ? 'PayPal' : 'Credit Card (Stripe)'), [OR('payments[0].paymentType')]],
    ['shipping_method', (c, o) => `method_id:${wsShipGross(o) ? 'flat_rate:2' : 'free_shipping:3'}|method_title:${wsShipGross(o) ? 'An Post Tracked' : 'Free An Post Tracked'}|total:${two(wsShipNet(o))}`, ['commerce.shipping.shippingMethod'], opt],
    ['billing_first_name', (c) => IE(c).first, []],
    ['billing_last_name', (c) => IE(c).last, []],
    ['billing_email', (c) => IE(c).email, EMAIL_ID],
    ['billing_phone', (c) => IE(c).mobile, PHONE_ID],
    ['billing_address_1', (c) => IE(c).street, [BILL('street1')]],
    ['billing_address_2', (c) => IE(c).street2, [BILL('street2')]],
    ['billing_city', (c) => IE(c).city, [BILL('city')]],
    ['billing_state', (c) => IE(c).wc, STATE(['commerce.billing.address'])],
    ['billing_postcode', (c) => IE(c).zip, [BILL('postalCode')]],
    ['billing_country', () => 'IE', [BILL('countryCode')]],
    ['shipping_first_name', (c) => (wsGift(c) ? row(['Mairéad', 'Fiona', 'Deirdre', 'Laura'], n(c) % 4) : IE(c).first), []],
    ['shipping_last_name', (c) => IE(c).last, []],
    ['shipping_address_1', (c) => (wsGift(c) ? '14 Seafield Avenue' : IE(c).street), [SHIP('street1')]],
    ['shipping_address_2', (c) => (wsGift(c) ? 'Clontarf' : IE(c).street2), [SHIP('street2')]],
    ['shipping_city', (c) => (wsGift(c) ? 'Dublin 3' : IE(c).city), [SHIP('city')]],
    ['shipping_state', (c) => (wsGift(c) ? 'D' : IE(c).wc), STATE(['commerce.shipping.address'])],
    ['shipping_postcode', (c) => (wsGift(c) ? 'D03 K7W2' : IE(c).zip), [SHIP('postalCode')]],
    ['shipping_country', () => 'IE', [SHIP('countryCode')]],
    ['order_items', (c, o) => `product_id:${wsPlan(o)[0]}|name:${wsPlan(o)[1]}|quantity:1|total:${two(wsNet(o))}|meta:|tax:${two(wsTax(o))}`, [PL('name')], opt],
    ['coupon_items', (c, o) => (wsDisc(o) ? `code:welcome10|description:|amount:${two(wsDisc(o))}` : ''), ['commerce.promotionID'], opt],
  ] },
  // ---------------------------------------------------------------- Ireland: GAA club membership orders (E)
  { name: 'clubforce-membership-report-ie', product: 'Clubforce (Irish club membership, lotto and payments platform; Club admin > Reports > Membership Report > Export to Excel, one row per membership order, a Co. Galway GAA club\'s 2024 registrations; times Irish local, €)', family: 'membership', language: 'en', schema: E, cols: [
    ['Order No.', (c, o) => `CF-${pad(n(o) * 37 % 1000000, 6)}`, ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => dmyhm(ie(cfAt(o))), ['timestamp', OR('createdDate')]],
    ['Membership', (c, o) => cfType(o)[0], [PL('name')]],
    ['Member Name', (c, o) => (cfJuv(o) ? `${row(['Fionn', 'Caoimhe', 'Tadhg', 'Ava', 'Rían', 'Éabha'], n(o) % 6)} ${GAL(c).last}` : GAL(c).full), []],
    ['Member DOB', (c, o) => dmy(bdate(cfJuv(o) ? Date.UTC(2007 + (n(o) % 11), n(o) % 12, (n(o) % 27) + 1) : cfType(o)[0].startsWith('Student') ? Date.UTC(2001 + (n(o) % 5), n(o) % 12, (n(o) % 27) + 1) : GAL(c).birth), '/'), []],
    ['Gender', (c, o) => (cfJuv(o) ? row(['Male', 'Female', 'Male', 'Female', 'Male', 'Female'], n(o) % 6) : GAL(c).female ? 'Female' : 'Male'), []],
    ['Purchased By', (c) => GAL(c).full, []],
    ['Email', (c) => GAL(c).email, EMAIL_ID],
    ['Mobile', (c) => GAL(c).mobile, PHONE_ID],
    ['Address Line 1', (c) => GAL(c).street, [BILL('street1')]],
    ['Address Line 2', (c) => GAL(c).street2, [BILL('street2')]],
    ['Town', (c) => GAL(c).city, [BILL('city')]],
    ['County', (c) => GAL(c).county, STATE(['commerce.billing.address'])],
    ['Eircode', (c) => GAL(c).zip, [BILL('postalCode')]],
    ['Price', (c, o) => `€${two(cfType(o)[1])}`, [PL('priceTotal')], opt],
    ['Discount', (c, o) => `€${two(cfDisc(o))}`, [OR('discountAmount')]],
    ['Amount Paid', (c, o) => `€${two(cfSt(o) === 'Part Paid' ? cfPaid(o) / 4 : cfPaid(o))}`, [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Order Total', (c, o) => `€${two(cfPaid(o))}`, [OR('priceTotal')]],
    ['Payment Method', (c, o) => cfPay(o), [OR('payments[0].paymentType')]],
    ['Payment Status', (c, o) => cfSt(o), []],
    ['Refunded', (c, o) => (cfSt(o) === 'Refunded' ? `€${two(cfPaid(o))}` : '€0.00'), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['Transaction Fee', (c, o) => (cfOnline(o) ? `€${two(cfPaid(o) * 0.035)}` : '€0.00'), []],
    ['Code', (c, o) => row(['Football', 'Hurling', 'Football & Hurling', 'Camogie', 'Ladies Football', 'Non-Playing'], n(o) % 6), []],
    ['Synced to Foireann', (c, o) => (cfSt(o) === 'Refunded' ? 'No' : 'Yes'), []],
    ['Photo Consent', (c, o) => (cfJuv(o) ? (n(o) % 4 ? 'Yes' : 'No') : ''), []],
    ['Medical Info', (c, o) => (cfJuv(o) && n(o) % 5 === 1 ? 'Asthma - inhaler in kit bag' : ''), []],
  ] },
  // ---------------------------------------------------------------- Australia: hospitality loyalty members (P)
  { name: 'mobile-doorman-members-export-au', product: 'Mobile Doorman (hospitality loyalty app; Members > Export CSV, one row per app member, a Brisbane pub group\'s points club across five venues; dates AEST, A$)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Member ID', (c) => String(880000 + n(c) % 100000), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['Member Number', (c) => `6014${pad((n(c) * 7919) % 100000000, 8)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['First Name', (c) => AU(c).first, ['person.name.firstName']],
    ['Last Name', (c) => AU(c).last, ['person.name.lastName']],
    ['Email', (c) => AU(c).email, ['personalEmail.address']],
    ['Mobile', (c) => (n(c) % 6 === 0 ? AU(c).intl : AU(c).mobile), ['mobilePhone.number']],
    ['Date of Birth', (c) => dmy(bdate(AU(c).birth), '/'), ['person.birthDate']],
    ['Gender', (c) => (n(c) % 11 === 0 ? '' : AU(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Suburb', (c) => AU(c).city, at(HOME, 'city')],
    ['State', (c) => AU(c).state, STATE(HOME)],
    ['Postcode', (c) => AU(c).zip, at(HOME, 'postalCode')],
    ['Home Venue', (c) => row(MD_VENUES, n(c) % 5), []],
    ['Join Date', (c) => dmy(bne(mdJoin(c)), '/'), ['loyalty.joinDate']],
    ['Tier', (c) => mdTier(c), ['loyalty.tier']],
    ['Points Balance', (c) => String(mdEarned(c) - mdRedeemed(c)), ['loyalty.points']],
    ['Lifetime Points', (c) => String(mdEarned(c)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(mdRedeemed(c)), ['loyalty.pointsRedeemed']],
    ['Total Spend', (c) => money(mdSpend(c), '$'), ['loyalty.lifetimePurchases'], opt],
    ['Visits', (c) => String((n(c) % 60) + 1), []],
    ['Last Visit', (c) => dmy(bne(later(c)), '/'), []],
    ['Rewards Redeemed', (c) => String(mdRedeemed(c) / 250), []],
    ['Email Opt In', (c) => (AU(c).bool ? 'Yes' : 'No'), [], opt],
    ['SMS Opt In', (c) => (n(c) % 3 ? 'Yes' : 'No'), [], opt],
    ['Push Enabled', (c) => (n(c) % 4 ? 'Yes' : 'No'), [], opt],
    ['Platform', (c) => (n(c) % 5 < 3 ? 'iOS' : 'Android'), []],
    ['Referral Code', (c) => `${slug(AU(c).first).slice(0, 5).toUpperCase()}${n(c) % 1000}`, []],
  ] },
  // ---------------------------------------------------------------- NZ: club members (P)
  { name: 'hello-club-members-export-nz', product: 'Hello Club (NZ club-management software; Members > Export > CSV, one row per member, a Christchurch tennis club\'s members with their membership type and expiry; dates NZ local)', family: 'membership', language: 'en', schema: P, cols: [
    ['Member number', (c) => String(1000 + n(c) % 3000), ['_id', 'personID', 'loyalty.loyaltyID[0]']],
    ['First name', (c) => NZ(c).first, ['person.name.firstName']],
    ['Last name', (c) => NZ(c).last, ['person.name.lastName']],
    ['Email', (c) => (hcJunior(c) ? `${slug(row(['Rachel', 'Mark', 'Karen', 'Hemi', 'Sarah', 'Grant'], n(c) % 6))}.${slug(NZ(c).last)}@${row(['xtra.co.nz', 'gmail.com'], n(c) % 2)}` : NZ(c).email), ['personalEmail.address']],
    ['Mobile', (c) => NZ(c).mobile, ['mobilePhone.number']],
    ['Phone', (c) => (n(c) % 4 === 0 ? NZ(c).land : ''), ['homePhone.number']],
    ['Date of birth', (c) => dmy(bdate(hcBirth(c)), '/'), ['person.birthDate']],
    ['Gender', (c) => (NZ(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Address', (c) => NZ(c).street, at(HOME, 'street1')],
    ['Suburb', (c) => NZ(c).suburb, [...at(HOME, 'street2'), ...at(HOME, 'street3'), ...at(HOME, 'region')], opt],
    ['City', (c) => NZ(c).city, at(HOME, 'city')],
    ['Postcode', (c) => NZ(c).zip, at(HOME, 'postalCode')],
    ['Country', () => 'New Zealand', at(HOME, 'country')],
    ['Membership', (c) => hcType(c)[0], ['loyalty.program', 'loyalty.tier'], opt],
    ['Membership status', (c) => hcType(c)[1], ['loyalty.status'], opt],
    ['Member since', (c) => dmy(nzt(c.created), '/'), ['loyalty.joinDate'], opt],
    ['Membership expires', (c) => hcExp(c), ['loyalty.tierExpiryDate'], opt],
    ['Groups', (c) => (hcJunior(c) ? 'Juniors - Squad' : row(['Interclub A Grade', 'Tuesday Social', '', 'Masters', '', 'Ladies Mid-week'], n(c) % 6)), []],
    ['Account credit', (c) => (n(c) % 5 === 0 ? '$20.00' : '$0.00'), []],
    ['Last visit', (c) => (hcType(c)[1] === 'Pending' ? '' : dmy(nzt(later(c)), '/')), []],
    ['Emergency contact name', (c) => (hcJunior(c) ? `${row(['Rachel', 'Mark', 'Karen', 'Hemi', 'Sarah', 'Grant'], n(c) % 6)} ${NZ(c).last}` : n(c) % 3 ? '' : row(['Tom Harris', 'Jo Walker', 'Anna Singh'], n(c) % 3)), []],
    ['Emergency contact phone', (c) => (hcJunior(c) || n(c) % 3 === 0 ? `021 ${pad((n(c) * 37) % 1000, 3)} ${pad((n(c) * 53) % 10000, 4)}` : ''), []],
    ['Receive newsletter', (c) => (NZ(c).bool ? 'Yes' : 'No'), [], opt],
    ['Notes', (c) => row(['', '', 'Court key issued #42', '', 'Paying by instalments', '', 'Coach - Level 1'], n(c) % 7), []],
  ] },
  // ---------------------------------------------------------------- UK: e-commerce customers (P)
  { name: 'visualsoft-customers-export-uk', product: 'Visualsoft (UK e-commerce platform; Customers > Customer List > Export (CSV), one row per customer account, a Harrogate home-and-garden retailer\'s web shop)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(60000 + n(c) % 40000), ['_id', 'personID']],
    ['Title', (c) => (n(c) % 9 === 0 ? 'Dr' : UK(c).female ? row(['Mrs', 'Miss', 'Ms'], n(c) % 3) : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => UK(c).first, ['person.name.firstName']],
    ['Last Name', (c) => UK(c).last, ['person.name.lastName']],
    ['Email', (c) => UK(c).email, ['personalEmail.address']],
    ['Telephone', (c) => (n(c) % 3 === 0 ? UK(c).land : UK(c).mobile), ['homePhone.number', 'mobilePhone.number']],
    ['Mobile', (c) => (n(c) % 3 === 0 ? UK(c).mobile : ''), ['mobilePhone.number']],
    ['Company', (c) => (n(c) % 12 === 0 ? 'Nidd Valley Landscapes Ltd' : ''), ['organizations[0]'], opt],
    ['Address 1', (c) => UK(c).street, at(HOME, 'street1')],
    ['Address 2', (c) => UK(c).street2, at(HOME, 'street2')],
    ['Town', (c) => UK(c).city, at(HOME, 'city')],
    ['County', (c) => UK(c).county, STATE(HOME)],
    ['Postcode', (c) => UK(c).zip, at(HOME, 'postalCode')],
    ['Country', () => 'United Kingdom', at(HOME, 'country')],
    ['Date Of Birth', (c) => (n(c) % 4 === 0 ? dmy(bdate(UK(c).birth), '/') : ''), ['person.birthDate']],
    ['Newsletter', (c) => (UK(c).bool ? 'Yes' : 'No'), [], opt],
    ['Customer Group', (c) => (n(c) % 12 === 0 ? 'Trade' : 'Retail'), []],
    ['Guest', (c) => (vsGuest(c) ? 'Yes' : 'No'), []],
    ['Date Registered', (c) => dmyhm(uk(c.created)), []],
    ['Last Login', (c) => (vsGuest(c) ? '' : dmyhm(uk(later(c)))), []],
    ['Last Order Date', (c) => dmy(uk(later(c) + 3 * day), '/'), []],
    ['Number Of Orders', (c) => String(vsOrders(c)), []],
    ['Total Spent', (c) => gbp(vsSpend(c)), [], opt],
    ['Source', (c) => row(['Website', 'Website', 'Google Shopping', 'Telephone Order', 'Website', 'Instagram'], n(c) % 6), []],
  ] },
  // ---------------------------------------------------------------- Australia: CRM contacts (B)
  { name: 'tall-emu-crm-contacts-export-au', product: 'Tall Emu CRM (Melbourne; Contacts > Search > Export to CSV, one row per contact with their organisation, a Melbourne commercial coffee-machine supplier\'s café, restaurant and office clients)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => String(30000 + n(c) % 60000), B2BID],
    ['Organisation', (c) => teOrg(c)[0], CO],
    ['Organisation ID', (c) => String(1200 + (n(c) >> 1) % 6), ACCT],
    ['ABN', (c) => teOrg(c)[7], ACCT, opt],
    ['Title', (c) => (AU(c).female ? row(['Ms', 'Mrs', ''], n(c) % 3) : row(['Mr', ''], n(c) % 2)), ['person.name.courtesyTitle']],
    ['First Name', (c) => AU(c).first, ['person.name.firstName']],
    ['Last Name', (c) => AU(c).last, ['person.name.lastName']],
    ['Position', (c) => teJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => teJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${slug(AU(c).first)}@${teOrg(c)[1]}`, WE],
    ['Phone', (c) => `(03) 9${pad((n(c) * 7) % 1000, 3)} ${pad((n(c) * 13) % 10000, 4)}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 ? AU(c).mobile : ''), ['mobilePhone.number']],
    ['Fax', (c) => (n(c) % 7 === 0 ? `(03) 9${pad((n(c) * 7) % 1000, 3)} ${pad((n(c) * 13 + 1) % 10000, 4)}` : ''), ['faxPhone.number']],
    ['Street Address', (c) => teOrg(c)[2], [W('street1')]],
    ['Suburb', (c) => teOrg(c)[3], [W('city')]],
    ['State', (c) => teOrg(c)[4], STATE(['workAddress'])],
    ['Postcode', (c) => teOrg(c)[5], [W('postalCode')]],
    ['Country', () => 'Australia', [W('country')]],
    ['Website', (c) => `www.${teOrg(c)[1]}`, ['b2b.companyWebsite']],
    ['Contact Type', (c) => row(['Customer', 'Customer', 'Prospect', 'Customer', 'Lead'], n(c) % 5), ['b2b.personType'], opt],
    ['Industry', (c) => teOrg(c)[6], []],
    ['Lead Source', (c) => row(['Referral', 'Website Enquiry', 'Trade Show - Melbourne Food & Wine', 'Cold Call', 'Google Ads'], n(c) % 5), ['b2b.personSource'], opt],
    ['Account Manager', (c) => row(['Luca Bianchi', 'Sarah Nguyen', 'Tom O\'Neill'], n(c) % 3), []],
    ['Do Not Email', (c) => (n(c) % 9 === 0 ? 'Yes' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Date Created', (c) => dmy(mel(c.created), '/'), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modified', (c) => dmyhm(mel(later(c))), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  // ---------------------------------------------------------------- UK: B2B prospect data (B)
  { name: 'market-location-prospect-download-uk', product: 'Market Location (UK B2B data; Prospect Builder > a saved selection > Download (CSV), one row per site and named contact, a Sheffield commercial-cleaning firm prospecting Yorkshire manufacturers)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['ML Ref', (c) => `ML${pad(4410000 + mlI(c) * 137, 8)}`, ACCT, opt],
    ['Company Name', (c) => mlFirm(c)[0], CO],
    ['Address Line 1', (c) => mlFirm(c)[2], [W('street1')]],
    ['Address Line 2', (c) => mlFirm(c)[3], [W('street2')]],
    ['Town', (c) => mlFirm(c)[4], [W('city')]],
    ['County', (c) => mlFirm(c)[5], STATE(['workAddress'])],
    ['Postcode', (c) => mlFirm(c)[6], [W('postalCode')]],
    ['Telephone', (c) => `${mlFirm(c)[7]} ${mlFirm(c)[7].length === 5 ? pad((mlI(c) * 48271 + 300000) % 1000000, 6) : `${pad((mlI(c) * 331) % 1000, 3)} ${pad((mlI(c) * 7) % 10000, 4)}`}`, ['workPhone.number']],
    ['Website', (c) => `www.${mlFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Company Email', (c) => `info@${mlFirm(c)[1]}`, ['workEmail.address'], opt],
    ['Contact Title', (c) => (UK(c).female ? row(['Mrs', 'Ms'], n(c) % 2) : 'Mr'), ['person.name.courtesyTitle']],
    ['Contact Forename', (c) => UK(c).first, ['person.name.firstName']],
    ['Contact Surname', (c) => UK(c).last, ['person.name.lastName']],
    ['Contact Job Title', (c) => mlJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Contact Job Function', (c) => mlJob(c)[1], ['extendedWorkDetails.departments[0]'], opt],
    ['Contact Email', (c) => (n(c) % 5 === 0 ? '' : `${slug(UK(c).first)}.${slug(UK(c).last)}@${mlFirm(c)[1]}`), WE],
    ['Company Registration Number', (c) => mlFirm(c)[8], ACCT, opt],
    ['SIC 2007 Code', (c) => mlFirm(c)[9], []],
    ['SIC 2007 Description', (c) => mlFirm(c)[10], []],
    ['Employee Band', (c) => mlFirm(c)[11], []],
    ['Turnover Band', (c) => mlFirm(c)[12], []],
    ['Year Established', (c) => mlFirm(c)[13], []],
    ['Legal Status', (c) => mlFirm(c)[14], []],
    ['Head Office / Branch', (c) => (mlI(c) === 2 && n(c) % 2 ? 'Branch' : 'Head Office'), []],
    ['CTPS Registered', (c) => (mlI(c) % 3 === 1 ? 'Y' : 'N'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/phone'], opt],
  ] },
  // ---------------------------------------------------------------- UK: conference delegates (B)
  { name: 'eventsforce-delegate-report-uk', product: 'Eventsforce (event registration software; Reports > Attendee Reports > a delegate list report > Export to Excel, one row per registered attendee, a housing-sector professional body\'s two-day annual conference in Birmingham; times UK local, £ incl. 20% VAT)', family: 'events', language: 'en', schema: B, cols: [
    ['Attendee ID', (c) => String(710000 + n(c) % 90000), B2BID, opt],
    ['Booking Reference', (c) => `HC24-${pad(n(c) % 100000, 5)}`, []],
    ['Registration Type', (c) => efType(c)[0], ['b2b.personType'], opt],
    ['Registration Status', (c) => efSt(c), [], opt],
    ['Registration Date', (c) => dmyhm(uk(Date.UTC(2024, 1, 5) + (n(c) % 180) * day + (n(c) % 500) * 60000 + 9 * 3600000)), ['extSourceSystemAudit.createdDate'], opt],
    ['Title', (c) => (UK(c).female ? row(['Ms', 'Mrs', 'Dr', 'Miss'], n(c) % 4) : row(['Mr', 'Mr', 'Dr'], n(c) % 3)), ['person.name.courtesyTitle']],
    ['First Name', (c) => UK(c).first, ['person.name.firstName']],
    ['Last Name', (c) => UK(c).last, ['person.name.lastName']],
    ['Job Title', (c) => efJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Department', (c) => efJob(c)[1], ['extendedWorkDetails.departments[0]']],
    ['Organisation', (c) => efOrg(c)[0], CO],
    ['Email Address', (c) => `${slug(UK(c).first)}.${slug(UK(c).last)}@${efOrg(c)[1]}`, WE],
    ['Telephone', (c) => `${efOrg(c)[6]} ${efOrg(c)[6].length === 3 ? `${pad((n(c) * 17) % 10000, 4)} ${pad((n(c) * 31) % 10000, 4)}` : efOrg(c)[6].length === 5 ? pad((n(c) * 4271 + 200000) % 1000000, 6) : `${pad((n(c) * 17) % 1000, 3)} ${pad((n(c) * 31) % 10000, 4)}`}`, ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 3 ? UK(c).mobile : ''), ['mobilePhone.number']],
    ['Address Line 1', (c) => efOrg(c)[2], [W('street1')]],
    ['Town/City', (c) => efOrg(c)[3], [W('city')]],
    ['County', (c) => efOrg(c)[4], STATE(['workAddress'])],
    ['Postcode', (c) => efOrg(c)[5], [W('postalCode')]],
    ['Country', () => 'United Kingdom', [W('country')]],
    ['Membership Number', (c) => (efType(c)[0].startsWith('Member') ? `M${pad(n(c) % 100000, 6)}` : ''), [], opt],
    ['Dietary Requirements', (c) => row(['None', 'Vegetarian', 'None', 'Vegan', 'Gluten free', 'None', 'Halal'], n(c) % 7), []],
    ['Access Requirements', (c) => (n(c) % 10 === 0 ? 'Step-free access to workshop rooms' : ''), []],
    ['Workshop Choice (Day 1)', (c) => row(['A1: Damp and mould - the new regime', 'A2: Tenant satisfaction measures', 'A3: Decarbonising existing stock'], n(c) % 3), []],
    ['Gala Dinner', (c) => (efDinner(c) ? 'Yes' : 'No'), []],
    ['Total Fee', (c) => gbp(efFee(c)), []],
    ['Amount Paid', (c) => gbp(efPaid(c)), []],
    ['Payment Method', (c) => efPay(c), []],
    ['Invoice Number', (c) => (efPay(c) === 'Invoice' ? `INV-${24000 + n(c) % 1000}` : ''), []],
    ['Checked In', (c) => (efSt(c) === 'Confirmed' && n(c) % 4 ? 'Yes' : 'No'), []],
  ] },
]
