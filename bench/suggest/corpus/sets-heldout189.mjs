// Round 72, heldout189: held-out sets written blind by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). North-American English exports of SaaS tools, US and Canada, headers in
// the product's (English) UI: a Canadian tour-and-activity booking system's bookings report for a Canmore guided-tour
// operator (Zaui), a Canadian ticketing platform's order export for a Toronto theatre company (AudienceView
// Professional), a US cannabis-dispensary POS's transaction summary (Dutchie POS) and a US order-management hub's order
// export for a print-on-demand apparel shop (Order Desk) (E 4); a Canadian CASL-aware email-marketing platform's contact
// export for a performing-arts centre (Envoke) and a US nonprofit donor-management system's donor export for an animal
// shelter (Network for Good) (P 2); a US B2B prospecting database's list export (Salesfully) and a US marketing-automation
// CRM's prospect export (LeadLiaison) (B 2). en 8 (en-CA 3, en-US 5).
// E 4, P 2, B 2.
// Headers: Dutchie POS follows the documented report column names (support.dutchie.com) where they overlap and Envoke
// follows its documented contact fields (support.envoke.com) with the export's labels from the writer's knowledge; the
// other 6 are written from the writer's knowledge of each product (no public listing of the export columns was found in
// the time available); a subset of each export's columns, in the order the writer knows. Nothing was copied from a real
// export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, CO, W } from './sets.mjs'
import { pad, ymd, mdy, hms, hm, hm12, local, hash } from './values.mjs'

const n = (x) => +x.id
const ID = ['_id', 'personID']
const HOME2 = ['homeAddress', 'mailingAddress']
const ST2 = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const usd = (x) => `$${(Math.round(x * 100) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const row = (xs, i) => xs[((i % xs.length) + xs.length) % xs.length]
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// local clocks (DST approximated by values.summer): Mountain -7, Eastern -5, Pacific -8, Central -6
const mtn = (ms) => local(ms, -7)
const est = (ms) => local(ms, -5)
const pst = (ms) => local(ms, -8)
const cst = (ms) => local(ms, -6)

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2f6b9d13); r(); r(); return r }
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
const POOL = {
  us: { m: ['Michael', 'Tyler', 'Brandon', 'Kevin', 'Jason', 'Marcus', 'Derek', 'Ryan', 'Luis', 'Andrew', 'Chris', 'Jordan'], f: ['Jessica', 'Ashley', 'Megan', 'Brittany', 'Lauren', 'Amanda', 'Kayla', 'Nicole', 'Samantha', 'Maria', 'Rachel', 'Taylor'],
    last: ['Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Wilson', 'Anderson', 'Thompson', 'Martinez', 'Robinson', 'Walker', 'Nguyen', 'Patel', 'Sullivan', 'Reyes', 'Coleman'],
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'comcast.net'],
    streets: ['Maple Ave', 'Oak St', 'N High St', 'Elm St', 'Washington Blvd', 'Lincoln Ave', 'Park Pl', 'W 5th Ave', 'Cedar Ln', 'Sunset Dr'] },
  ca: { m: ['Liam', 'Ethan', 'Connor', 'Owen', 'Mathieu', 'Noah', 'Raj', 'Daniel', 'Graham', 'Kyle', 'Wei', 'Evan'], f: ['Emma', 'Olivia', 'Chloe', 'Hannah', 'Sarah', 'Avery', 'Jasmine', 'Priya', 'Claire', 'Leah', 'Megan', 'Sophie'],
    last: ['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'MacDonald', 'Campbell', 'Anderson', 'Taylor', 'Singh', 'Chen', 'Wong', 'Leblanc', 'Fraser', 'McKenzie', 'Gill', 'Bouchard'],
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'rogers.com', 'shaw.ca', 'sympatico.ca', 'icloud.com'],
    streets: ['Queen St W', 'Dundas St E', 'Bloor St W', 'Kensington Rd NW', 'Whyte Ave', 'Granville St', 'Bank St', 'Spring Garden Rd', 'Main St', 'Danforth Ave'] },
}
// [city, province/state, postal prefix or zip, area code]
const CA_PL = [['Toronto', 'ON', 'M6J', '416'], ['Toronto', 'ON', 'M4K', '647'], ['Mississauga', 'ON', 'L5B', '905'], ['Ottawa', 'ON', 'K1S', '613'], ['Hamilton', 'ON', 'L8P', '905'], ['Calgary', 'AB', 'T2N', '403'], ['Edmonton', 'AB', 'T6E', '780'], ['Vancouver', 'BC', 'V6K', '604'], ['Victoria', 'BC', 'V8V', '250'], ['Halifax', 'NS', 'B3H', '902'], ['Winnipeg', 'MB', 'R3M', '204']]
const US_PL = [['Columbus', 'OH', '43215', '614'], ['Westerville', 'OH', '43081', '614'], ['Dublin', 'OH', '43017', '614'], ['Grove City', 'OH', '43123', '614'], ['Denver', 'CO', '80206', '303'], ['Aurora', 'CO', '80012', '720'], ['Lakewood', 'CO', '80226', '303'], ['Portland', 'OR', '97214', '503'], ['Austin', 'TX', '78704', '512'], ['Chicago', 'IL', '60614', '312'], ['Brooklyn', 'NY', '11215', '718'], ['Nashville', 'TN', '37206', '615'], ['Phoenix', 'AZ', '85016', '602'], ['Raleigh', 'NC', '27603', '919']]
const L3 = 'ABCEGHJKLMNPRSTVXY'
const memo = new Map()
function mk (c, cc) {
  const r = seeded(c, cc), d = POOL[cc]
  const female = r() < 0.5
  const first = v.pick(r, female ? d.f : d.m), last = v.pick(r, d.last)
  const pl = v.pick(r, cc === 'ca' ? CA_PL : US_PL)
  const sep = v.pick(r, ['.', '', '_', '.'])
  const email = `${ascii(first)}${sep}${ascii(last)}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}`
  const ac = pl[3], ex = v.int(r, 201, 989), ln = pad(v.int(r, 0, 9999), 4)
  const postal = cc === 'ca' ? `${pl[2]} ${v.int(r, 1, 9)}${v.pick(r, [...L3])}${v.int(r, 0, 9)}` : pl[2]
  const no = v.int(r, 12, 4800), st = v.pick(r, d.streets)
  return { female, first, last, full: `${first} ${last}`, email, city: pl[0], prov: pl[1], postal, ac, no, street: `${no} ${st}`,
    unit: r() < 0.25 ? (cc === 'ca' ? `Unit ${v.int(r, 101, 2410)}` : `Apt ${v.int(r, 1, 40)}${v.pick(r, ['', 'B', ''])}`) : '',
    dash: `${ac}-${ex}-${ln}`, paren: `(${ac}) ${ex}-${ln}`, dots: `${ac}.${ex}.${ln}`, digits: `${ac}${ex}${ln}`, r1: r(), r2: r(), r3: r() }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const us = (c) => who(c, 'us'), ca = (c) => who(c, 'ca')

// ---------------------------------------------------------------- 1. Zaui bookings report (en-CA, E)
// a Canmore guided-tour operator; [activity, adult CAD, child CAD, start time]
const ZA_ACT = [['Grotto Canyon Icewalk', 89, 59, '09:00'], ['Johnston Canyon Evening Hike', 99, 69, '17:30'], ['Banff Wildlife Safari', 129, 89, '07:00'], ['Cave Tour - Rat\'s Nest', 189, 189, '08:30'], ['Canmore Via Ferrata - Half Day', 249, 249, '13:00']]
const zaAct = (o) => ZA_ACT[n(o) % ZA_ACT.length]
const zaAd = (o) => 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 7 === 0 ? 2 : 0)
const zaCh = (o) => (zaAct(o)[1] === zaAct(o)[2] ? 0 : (n(o) % 4 === 1 ? 2 : n(o) % 5 === 2 ? 1 : 0))
const zaSub = (o) => zaAct(o)[1] * zaAd(o) + zaAct(o)[2] * zaCh(o)
const zaPromo = (o) => (n(o) % 8 === 3 ? 'LOCALS15' : '')
const zaDisc = (o) => (zaPromo(o) ? Math.round(zaSub(o) * 0.15 * 100) / 100 : 0)
const zaGst = (o) => (zaSub(o) - zaDisc(o)) * 0.05
const zaTot = (o) => zaSub(o) - zaDisc(o) + zaGst(o)
const zaSrc = (o) => row(['Website', 'Website', 'Website', 'Agent', 'Phone', 'Walk-in', 'Expedia'], n(o) >> 1)
const zaSt = (o) => (n(o) % 19 === 0 ? 'Cancelled' : n(o) % 11 === 0 ? 'No Show' : 'Confirmed')
const zaPaid = (o) => (zaSrc(o) === 'Agent' || zaSrc(o) === 'Expedia' ? 0 : zaSt(o) === 'Cancelled' ? 0 : zaTot(o))

// ---------------------------------------------------------------- 2. AudienceView Professional orders (en-CA, E)
// a Toronto theatre company's season; [event, venue]
const AV_EV = [['The Glass Menagerie', 'Berkeley Street Theatre - Upstairs'], ['A Christmas Carol (Family Edition)', 'Berkeley Street Theatre - Downstairs'], ['Kim\'s Convenience - 10th Anniversary', 'Berkeley Street Theatre - Upstairs']]
const AV_PT = [['Adult', 65], ['Senior (65+)', 52], ['Student', 25], ['Under 30', 30], ['Preview', 45], ['Comp', 0]]
const avEv = (o) => AV_EV[n(o) % AV_EV.length]
const avPt = (o) => AV_PT[(n(o) >> 1) % AV_PT.length]
const avQ = (o) => (avPt(o)[1] === 0 ? 2 : 1 + (n(o) % 3 === 0 ? 1 : 0) + (n(o) % 10 === 0 ? 2 : 0))
const avCh = (o) => row(['Online', 'Online', 'Online', 'Box Office', 'Phone'], n(o) >> 2)
const avFee = (o) => (avPt(o)[1] === 0 || avCh(o) === 'Box Office' ? 0 : 4.5 * avQ(o))
const avHst = (o) => (avPt(o)[1] * avQ(o) + avFee(o)) * 0.13
const avTot = (o) => avPt(o)[1] * avQ(o) + avFee(o) + avHst(o)
const avPay = (o) => (avTot(o) === 0 ? 'Comp' : avCh(o) === 'Box Office' ? row(['Cash', 'Interac Debit', 'Visa'], n(o)) : row(['Visa', 'Mastercard', 'American Express', 'Visa'], n(o)))
const avPerf = (o) => { const p = est(o.at + (5 + (n(o) % 40)) * 86400000); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${n(o) % 4 === 1 ? '2:00 PM' : '8:00 PM'}` }

// ---------------------------------------------------------------- 3. Dutchie POS transaction summary (en-US, E)
// a recreational + medical dispensary in Denver; state + local retail marijuana tax ~ 15% + 8.81% + 4.81%
const DT_LOC = ['Mile High Greens - Broadway', 'Mile High Greens - Colfax']
const dtItems = (o) => 1 + (n(o) % 5) + (n(o) % 9 === 0 ? 3 : 0)
const dtMed = (c) => n(c) % 6 === 0
const dtGross = (o) => Math.round((18 + (n(o) * 37) % 140) * dtItems(o) / 1.6 * 100) / 100
const dtDisc = (o) => (n(o) % 4 === 0 ? Math.round(dtGross(o) * 0.1 * 100) / 100 : n(o) % 7 === 0 ? 5 : 0)
const dtLoy = (o) => (n(o) % 10 === 3 ? 10 : 0)
const dtNet = (o) => dtGross(o) - dtDisc(o) - dtLoy(o)
const dtTax = (o, c) => dtNet(o) * (dtMed(c) ? 0.0481 : 0.2862)
const dtTip = (o) => (n(o) % 6 === 2 ? 2 + (n(o) % 4) : 0)
const dtPre = (o, c) => dtNet(o) + dtTax(o, c)
const dtPayT = (o) => row(['Cash', 'Cash', 'Debit', 'Debit', 'Dutchie Pay', 'Cash'], n(o) >> 1)
const dtRound = (o, c) => (dtPayT(o) === 'Cash' ? Math.ceil(dtPre(o, c)) - dtPre(o, c) : 0)
const dtTot = (o, c) => dtPre(o, c) + dtRound(o, c) + dtTip(o)

// ---------------------------------------------------------------- 4. Order Desk orders (en-US, E)
// a Portland print-on-demand apparel shop; [item, code, price]
const OD_IT = [['Forest Camp Tee - Heather Green / M', 'FCT-HGR-M', 28], ['Forest Camp Tee - Black / L', 'FCT-BLK-L', 28], ['Mt Hood Crewneck Sweatshirt - Oatmeal / XL', 'MHC-OAT-XL', 54], ['Stay Weird Dad Hat - Khaki', 'SWH-KHK-OS', 26], ['Bridge City Hoodie - Navy / S', 'BCH-NVY-S', 62], ['Rain Club Tote Bag', 'RCT-NAT-OS', 22]]
const odIt = (o) => OD_IT[n(o) % OD_IT.length]
const odQ = (o) => 1 + (n(o) % 6 === 0 ? 1 : 0)
const odSrc = (o) => row(['Etsy', 'Etsy', 'WooCommerce', 'WooCommerce', 'Manual'], n(o) >> 1)
const odShip = (o) => (odIt(o)[2] * odQ(o) >= 75 ? 0 : 5.95)
const odDisc = (o) => (n(o) % 9 === 4 ? Math.round(odIt(o)[2] * odQ(o) * 0.2 * 100) / 100 : 0)
const odTax = (c, o) => (['OR', 'MT', 'NH', 'DE'].includes(us(c).prov) ? 0 : Math.round((odIt(o)[2] * odQ(o) - odDisc(o)) * 0.0725 * 100) / 100)
const odTot = (c, o) => odIt(o)[2] * odQ(o) - odDisc(o) + odShip(o) + odTax(c, o)
const odFolder = (o) => row(['Shipped', 'Shipped', 'Shipped', 'New', 'Sent to Printful', 'Shipped', 'On Hold'], n(o) >> 2)

// ---------------------------------------------------------------- 5. Envoke contacts (en-CA, P)
const EN_CONSENT = ['Express', 'Express', 'Implied - Transaction', 'Implied - Inquiry', 'Express', 'Revoked', 'Expired']
const enCons = (c) => row(EN_CONSENT, n(c))
const EN_SUB = ['Monthly Newsletter', 'Monthly Newsletter; Season Announcements', 'Season Announcements; Family Programs', 'Monthly Newsletter; Donor Updates', 'Family Programs']

// ---------------------------------------------------------------- 6. Network for Good donors (en-US, P)
const nfGifts = (c) => 1 + (n(c) % 9)
const nfLast = (c) => row([25, 50, 100, 35, 250, 20, 75, 500, 40], n(c) >> 1)
const nfFirst = (c) => row([50, 25, 100, 20, 250, 35], n(c) >> 2)
const nfRec = (c) => n(c) % 5 === 1

// ---------------------------------------------------------------- 7. Salesfully list (en-US, B)
// a Dallas commercial-cleaning company prospecting offices and clinics in DFW; [company, SIC, SIC description, domain]
const SF_CO = [['Trinity Ridge Dental Group', '8021', 'Dentists', 'trinityridgedental.com'], ['Lone Star Title & Escrow', '6541', 'Title Abstract Offices', 'lonestartitle.com'], ['Harwood Legal Partners PLLC', '8111', 'Legal Services', 'harwoodlegal.com'], ['Meridian Physical Therapy', '8049', 'Offices of Health Practitioners, NEC', 'meridianptdfw.com'], ['Addison Insurance Advisors', '6411', 'Insurance Agents, Brokers & Service', 'addisonins.com'], ['Cedar Springs Veterinary Clinic', '0742', 'Veterinary Services for Animal Specialties', 'cedarspringsvet.com'], ['Preston Hollow CPA Group', '8721', 'Accounting, Auditing & Bookkeeping', 'prestonhollowcpa.com']]
const sfCo = (c) => SF_CO[n(c) % SF_CO.length]
const SF_PL = [['Dallas', '75201', 'Dallas'], ['Dallas', '75219', 'Dallas'], ['Plano', '75024', 'Collin'], ['Irving', '75039', 'Dallas'], ['Addison', '75001', 'Dallas'], ['Richardson', '75080', 'Dallas'], ['Frisco', '75034', 'Collin']]
const sfPl = (c) => SF_PL[(n(c) >> 1) % SF_PL.length]
const SF_TITLE = ['Owner', 'Office Manager', 'President', 'Practice Administrator', 'Managing Partner', 'Facilities Manager', 'Operations Manager']

// ---------------------------------------------------------------- 8. LeadLiaison prospects (en-US, B)
// an Atlanta industrial-air-compressor manufacturer's marketing team; [company, domain, industry, city, state, zip]
const LL_CO = [['Southeastern Millwork Inc.', 'semillwork.com', 'Manufacturing', 'Macon', 'GA', '31201'], ['Piedmont Auto Body Supply', 'piedmontabs.com', 'Automotive', 'Charlotte', 'NC', '28206'], ['Gulf Coast Fabrication LLC', 'gulfcoastfab.com', 'Manufacturing', 'Mobile', 'AL', '36602'], ['Blue Ridge Packaging', 'blueridgepkg.com', 'Packaging & Containers', 'Greenville', 'SC', '29601'], ['Volunteer Plastics Corp', 'volunteerplastics.com', 'Plastics', 'Knoxville', 'TN', '37917'], ['Peachtree Dental Lab', 'peachtreedentallab.com', 'Medical Devices', 'Marietta', 'GA', '30060']]
const llCo = (c) => LL_CO[n(c) % LL_CO.length]
const LL_TITLE = ['Maintenance Manager', 'Plant Manager', 'Purchasing Agent', 'VP of Operations', 'Facilities Engineer', 'Owner', 'Maintenance Technician']
const llDom = (c) => llCo(c)[1]
const llMail = (c) => `${ascii(us(c).first)[0]}${ascii(us(c).last)}@${llDom(c)}`
const llScore = (c) => (n(c) * 17) % 140

export const SETS = [
  { name: 'zaui-bookings-report-ca', product: 'Zaui (Reports > Bookings Report > Export CSV, one row per booking, a Canmore, Alberta guided-tour operator, English (Canada))', family: 'activity-bookings', language: 'en', schema: E, cols: [
    ['Booking #', (c, o) => String(200000 + n(o) * 7), ['_id', OR('purchaseID')]],
    ['Booked On', (c, o) => { const p = mtn(o.at); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Activity Date', (c, o) => ymd(mtn(o.at + (2 + (n(o) % 30)) * 86400000)), []],
    ['Start Time', (c, o) => zaAct(o)[3], []],
    ['Activity', (c, o) => zaAct(o)[0], [PL('name')], opt],
    ['Adults', (c, o) => String(zaAd(o)), [], opt],
    ['Children', (c, o) => String(zaCh(o)), []],
    ['Total Pax', (c, o) => String(zaAd(o) + zaCh(o)), [PL('quantity')], opt],
    ['First Name', (c) => ca(c).first, []],
    ['Last Name', (c) => ca(c).last, []],
    ['Email', (c) => ca(c).email, EMAIL_ID],
    ['Phone', (c) => (n(c) % 6 === 0 ? '' : n(c) % 9 === 0 ? us(c).dash : ca(c).dash), PHONE_ID],
    ['Province/State', (c) => (n(c) % 9 === 0 ? us(c).prov : ca(c).prov), [BILL('stateProvince'), BILL('state')], opt],
    ['Country', (c) => (n(c) % 9 === 0 ? 'United States' : 'Canada'), [BILL('country')], opt],
    ['Hotel / Pickup', (c, o) => (n(o) % 3 === 0 ? row(['Fairmont Banff Springs', 'Malcolm Hotel', 'Coast Canmore Hotel', 'Meet at Office'], n(o)) : 'Meet at Office'), []],
    ['Source', (c, o) => zaSrc(o), [], opt],
    ['Agent', (c, o) => (zaSrc(o) === 'Agent' ? row(['Banff Adventures Centre', 'Discover Banff Tours', 'Canmore Visitor Centre'], n(o)) : zaSrc(o) === 'Expedia' ? 'Expedia Local Expert' : ''), []],
    ['Promo Code', (c, o) => zaPromo(o), ['commerce.promotionID']],
    ['Discount', (c, o) => two(zaDisc(o)), [OR('discountAmount')]],
    ['Subtotal', (c, o) => two(zaSub(o) - zaDisc(o)), [], opt],
    ['GST', (c, o) => two(zaGst(o)), [OR('taxAmount')]],
    ['Total', (c, o) => two(zaTot(o)), [OR('priceTotal')]],
    ['Paid', (c, o) => two(zaPaid(o)), [OR('payments[0].paymentAmount')], opt],
    ['Balance Owing', (c, o) => two(zaSt(o) === 'Cancelled' ? 0 : zaTot(o) - zaPaid(o)), []],
    ['Payment Method', (c, o) => (zaPaid(o) === 0 ? (zaSrc(o) === 'Agent' || zaSrc(o) === 'Expedia' ? 'On Account' : '') : row(['Visa', 'Mastercard', 'Visa', 'American Express', 'Debit'], n(o))), [OR('payments[0].paymentType')]],
    ['Currency', () => 'CAD', [OR('currencyCode')], opt],
    ['Status', (c, o) => zaSt(o), [], opt],
  ] },
  { name: 'audienceview-professional-orders-ca', product: 'AudienceView Professional (Reports > Orders > Order Details > Export to Excel, one row per order, a Toronto theatre company\'s season, English (Canada))', family: 'ticketing-orders', language: 'en', schema: E, cols: [
    ['Order #', (c, o) => String(41000000 + n(o) * 13), ['_id', OR('purchaseID')]],
    ['Order Date', (c, o) => { const p = est(o.at); return `${mdy(p)} ${hm12(p)}` }, ['timestamp']],
    ['Event', (c, o) => avEv(o)[0], [PL('name')], opt],
    ['Venue', (c, o) => avEv(o)[1], [], opt],
    ['Performance', (c, o) => avPerf(o), []],
    ['Price Level', (c, o) => avPt(o)[0], [PL('productCategories[0].categoryName')], opt],
    ['Section', (c, o) => row(['Orchestra', 'Orchestra', 'Balcony', 'General Admission'], n(o) >> 1), []],
    ['Seats', (c, o) => { const s = 101 + (n(o) % 20); return Array.from({ length: avQ(o) }, (_, k) => `${row(['C', 'F', 'H', 'K', 'M'], n(o))}${s + k}`).join(', ') }, []],
    ['Qty', (c, o) => String(avQ(o)), [PL('quantity')]],
    ['Ticket Total', (c, o) => usd(avPt(o)[1] * avQ(o)), [], opt],
    ['Fees', (c, o) => usd(avFee(o)), []],
    ['HST', (c, o) => usd(avHst(o)), [OR('taxAmount')]],
    ['Order Total', (c, o) => usd(avTot(o)), [OR('priceTotal')]],
    ['Payment Type', (c, o) => avPay(o), [OR('payments[0].paymentType')]],
    ['Sales Channel', (c, o) => avCh(o), [], opt],
    ['Delivery Method', (c, o) => (avCh(o) === 'Box Office' ? 'Will Call' : row(['Print at Home', 'Mobile Ticket', 'Print at Home', 'Will Call'], n(o))), [], opt],
    ['First Name', (c) => ca(c).first, []],
    ['Last Name', (c) => ca(c).last, []],
    ['Email', (c, o) => (avCh(o) === 'Box Office' && n(o) % 3 === 0 ? '' : ca(c).email), EMAIL_ID],
    ['Phone', (c) => ca(c).paren, PHONE_ID],
    ['Address', (c) => ca(c).street, [BILL('street1')], opt],
    ['City', (c) => ca(c).city, [BILL('city')], opt],
    ['Province', (c) => ca(c).prov, [BILL('stateProvince'), BILL('state')], opt],
    ['Postal Code', (c) => ca(c).postal, [BILL('postalCode')], opt],
    ['Opt-In', (c) => (ca(c).r1 < 0.55 ? 'Yes' : 'No'), [], opt],
    ['Promo Code', (c, o) => (avPt(o)[0] === 'Preview' ? 'FIRSTLOOK' : n(o) % 12 === 5 ? 'SUBSCRIBER10' : ''), ['commerce.promotionID']],
  ] },
  { name: 'dutchie-pos-transaction-summary-us', product: 'Dutchie POS (Backoffice > Reports > Sales > POS Transaction Summary > Export, one row per transaction, a Denver recreational and medical dispensary; column names as in Dutchie\'s report-column glossary where they overlap)', family: 'pos-transactions', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o) => String(58000000 + n(o) * 11), ['_id', OR('purchaseID')]],
    ['Transaction Date', (c, o) => { const p = mtn(o.at); return `${mdy(p)} ${hm12(p)}` }, ['timestamp']],
    ['Location', (c, o) => row(DT_LOC, n(o) >> 3), ['placeContext.POIinteraction.POIDetail.name', 'commerce.commerceScope.storeCode'], opt],
    ['Register', (c, o) => `Register ${1 + (n(o) % 4)}`, []],
    ['Employee', (c, o) => row(['Jake M.', 'Destiny R.', 'Carlos V.', 'Brianna K.', 'Tanner W.'], n(o) >> 1), []],
    ['Customer Name', (c) => us(c).full, []],
    ['Customer ID', (c) => String(1200000 + n(c)), CUST_ID],
    ['Customer Type', (c) => (dtMed(c) ? 'Medical' : 'Recreational'), []],
    ['Order Type', (c, o) => row(['In Store', 'In Store', 'In Store', 'Pickup', 'Pickup', 'Delivery'], n(o) >> 2), [OR('orderType')], opt],
    ['Order Source', (c, o) => (row(['In Store', 'In Store', 'In Store', 'Pickup', 'Pickup', 'Delivery'], n(o) >> 2) === 'In Store' ? 'POS' : 'Online'), [], opt],
    ['Items Sold', (c, o) => String(dtItems(o)), [PL('quantity')], opt],
    ['Gross Sales', (c, o) => two(dtGross(o)), [], opt],
    ['Discount Amount', (c, o) => two(dtDisc(o)), [OR('discountAmount')]],
    ['Loyalty as Discount', (c, o) => two(dtLoy(o)), [], opt],
    ['Net Sales', (c, o) => two(dtNet(o)), [], opt],
    ['Total Tax', (c, o) => two(dtTax(o, c)), [OR('taxAmount')]],
    ['Tips', (c, o) => two(dtTip(o)), []],
    ['Rounding', (c, o) => two(dtRound(o, c)), []],
    ['Total Invoice', (c, o) => two(dtTot(o, c)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Payment Type', (c, o) => dtPayT(o), [OR('payments[0].paymentType')]],
    ['Amount Paid in Cash', (c, o) => two(dtPayT(o) === 'Cash' ? dtTot(o, c) : 0), [], opt],
    ['Amount Paid in Debit', (c, o) => two(dtPayT(o) === 'Debit' ? dtTot(o, c) : 0), [], opt],
    ['Amount Paid in Dutchie Pay', (c, o) => two(dtPayT(o) === 'Dutchie Pay' ? dtTot(o, c) : 0), [], opt],
    ['Loyalty Points Earned', (c, o) => (n(c) % 4 === 0 ? '0' : String(Math.floor(dtNet(o)))), [], opt],
  ] },
  { name: 'orderdesk-orders-export-us', product: 'Order Desk (Orders > Export Orders > CSV, one row per order item, a Portland, Oregon print-on-demand apparel shop selling on Etsy and WooCommerce)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(61400000 + n(o) * 29), ['_id', OR('purchaseID')]],
    ['Source Name', (c, o) => odSrc(o), [], opt],
    ['Source ID', (c, o) => (odSrc(o) === 'Etsy' ? String(3100000000 + n(o) * 4111) : odSrc(o) === 'WooCommerce' ? String(18000 + n(o)) : ''), [OR('purchaseOrderNumber')], opt],
    ['Date Added', (c, o) => { const p = pst(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Email', (c) => us(c).email, EMAIL_ID],
    ['Shipping First Name', (c) => us(c).first, []],
    ['Shipping Last Name', (c) => us(c).last, []],
    ['Shipping Company', (c) => (n(c) % 11 === 0 ? 'Rose City Coffee Co' : ''), []],
    ['Shipping Address 1', (c) => us(c).street, [SHIP('street1')]],
    ['Shipping Address 2', (c) => us(c).unit, [SHIP('street2')]],
    ['Shipping City', (c) => us(c).city, [SHIP('city')]],
    ['Shipping State', (c) => us(c).prov, [SHIP('stateProvince'), SHIP('state')]],
    ['Shipping Postal Code', (c) => us(c).postal, [SHIP('postalCode')]],
    ['Shipping Country', () => 'US', [SHIP('countryCode'), SHIP('country')]],
    ['Shipping Phone', (c) => (n(c) % 3 === 0 ? '' : us(c).digits), PHONE_ID, opt],
    ['Shipping Method', (c, o) => (odShip(o) === 0 ? 'Free Shipping' : row(['USPS First Class', 'USPS Priority Mail', 'USPS Ground Advantage'], n(o))), ['commerce.shipping.shippingMethod']],
    ['Item Name', (c, o) => odIt(o)[0], [PL('name')]],
    ['Item Code', (c, o) => odIt(o)[1], [PL('SKU')]],
    ['Item Quantity', (c, o) => String(odQ(o)), [PL('quantity')]],
    ['Item Price', (c, o) => two(odIt(o)[2]), [], opt],
    ['Shipping Total', (c, o) => two(odShip(o)), ['commerce.shipping.shippingAmount']],
    ['Tax Total', (c, o) => two(odTax(c, o)), [OR('taxAmount')]],
    ['Discount Total', (c, o) => two(odDisc(o)), [OR('discountAmount')]],
    ['Order Total', (c, o) => two(odTot(c, o)), [OR('priceTotal')]],
    ['Payment Type', (c, o) => (odSrc(o) === 'Etsy' ? 'Etsy Payments' : odSrc(o) === 'Manual' ? 'Manual' : row(['Stripe', 'PayPal'], n(o))), [OR('payments[0].paymentType')]],
    ['Folder', (c, o) => odFolder(o), [], opt],
    ['Tracking Number', (c, o) => (odFolder(o) === 'Shipped' ? `9400${pad(n(o) * 7919 % 100000000, 8)}${pad(n(c) % 1000000, 6)}${pad(n(o) % 10000, 4)}` : ''), ['commerce.shipping.trackingNumber']],
  ] },
  { name: 'envoke-contacts-export-ca', product: 'Envoke (Contacts > select all > Export (CSV), one row per contact, a Toronto performing-arts centre\'s email list, English (Canada); fields as in Envoke\'s documented contact fields)', family: 'email-marketing-contacts', language: 'en', schema: P, cols: [
    ['Contact ID', (c) => String(8800000 + n(c) * 3), ID],
    ['Email', (c) => ca(c).email, ['personalEmail.address']],
    ['First name', (c) => ca(c).first, ['person.name.firstName']],
    ['Last name', (c) => ca(c).last, ['person.name.lastName']],
    ['Title', (c) => (n(c) % 7 === 0 ? 'Teacher' : ''), [], opt],
    ['Company', (c) => (n(c) % 7 === 0 ? 'Toronto District School Board' : ''), ['organizations[0]'], opt],
    ['Phone', (c) => (n(c) % 3 === 0 ? '' : ca(c).dash), ['mobilePhone.number', 'homePhone.number']],
    ['Address 1', (c) => (n(c) % 4 === 0 ? '' : ca(c).street), at(HOME2, 'street1')],
    ['Address 2', (c) => (n(c) % 4 === 0 ? '' : ca(c).unit), at(HOME2, 'street2')],
    ['City', (c) => ca(c).city, at(HOME2, 'city')],
    ['Province', (c) => ca(c).prov, ST2(HOME2)],
    ['Postal code', (c) => (n(c) % 4 === 0 ? '' : ca(c).postal), at(HOME2, 'postalCode')],
    ['Country', () => 'CA', [...at(HOME2, 'countryCode'), ...at(HOME2, 'country')]],
    ['Language', (c) => (n(c) % 8 === 0 ? 'fr' : 'en'), [], opt],
    ['Consent status', (c) => enCons(c), [], opt],
    ['Consent date', (c) => { const p = est(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Consent description', (c) => row(['Signed up on website footer form', 'Signed up on website footer form', 'Purchased tickets online', 'Contest entry - 2024 season launch', 'Signed up at box office', 'Unsubscribed via preference centre', 'Implied consent expired'], n(c)), []],
    ['Email status', (c) => (n(c) % 13 === 0 ? 'Bounced' : 'Active'), ['personalEmail.status'], opt],
    ['Subscriptions', (c) => (['Revoked', 'Expired'].includes(enCons(c)) ? '' : row(EN_SUB, n(c) >> 1)), [], opt],
    ['Interests', (c) => row(['Theatre', 'Dance; Music', 'Theatre; Family', 'Music', 'Comedy; Theatre', ''], n(c) >> 2), []],
    ['Source', (c) => row(['Website form', 'Website form', 'Ticketing import', 'Contest', 'Box office', 'Ticketing import', 'Website form'], n(c)), [], opt],
    ['Date created', (c) => { const p = est(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Last updated', (c) => { const p = est(Math.max(c.created, c.updated)); return `${ymd(p)} ${hms(p)}` }, [], opt],
  ] },
  { name: 'networkforgood-donors-export-us', product: 'Network for Good (Donor Management > Donors > Export Donors (CSV), one row per donor, a Columbus, Ohio animal shelter)', family: 'nonprofit-donors', language: 'en', schema: P, cols: [
    ['Donor ID', (c) => String(30500 + n(c) % 60000), ID],
    ['Donor Type', (c) => (n(c) % 15 === 0 ? 'Organization' : 'Individual'), [], opt],
    ['Prefix', (c) => (n(c) % 3 === 0 ? '' : us(c).female ? row(['Ms.', 'Mrs.'], n(c)) : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => us(c).first, ['person.name.firstName']],
    ['Last Name', (c) => us(c).last, ['person.name.lastName']],
    ['Organization Name', (c) => (n(c) % 15 === 0 ? row(['Westerville Rotary Club', 'Buckeye Pet Supply LLC', 'German Village Dental'], n(c)) : ''), ['organizations[0]'], opt],
    ['Email', (c) => us(c).email, ['personalEmail.address']],
    ['Home Phone', (c) => (n(c) % 4 === 0 ? us(c).paren : ''), ['homePhone.number']],
    ['Mobile Phone', (c) => (n(c) % 3 === 0 ? '' : us(c).paren), ['mobilePhone.number']],
    ['Address Line 1', (c) => us(c).street, at(HOME2, 'street1')],
    ['Address Line 2', (c) => us(c).unit, at(HOME2, 'street2')],
    ['City', (c) => us(c).city, at(HOME2, 'city')],
    ['State', (c) => us(c).prov, ST2(HOME2)],
    ['Zip', (c) => us(c).postal, at(HOME2, 'postalCode')],
    ['Country', () => 'United States', at(HOME2, 'country')],
    ['First Gift Date', (c) => mdy(est(c.created)), [], opt],
    ['First Gift Amount', (c) => usd(nfFirst(c)), []],
    ['Last Gift Date', (c) => mdy(est(c.created + (nfGifts(c) - 1) * (nfRec(c) ? 30 : 97) * 86400000)), [], opt],
    ['Last Gift Amount', (c) => usd(nfLast(c)), []],
    ['Largest Gift', (c) => usd(Math.max(nfFirst(c), nfLast(c), n(c) % 4 === 0 ? 500 : 0)), []],
    ['Total Giving', (c) => usd(nfFirst(c) + nfLast(c) * (nfGifts(c) - 1)), [], opt],
    ['Number of Gifts', (c) => String(nfGifts(c)), [], opt],
    ['Recurring Donor', (c) => (nfRec(c) ? 'Yes' : 'No'), []],
    ['Email Opt Out', (c) => (us(c).r2 < 0.1 ? 'Yes' : 'No'), [], opt],
    ['Do Not Mail', (c) => (us(c).r3 < 0.06 ? 'Yes' : 'No'), []],
    ['Tags', (c) => row(['Adopter', 'Volunteer', 'Fur Ball Gala 2024', '', 'Monthly Guardian', 'Foster'], n(c) >> 1), []],
  ] },
  { name: 'salesfully-list-export-us', product: 'Salesfully (Search > Saved List > Export (CSV), one row per business contact, a Dallas commercial-cleaning company prospecting offices and clinics in the DFW area)', family: 'b2b-prospecting', language: 'en', schema: B, cols: [
    ['Company Name', (c) => sfCo(c)[0], CO],
    ['First Name', (c) => us(c).first, ['person.name.firstName']],
    ['Last Name', (c) => us(c).last, ['person.name.lastName']],
    ['Title', (c) => row(SF_TITLE, n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['Address', (c) => `${us(c).no} ${row(['N Central Expy', 'Dallas Pkwy', 'LBJ Fwy', 'Belt Line Rd', 'Preston Rd', 'Cedar Springs Rd'], n(c))}${n(c) % 3 === 0 ? ` Ste ${100 + (n(c) % 9) * 100}` : ''}`, [W('street1')]],
    ['City', (c) => sfPl(c)[0], [W('city')]],
    ['State', () => 'TX', [W('stateProvince'), W('state')]],
    ['Zip', (c) => sfPl(c)[1], [W('postalCode')]],
    ['County', (c) => sfPl(c)[2], [], opt],
    ['Phone', (c) => `(${row(['214', '972', '469'], n(c))}) ${us(c).paren.slice(6)}`, ['workPhone.number']],
    ['Email', (c) => `${ascii(us(c).first)}@${sfCo(c)[3]}`, ['workEmail.address']],
    ['Website', (c) => `www.${sfCo(c)[3]}`, ['b2b.companyWebsite']],
    ['Primary SIC Code', (c) => sfCo(c)[1], []],
    ['Primary SIC Description', (c) => sfCo(c)[2], []],
    ['Location Employee Size', (c) => row(['1 to 4', '5 to 9', '10 to 19', '20 to 49', '50 to 99'], n(c) >> 1), []],
    ['Location Sales Volume', (c) => row(['$500,000 to $1 Million', '$1 to 2.5 Million', '$2.5 to 5 Million', '$5 to 10 Million', 'Less Than $500,000'], n(c) >> 1), []],
    ['Location Type', (c) => row(['Single Location', 'Single Location', 'Headquarters', 'Branch'], n(c) >> 3), []],
    ['Year Established', (c) => String(1978 + (n(c) % 44)), []],
    ['Latitude', (c) => (32.78 + ((n(c) * 37) % 300) / 1000).toFixed(6), ['workAddress._schema.latitude'], opt],
    ['Longitude', (c) => (-96.80 + ((n(c) * 53) % 300) / 1000).toFixed(6), ['workAddress._schema.longitude'], opt],
  ] },
  { name: 'leadliaison-prospects-export-us', product: 'LeadLiaison (Prospects > Prospect List > Export to CSV, one row per prospect, an Atlanta industrial air-compressor manufacturer\'s marketing team)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Prospect ID', (c) => String(7200000 + n(c) * 5), B2BID],
    ['First Name', (c) => us(c).first, ['person.name.firstName']],
    ['Last Name', (c) => us(c).last, ['person.name.lastName']],
    ['Email', (c) => llMail(c), ['workEmail.address']],
    ['Company', (c) => llCo(c)[0], CO],
    ['Title', (c) => row(LL_TITLE, n(c) >> 1), ['extendedWorkDetails.jobTitle']],
    ['Phone', (c) => `${row(['478', '704', '251', '864', '865', '770'], n(c) % 6)}-${us(c).dash.slice(4)}`, ['workPhone.number']],
    ['Mobile Phone', (c) => (n(c) % 3 === 0 ? us(c).dash : ''), ['mobilePhone.number']],
    ['Address', (c) => `${us(c).no} ${row(['Industrial Blvd', 'Commerce Dr', 'Airport Rd', 'Technology Pkwy'], n(c))}`, [W('street1')]],
    ['City', (c) => llCo(c)[3], [W('city')]],
    ['State', (c) => llCo(c)[4], [W('stateProvince'), W('state')]],
    ['Zip', (c) => llCo(c)[5], [W('postalCode')]],
    ['Country', () => 'United States', [W('country')]],
    ['Website', (c) => `https://www.${llDom(c)}`, ['b2b.companyWebsite']],
    ['Industry', (c) => llCo(c)[2], []],
    ['Lead Source', (c) => row(['Website Form', 'Trade Show - FABTECH', 'Google Ads', 'Content Download', 'Referral', 'LinkedIn'], n(c) >> 2), ['b2b.personSource']],
    ['Lead Score', (c) => String(llScore(c)), ['b2b.personScore']],
    ['Grade', (c) => row(['A', 'B', 'B', 'C', 'D'], n(c) >> 1), [], opt],
    ['Lifecycle Stage', (c) => (llScore(c) > 100 ? 'SQL' : llScore(c) > 60 ? 'MQL' : 'Lead'), ['b2b.personStatus'], opt],
    ['Owner', (c) => row(['Greg Holloway', 'Dana Whitfield', 'Unassigned'], n(c)), []],
    ['Unsubscribed', (c) => (n(c) % 12 === 5 ? 'Yes' : 'No'), ['b2b.personOptInOut.globalOptout', 'b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email'], opt],
    ['Created Date', (c) => { const p = est(c.created); return `${mdy(p)} ${hm12(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Last Activity Date', (c) => { const p = est(Math.max(c.created, c.updated)); return `${mdy(p)} ${hm12(p)}` }, ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },
]
