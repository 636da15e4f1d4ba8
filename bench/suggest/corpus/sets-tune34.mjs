// Round 34, tune34: tune sets added in round 34, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, HOME, ID, OR, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12 } from './values12.mjs'
import { slug } from './values.mjs'

const DAY = 86400000
const dot = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
// dates in the product's local time (h = hours from UTC)
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHm = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const mdy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const dotDmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const dotDmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const jpSlash = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const jpDay = (ms) => { const p = shift(ms, 9); return `${p.y}/${pad(p.m)}/${pad(p.d)}` }
// a stay of n nights starting some days after the booking (a local date at noon, so the day does not move)
const stay = (o, i) => Math.floor((o.at + (7 + (i * 5) % 60) * DAY) / DAY) * DAY + 12 * 3600000
const early = (c) => Math.min(c.created, c.updated)
const late = (c) => Math.max(c.created, c.updated)
const nights = (i) => [2, 3, 1, 5, 4, 7, 2][i % 7]

// local people and places
const AU_PEOPLE = [['Jack', 'Nguyen', 'Bondi', 'NSW', '2026', '12 Campbell Parade'], ['Olivia', 'Thompson', 'Fitzroy', 'VIC', '3065', '88 Brunswick St'], ['Liam', 'O\'Brien', 'Fortitude Valley', 'QLD', '4006', '5/140 Ann St'], ['Chloe', 'Walker', 'Fremantle', 'WA', '6160', '23 High St'], ['Noah', 'Patel', 'Glenelg', 'SA', '5045', '7 Jetty Rd'], ['Mia', 'Kelly', 'Hobart', 'TAS', '7000', '41 Salamanca Pl'], ['Ethan', 'Wilson', 'Newtown', 'NSW', '2042', '210 King St']]
const AU_MOBILE = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const UK_PEOPLE = [['Oliver', 'Hughes', 'Bristol', 'BS1 4DJ'], ['Amelia', 'Clarke', 'Leeds', 'LS1 5AE'], ['Harry', 'Evans', 'Brighton', 'BN1 1UB'], ['Isla', 'Robinson', 'Manchester', 'M4 1HN'], ['George', 'Wright', 'Edinburgh', 'EH1 1YZ'], ['Ava', 'Thompson', 'Cardiff', 'CF10 1EP'], ['Jacob', 'Wood', 'York', 'YO1 7HH']]
const UK_MOBILE = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const BOOKERS = [['Sophie Martin', 'fr', '+33 6 12 34 56 78', '18 rue des Carmes, Lyon, 69002, France'], ['Jonas Becker', 'de', '+49 151 23456789', 'Lindenstraße 4, Köln, 50667, Germany'], ['Emma de Vries', 'nl', '+31 6 23456789', 'Prinsengracht 221, Amsterdam, 1015 DS, Netherlands'], ['James Walker', 'gb', '+44 7700 900123', '14 Park Row, Leeds, LS1 5HD, United Kingdom'], ['Giulia Ricci', 'it', '+39 333 123 4567', 'Via Roma 12, Milano, 20121, Italy'], ['Michael Brown', 'us', '+1 212 555 0147', '350 W 42nd St, New York, 10036, United States'], ['Lucía García', 'es', '+34 612 345 678', 'Calle Mayor 5, Madrid, 28013, Spain']]
const LISTINGS = [['Sunny loft near the Old Town', 118], ['Garden studio with parking', 84], ['Sea view apartment, 2 bedrooms', 165], ['Cosy room in a family house', 52]]
const AT_PLACES = [['Wien', '1070', 'Neubaugasse'], ['Wien', '1020', 'Praterstraße'], ['Graz', '8010', 'Herrengasse'], ['Linz', '4020', 'Landstraße'], ['Salzburg', '5020', 'Linzer Gasse'], ['Innsbruck', '6020', 'Maria-Theresien-Straße']]
const AT_FIRST = [['Lukas', 'Anna'], ['Tobias', 'Lena'], ['Florian', 'Katharina'], ['Stefan', 'Julia'], ['Michael', 'Sarah']]
const AT_LAST = ['Gruber', 'Huber', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Hofer', 'Leitner', 'Berger', 'Eder']
const at1 = (c, i) => { const f = AT_FIRST[i % 5][c.female ? 1 : 0], l = AT_LAST[(+c.id) % 10], [city, plz, str] = row(AT_PLACES, +c.id % 6 + i); return { f, l, city, plz, street: `${str} ${(+c.id % 90) + 1}`, mail: `${slug(f)}.${slug(l)}${+c.id % 97}@${['gmx.at', 'gmail.com', 'aon.at', 'outlook.com'][i % 4]}`, mobile: `+43 6${[64, 60, 76, 99][i % 4]} ${+c.id % 9000 + 1000}${String(+c.id).slice(0, 3)}` } }
const rub = (n) => `${Math.round(n)}`.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
const ruDay = (ms) => dotDmy(ms, 3)
const ruTime = (ms) => dotDmyHm(ms, 3)
const CLASSES = [['Hatha Yoga', 'Yoga Studio Neubau'], ['Vinyasa Flow', 'Yoga Studio Neubau'], ['Pilates Mat', 'Studio 2'], ['Yin Yoga', 'Studio 2']]
const UK_EVENTS = [['Pottery taster session', 35], ['Beginners\' sourdough workshop', 55], ['Life drawing (drop-in)', 12], ['Kids\' forest school', 18]]
const TP_EVENTS = [['Конференция «Цифровой маркетинг»', 'Стандарт', 4900], ['Лекция: История русского авангарда', 'Входной билет', 600], ['Мастер-класс по керамике', 'Участие + материалы', 3200], ['Митап Frontend Moscow #12', 'Бесплатный', 0]]
const ET_NAMES = [['Mari', 'Tamm'], ['Jaan', 'Saar'], ['Kadri', 'Sepp'], ['Andres', 'Mägi'], ['Liis', 'Kask'], ['Margus', 'Kukk'], ['Kristiina', 'Rebane']]
const FI_EVENTS = [['Jazzkaar: Tallinn Jazz Night', 'Täispilet', 28], ['Jazzkaar: Tallinn Jazz Night', 'Sooduspilet', 18], ['Tartu Startup Day', 'Early Bird', 79], ['Kontsert Kumu auditooriumis', 'Pilet', 15]]
const HPB_MENUS = [['カット', 'カット+前髪カット', 5500], ['カット+カラー', '【平日限定】カット+リタッチカラー ¥7700', 8800], ['カット+パーマ', '【新規】デジタルパーマ+カット+トリートメント', 13200], ['トリートメント', '【髪質改善】酸熱トリートメント', 9900]]
const CP_SLOTS = ['一般参加枠', '一般参加枠', '学生枠', 'LT枠', 'オンライン参加枠']

export const SETS = [
  // ---------------------------------------------------------------- payments (Airbnb, Earnings > Completed payouts > Download CSV, US host, USD)
  { name: 'airbnb-earnings', product: 'Airbnb (host Earnings dashboard > Paid / transaction history > Download CSV, US host, USD)', family: 'payments', language: 'en', schema: E, cols: [
    ['Date', (c, o, r, i) => mdy(stay(o, i) + DAY, -5), ['timestamp'], opt],
    ['Type', (c, o, r, i) => (i % 9 === 8 ? 'Adjustment' : i % 7 === 6 ? 'Payout' : 'Reservation'), [], opt],
    ['Confirmation Code', (c, o, r, i) => (i % 7 === 6 ? '' : `HM${v.alnum(r, 8).toUpperCase()}`), [OR('purchaseID'), '_id']],
    ['Booking date', (c, o, r, i) => (i % 7 === 6 ? '' : mdy(o.at, -5)), [OR('createdDate'), 'timestamp'], opt],
    ['Start date', (c, o, r, i) => (i % 7 === 6 ? '' : mdy(stay(o, i))), [], opt],
    ['End date', (c, o, r, i) => (i % 7 === 6 ? '' : mdy(stay(o, i) + nights(i) * DAY)), []],
    ['Nights', (c, o, r, i) => (i % 7 === 6 ? '' : String(nights(i))), [PL('quantity')], opt],
    ['Guest', (c, o, r, i) => (i % 7 === 6 ? '' : c.full), []],
    ['Listing', (c, o, r, i) => (i % 7 === 6 ? '' : row(LISTINGS, i)[0]), [PL('name')], opt],
    ['Details', (c, o, r, i) => (i % 7 === 6 ? `Transfer to Checking ****${v.int(r, 1000, 9999)} (USD)` : i % 9 === 8 ? 'Resolution adjustment' : ''), []],
    ['Reference code', (c, o, r, i) => (i % 7 === 6 ? v.alnum(r, 10).toUpperCase() : ''), [OR('payments[0].transactionID')], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o, r, i) => (i % 7 === 6 ? '' : dot(row(LISTINGS, i)[1] * nights(i) * 0.97 + 60)), [OR('payments[0].paymentAmount')], opt],
    ['Paid out', (c, o, r, i) => (i % 7 === 6 ? dot(v.int(r, 300, 2400) + 0.5) : ''), []],
    ['Service fee', (c, o, r, i) => (i % 7 === 6 ? '' : dot(row(LISTINGS, i)[1] * nights(i) * 0.03)), []],
    ['Fast Pay Fee', () => '', []],
    ['Cleaning fee', (c, o, r, i) => (i % 7 === 6 ? '' : '60.00'), []],
    ['Gross earnings', (c, o, r, i) => (i % 7 === 6 ? '' : dot(row(LISTINGS, i)[1] * nights(i) + 60)), [OR('priceTotal')], opt],
    ['Occupancy taxes', (c, o, r, i) => (i % 7 === 6 ? '' : dot(row(LISTINGS, i)[1] * nights(i) * 0.115)), [OR('taxAmount')]],
    ['Earnings year', (c, o) => String(shift(o.at, -5).y), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Booking.com extranet, Reservations > Download, Lisbon guesthouse, EUR)
  { name: 'booking-com-reservations', product: 'Booking.com (Extranet > Reservations > Download, a Lisbon guesthouse, EUR)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Book number', (c, o, r) => String(v.int(r, 2000000000, 4999999999)), [OR('purchaseID'), '_id']],
    ['Booked by', (c, o, r, i) => row(BOOKERS, i)[0], []],
    ['Guest name(s)', (c, o, r, i) => (r() < 0.4 ? `${row(BOOKERS, i)[0]}, ${c.full}` : row(BOOKERS, i)[0]), []],
    ['Check-in', (c, o, r, i) => ymd(stay(o, i)), [], opt],
    ['Check-out', (c, o, r, i) => ymd(stay(o, i) + nights(i) * DAY), []],
    ['Booked on', (c, o) => ymdHms(o.at, 0), ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['ok', 'ok', 'ok', 'cancelled_by_guest', 'no_show']), [], opt],
    ['Rooms', (c, o, r) => String(v.pick(r, [1, 1, 1, 2])), [PL('quantity')], opt],
    ['People', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Adults', (c, o, r) => String(v.int(r, 1, 3)), []],
    ['Children', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Children\'s ages', (c, o, r) => v.pick(r, ['', '', '', '7', '4, 9']), []],
    ['Price', (c, o, r, i) => `${dot(row(LISTINGS, i)[1] * nights(i))} EUR`, [OR('priceTotal')]],
    ['Commission %', () => '15', []],
    ['Commission amount', (c, o, r, i) => `${dot(row(LISTINGS, i)[1] * nights(i) * 0.15)} EUR`, []],
    ['Payment status', (c, o, r) => v.pick(r, ['Fully paid', 'Paid online', 'Unpaid', '']), [], opt],
    ['Payment method', (c, o, r) => v.pick(r, ['Payments by Booking.com', 'Pay at the property', 'Virtual credit card']), [OR('payments[0].paymentType')], opt],
    ['Remarks', (c, o, r) => v.pick(r, ['', '', 'Approximate time of arrival: between 15:00 and 16:00', 'You have a booker that would like free parking.']), []],
    ['Booker group', (c, o, r) => v.pick(r, ['Couple', 'Family', 'Solo traveller', 'Group']), []],
    ['Booker country', (c, o, r, i) => row(BOOKERS, i)[1], [BILL('countryCode')], opt],
    ['Travel purpose', (c, o, r) => v.pick(r, ['Leisure', 'Leisure', 'Business', '']), []],
    ['Device', (c, o, r) => v.pick(r, ['Mobile', 'Desktop', 'Mobile app', 'Tablet']), ['device.type'], opt],
    ['Unit type', (c, o, r, i) => ['Double Room with Balcony', 'Standard Twin Room', 'Family Suite', 'Single Room'][i % 4], [PL('name')], opt],
    ['Duration (nights)', (c, o, r, i) => String(nights(i)), [], opt],
    ['Cancellation date', (c, o, r) => (r() < 0.15 ? ymd(o.at + 3 * DAY) : ''), [OR('cancelDate')]],
    ['Address', (c, o, r, i) => row(BOOKERS, i)[3], [], opt],
    ['Phone number', (c, o, r, i) => row(BOOKERS, i)[2], ['endUserIDs._experience.phonenumberid.id'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Beds24, bookings by their API field names, Austrian apartment house, EUR)
  { name: 'beds24-bookings', product: 'Beds24 (bookings as its JSON/CSV API names them, an apartment house in Salzburg, EUR)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['bookId', (c, o) => String(40000000 + +o.id * 131), [OR('purchaseID'), '_id']],
    ['roomId', (c, o, r, i) => String(210400 + (i % 4)), [PL('_id'), PL('SKU')], opt],
    ['unitId', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['status', (c, o, r) => v.pick(r, ['1', '1', '1', '0', '2']), [], opt],
    ['firstNight', (c, o, r, i) => ymd(stay(o, i)), [], opt],
    ['lastNight', (c, o, r, i) => ymd(stay(o, i) + (nights(i) - 1) * DAY), []],
    ['numAdult', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['numChild', (c, o, r) => String(v.pick(r, [0, 0, 1, 2])), []],
    ['guestTitle', (c) => (c.female ? 'Ms' : 'Mr'), []],
    ['guestFirstName', (c) => c.first, []],
    ['guestName', (c) => c.last, []],
    ['guestEmail', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['guestPhone', (c, o, r) => (r() < 0.5 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['guestMobile', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['guestCompany', (c, o, r) => (r() < 0.15 ? c.company : ''), []],
    ['guestAddress', (c) => c.street, [BILL('street1')], opt],
    ['guestCity', (c) => c.city, [BILL('city')], opt],
    ['guestPostcode', (c) => c.postcode, [BILL('postalCode')], opt],
    ['guestCountry', (c) => c.countryEn, [BILL('country')], opt],
    ['guestCountry2', (c) => c.countryCode.toLowerCase(), [BILL('countryCode')], opt],
    ['guestArrivalTime', (c, o, r) => v.pick(r, ['', '15:00', '18:00-20:00', 'late']), []],
    ['guestComments', (c, o, r) => v.pick(r, ['', '', 'Baby cot please', 'We arrive by train']), []],
    ['notes', (c, o, r) => v.pick(r, ['', '', 'paid deposit by bank transfer', 'repeat guest']), []],
    ['price', (c, o, r, i) => dot(row(LISTINGS, i)[1] * nights(i)), [OR('priceTotal')]],
    ['deposit', (c, o, r) => v.pick(r, ['0.00', '0.00', '100.00']), []],
    ['tax', (c, o, r, i) => dot(row(LISTINGS, i)[1] * nights(i) * 0.1 / 1.1), [OR('taxAmount')]],
    ['commission', (c, o, r, i) => dot(row(LISTINGS, i)[1] * nights(i) * v.pick(r, [0, 0.15, 0.18])), []],
    ['referer', (c, o, r) => v.pick(r, ['Booking.com', 'Airbnb', 'Expedia', 'Direct', 'Beds24 booking page']), [], opt],
    ['apiReference', (c, o, r) => (r() < 0.6 ? String(v.int(r, 2000000000, 4999999999)) : ''), [], opt],
    ['bookingTime', (c, o) => ymdHms(o.at), ['timestamp', OR('createdDate')]],
    ['modified', (c, o) => ymdHms(o.at + 2 * DAY), [OR('lastUpdatedDate')], opt],
    ['lang', (c, o, r) => v.pick(r, ['en', 'de', 'it']), [], opt],
  ] },

  // ---------------------------------------------------------------- CRM (Little Hotelier, Guests > Export, Australian B&B)
  { name: 'little-hotelier-guests', product: 'Little Hotelier (Guests > Export guests to CSV, an Australian B&B)', family: 'crm', language: 'en', schema: P, cols: [
    ['Guest ID', (c, o) => String(5000000 + +o.id * 37), ID],
    ['First Name', (c, o, r, i) => row(AU_PEOPLE, i)[0], ['person.name.firstName']],
    ['Last Name', (c, o, r, i) => row(AU_PEOPLE, i)[1], ['person.name.lastName']],
    ['Email', (c, o, r, i) => `${slug(row(AU_PEOPLE, i)[0])}.${slug(row(AU_PEOPLE, i)[1])}${v.int(r, 1, 99)}@${v.pick(r, ['gmail.com', 'bigpond.com', 'outlook.com'])}`, ['personalEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.4 ? `(0${v.int(r, 2, 8)}) ${v.int(r, 9000, 9999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Mobile', (c, o, r) => AU_MOBILE(r), ['mobilePhone.number']],
    ['Address', (c, o, r, i) => row(AU_PEOPLE, i)[5], at(HOME, 'street1')],
    ['City', (c, o, r, i) => row(AU_PEOPLE, i)[2], at(HOME, 'city')],
    ['State', (c, o, r, i) => row(AU_PEOPLE, i)[3], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postcode', (c, o, r, i) => row(AU_PEOPLE, i)[4], at(HOME, 'postalCode')],
    ['Country', () => 'Australia', at(HOME, 'country')],
    ['Date of Birth', (c) => dmy(c.birth), ['person.birthDate']],
    ['Nationality', (c, o, r) => v.pick(r, ['Australian', 'Australian', 'New Zealander', 'British']), ['person.nationality'], opt],
    ['Company', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Total Stays', (c, o, r) => String(v.int(r, 1, 9)), [], opt],
    ['Total Nights', (c, o, r) => String(v.int(r, 1, 30)), []],
    ['Total Revenue', (c, o, r) => v.money(r, 180, 6400), [], opt],
    ['Last Stay', (c) => dmy(late(c), 10), [], opt],
    ['Marketing Opt In', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gluten free breakfast', 'Anniversary - champagne on arrival']), []],
    ['Created', (c) => dmy(early(c), 10), [], opt],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (Bookwhen, Bookings > Export bookings, UK workshops, GBP)
  { name: 'bookwhen-bookings', product: 'Bookwhen (Bookings > Export bookings to CSV, a Bristol craft studio, GBP)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Booking reference', (c, o, r) => `B${v.alnum(r, 6).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['Booked at', (c, o) => dmyHm(o.at), ['timestamp', OR('createdDate')]],
    ['Event', (c, o, r, i) => row(UK_EVENTS, i)[0], [PL('name')]],
    ['Event start', (c, o, r, i) => dmyHm(stay(o, i) - 2 * 3600000), [], opt],
    ['Event end', (c, o, r, i) => dmyHm(stay(o, i) + 3600000), []],
    ['Ticket', (c, o, r) => v.pick(r, ['Standard', 'Standard', 'Concession', 'Early bird']), [], opt],
    ['Number of tickets', (c, o) => String(o.qty > 2 ? 1 : o.qty), [PL('quantity')]],
    ['Booker name', (c, o, r, i) => `${row(UK_PEOPLE, i)[0]} ${row(UK_PEOPLE, i)[1]}`, []],
    ['Booker email', (c, o, r, i) => `${slug(row(UK_PEOPLE, i)[0])}.${slug(row(UK_PEOPLE, i)[1])}@${v.pick(r, ['gmail.com', 'btinternet.com', 'hotmail.co.uk'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Booker phone', (c, o, r) => UK_MOBILE(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Attendee names', (c, o, r, i) => (o.qty === 2 ? `${row(UK_PEOPLE, i)[0]} ${row(UK_PEOPLE, i)[1]}, ${c.full}` : `${row(UK_PEOPLE, i)[0]} ${row(UK_PEOPLE, i)[1]}`), []],
    ['Ticket price', (c, o, r, i) => dot(row(UK_EVENTS, i)[1]), [], opt],
    ['Discount code', (c, o) => (o.coupon ? 'FRIENDS10' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (o.coupon ? dot(row(UK_EVENTS, i)[1] * 0.1) : '0.00'), [OR('discountAmount')]],
    ['Total', (c, o, r, i) => dot(row(UK_EVENTS, i)[1] * (o.qty > 2 ? 1 : o.qty) * (o.coupon ? 0.9 : 1)), [OR('priceTotal')]],
    ['Amount paid', (c, o, r, i) => dot(row(UK_EVENTS, i)[1] * (o.qty > 2 ? 1 : o.qty) * (o.coupon ? 0.9 : 1)), [OR('payments[0].paymentAmount')], opt],
    ['Payment method', (c, o, r) => v.pick(r, ['Stripe', 'Stripe', 'PayPal', 'Pay on the day', 'Pass']), [OR('payments[0].paymentType')], opt],
    ['Pass used', (c, o, r) => (r() < 0.2 ? '5-session pass' : ''), []],
    ['Status', (c, o, r) => v.pick(r, ['Confirmed', 'Confirmed', 'Confirmed', 'Cancelled', 'Waiting list']), [], opt],
    ['Cancelled at', (c, o, r) => (r() < 0.15 ? dmyHm(o.at + 4 * DAY) : ''), [OR('cancelDate')]],
    ['Any allergies or access needs?', (c, o, r) => v.pick(r, ['', '', 'None', 'Wheelchair user', 'Nut allergy']), []],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['Instagram', 'Friend', 'Google', '']), []],
    ['Marketing consent', (c) => (c.bool ? 'Yes' : 'No'), []],
  ] },

  // ---------------------------------------------------------------- memberships (Eversports Manager, Kunden > Exportieren, Vienna yoga studio, German UI)
  { name: 'eversports-kunden-de', product: 'Eversports Manager (Kunden > Kundenliste exportieren, a Vienna yoga studio, German UI)', family: 'memberships', language: 'de', schema: P, cols: [
    ['Kundennummer', (c, o) => String(100000 + +o.id), ID],
    ['Vorname', (c, o, r, i) => at1(c, i).f, ['person.name.firstName']],
    ['Nachname', (c, o, r, i) => at1(c, i).l, ['person.name.lastName']],
    ['E-Mail', (c, o, r, i) => at1(c, i).mail, ['personalEmail.address']],
    ['Telefon', (c, o, r, i) => at1(c, i).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Geschlecht', (c) => (c.female ? 'weiblich' : 'männlich'), ['person.gender']],
    ['Geburtsdatum', (c) => dotDmy(c.birth), ['person.birthDate']],
    ['Straße', (c, o, r, i) => at1(c, i).street, at(HOME, 'street1')],
    ['PLZ', (c, o, r, i) => at1(c, i).plz, at(HOME, 'postalCode')],
    ['Ort', (c, o, r, i) => at1(c, i).city, at(HOME, 'city')],
    ['Land', () => 'Österreich', at(HOME, 'country')],
    ['Firma', (c, o, r) => (r() < 0.1 ? c.company : ''), ['organizations[0]'], opt],
    ['UID-Nummer', (c, o, r) => (r() < 0.05 ? `ATU${v.int(r, 10000000, 99999999)}` : ''), [], opt],
    ['Kunde seit', (c) => dotDmy(early(c), 1), [], opt],
    ['Letzter Check-in', (c) => dotDmyHm(late(c), 1), [], opt],
    ['Check-ins gesamt', (c, o, r) => String(v.int(r, 1, 180)), []],
    ['Aktive Produkte', (c, o, r) => v.pick(r, ['', 'Unlimited Monatsabo', '10er Block', 'Jahresmitgliedschaft', 'Probewoche']), []],
    ['Mitgliedschaft gültig bis', (c, o, r) => (r() < 0.6 ? dotDmy(late(c) + v.int(r, 10, 300) * DAY) : ''), []],
    ['Bevorzugte Klasse', (c, o, r, i) => row(CLASSES, i)[0], []],
    ['Newsletter', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Schwanger', 'Firmenkunde', 'Lehrer*in']), []],
    ['Notiz', (c, o, r) => v.pick(r, ['', '', 'Bandscheibenvorfall 2021', 'Zahlt per SEPA']), []],
  ] },

  // ---------------------------------------------------------------- CRM (YCLIENTS, Клиенты > Клиентская база > Выгрузить в Excel, Moscow beauty salon, Russian UI)
  { name: 'yclients-klienty-ru', product: 'YCLIENTS (Клиенты > Клиентская база > Экспорт в Excel, a Moscow beauty salon, Russian UI)', family: 'crm', language: 'ru', schema: P, cols: [
    ['ID', (c, o) => String(90000000 + +o.id * 53), ID],
    ['Имя', (c) => loc12(c, 'ru').first, ['person.name.firstName']],
    ['Фамилия', (c, o, r) => (r() < 0.7 ? loc12(c, 'ru').last : ''), ['person.name.lastName']],
    ['Отчество', (c, o, r) => (r() < 0.2 ? loc12(c, 'ru').middle : ''), ['person.name.middleName']],
    ['Телефон', (c) => loc12(c, 'ru').mobile.replace(/[ ()-]/g, ''), ['mobilePhone.number', 'homePhone.number']],
    ['Email', (c, o, r) => (r() < 0.6 ? loc12(c, 'ru').email : ''), ['personalEmail.address']],
    ['Пол', (c) => (loc12(c, 'ru').female ? 'Женский' : 'Мужской'), ['person.gender']],
    ['Дата рождения', (c, o, r) => (r() < 0.5 ? ruDay(c.birth) : ''), ['person.birthDate']],
    ['Категории', (c, o, r) => v.pick(r, ['', 'Постоянный', 'VIP', 'Новый', 'Постоянный, Окрашивание']), []],
    ['Скидка', (c, o, r) => v.pick(r, ['0', '0', '5', '10']), []],
    ['Номер карты', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100000, 999999)) : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Продано', (c, o, r) => rub(v.int(r, 1500, 180000)), [], opt],
    ['Оплачено', (c, o, r) => rub(v.int(r, 1500, 180000)), []],
    ['Баланс', (c, o, r) => v.pick(r, ['0', '0', '0', '-500', '1 200']), []],
    ['Визиты', (c, o, r) => String(v.int(r, 1, 64)), []],
    ['Первый визит', (c) => ruDay(early(c)), [], opt],
    ['Последний визит', (c) => ruDay(late(c)), [], opt],
    ['Отправлять SMS', (c) => (c.bool ? 'Да' : 'Нет'), []],
    ['Источник', (c, o, r) => v.pick(r, ['Онлайн-запись', 'Instagram', 'Звонок', 'Пришёл сам', 'Яндекс Карты']), [], opt],
    ['Комментарий', (c, o, r) => v.pick(r, ['', '', 'Аллергия на аммиак', 'Только к мастеру Алине']), []],
  ] },

  // ---------------------------------------------------------------- loyalty (DIKIDI Business, Клиенты > Экспорт, bonus programme, Russian UI)
  { name: 'dikidi-klienty-ru', product: 'DIKIDI Business (Клиенты > Экспорт клиентов, a barbershop chain with a bonus programme, Russian UI)', family: 'loyalty', language: 'ru', schema: P, cols: [
    ['ФИО', (c) => { const p = loc12(c, 'ru'); return `${p.last} ${p.first}` }, ['person.name.fullName']],
    ['Телефон', (c) => loc12(c, 'ru').mobile, ['mobilePhone.number', 'homePhone.number']],
    ['E-mail', (c, o, r) => (r() < 0.4 ? loc12(c, 'ru').email : ''), ['personalEmail.address']],
    ['Дата рождения', (c, o, r) => (r() < 0.6 ? ruDay(c.birth) : ''), ['person.birthDate']],
    ['Пол', (c) => (loc12(c, 'ru').female ? 'Ж' : 'М'), ['person.gender']],
    ['Город', (c) => loc12(c, 'ru').city, at(HOME, 'city'), opt],
    ['Дата добавления', (c) => ruTime(early(c)), ['loyalty.joinDate'], opt],
    ['Последний визит', (c) => ruDay(late(c)), [], opt],
    ['Кол-во визитов', (c, o, r) => String(v.int(r, 1, 48)), ['loyalty.lifetimePurchases'], opt],
    ['Отмены', (c, o, r) => String(v.pick(r, [0, 0, 0, 1, 2])), []],
    ['Неявки', (c, o, r) => String(v.pick(r, [0, 0, 0, 1])), []],
    ['Сумма визитов', (c, o, r) => rub(v.int(r, 900, 95000)), [], opt],
    ['Средний чек', (c, o, r) => rub(v.int(r, 900, 3500)), []],
    ['Бонусы', (c, o, r) => String(v.int(r, 0, 2400)), ['loyalty.points']],
    ['Начислено бонусов', (c, o, r) => String(v.int(r, 0, 6000)), ['loyalty.lifetimePoints'], opt],
    ['Списано бонусов', (c, o, r) => String(v.int(r, 0, 3600)), ['loyalty.pointsRedeemed']],
    ['Скидка, %', (c, o, r) => v.pick(r, ['0', '0', '5', '10', '15']), []],
    ['Абонемент', (c, o, r) => v.pick(r, ['', '', 'Стрижка x5', 'Безлимит борода']), []],
    ['Любимый мастер', (c, o, r) => v.pick(r, ['Тимур', 'Руслан', 'Артём', '']), []],
    ['Источник', (c, o, r) => v.pick(r, ['DIKIDI Online', 'ВКонтакте', 'Рекомендация', 'Администратор']), [], opt],
    ['Примечание', (c, o, r) => v.pick(r, ['', '', 'Кофе без сахара', 'Чувствительная кожа']), []],
  ] },
  // ---------------------------------------------------------------- events (TimePad, Заказы > Экспорт в Excel, Moscow organiser, Russian UI)
  { name: 'timepad-zakazy-ru', product: 'TimePad (Событие > Участники и заказы > Экспорт, one row per ticket, a Moscow organiser, Russian UI)', family: 'events', language: 'ru', schema: E, cols: [
    ['Номер заказа', (c, o) => String(40000000 + +o.id * 97), [OR('purchaseID'), '_id']],
    ['Номер билета', (c, o, r) => String(v.int(r, 10000000, 99999999)), [PL('_id')], opt],
    ['Дата регистрации', (c, o) => ruTime(o.at), ['timestamp', OR('createdDate')]],
    ['Статус', (c, o, r) => v.pick(r, ['Оплачен', 'Оплачен', 'Бесплатный', 'Отменён', 'Забронирован']), [], opt],
    ['Событие', (c, o, r, i) => row(TP_EVENTS, i)[0], [PL('name')]],
    ['Дата события', (c, o, r, i) => ruTime(stay(o, i)), [], opt],
    ['Тип билета', (c, o, r, i) => row(TP_EVENTS, i)[1], [], opt],
    ['Цена', (c, o, r, i) => String(row(TP_EVENTS, i)[2]), [], opt],
    ['Промокод', (c, o) => (o.coupon ? 'DRUZYA15' : ''), ['commerce.promotionID'], opt],
    ['Скидка', (c, o, r, i) => (o.coupon ? String(Math.round(row(TP_EVENTS, i)[2] * 0.15)) : '0'), [OR('discountAmount')]],
    ['Сумма заказа', (c, o, r, i) => String(Math.round(row(TP_EVENTS, i)[2] * (o.coupon ? 0.85 : 1))), [OR('priceTotal')]],
    ['Способ оплаты', (c, o, r, i) => (row(TP_EVENTS, i)[2] ? v.pick(r, ['Банковская карта', 'СБП', 'Юрлицо по счёту']) : ''), [OR('payments[0].paymentType')], opt],
    ['E-mail', (c) => loc12(c, 'ru').email, ['endUserIDs._experience.emailid.id'], opt],
    ['Фамилия', (c) => loc12(c, 'ru').last, []],
    ['Имя', (c) => loc12(c, 'ru').first, []],
    ['Телефон', (c) => loc12(c, 'ru').mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Компания', (c, o, r) => v.pick(r, ['', 'ООО «Ромашка»', 'Яндекс', 'Сбер', 'фриланс']), []],
    ['Должность', (c, o, r) => v.pick(r, ['', 'Маркетолог', 'Разработчик', 'Руководитель отдела']), []],
    ['Город', (c) => loc12(c, 'ru').city, [], opt],
    ['Отметка о посещении', (c, o, r) => v.pick(r, ['Да', 'Нет', '']), [], opt],
    ['utm_source', (c, o, r) => v.pick(r, ['', 'vk', 'telegram', 'yandex', 'afisha.timepad.ru']), [], opt],
    ['utm_medium', (c, o, r) => v.pick(r, ['', 'social', 'cpc', 'email']), [], opt],
    ['utm_campaign', (c, o, r) => v.pick(r, ['', 'spring_promo', 'dm2024_launch']), ['marketing.campaignName', 'marketing.trackingCode'], opt],
  ] },

  // ---------------------------------------------------------------- events (connpass, イベント管理 > 参加者CSVダウンロード, Japanese UI)
  { name: 'connpass-sankasha-ja', product: 'connpass (イベント管理 > 申込者管理 > CSVダウンロード, an IT study group with a questionnaire, Japanese UI)', family: 'events', language: 'ja', schema: P, cols: [
    ['参加枠名', (c, o, r, i) => row(CP_SLOTS, i), []],
    ['ユーザー名', (c, o, r) => `${v.pick(r, ['taro', 'yuki', 'kenji', 'misaki', 'naoki', 'hiro'])}_${c.id.slice(0, 4)}`, ID, opt],
    ['表示名', (c, o, r) => (r() < 0.5 ? loc12(c, 'ja').full : v.pick(r, ['たなけん', 'yuki_dev', 'ぽんず', 'hiro'])), ['person.name.fullName'], opt],
    ['利用開始日', (c) => jpDay(early(c)), [], opt],
    ['コメント', (c, o, r) => v.pick(r, ['', '', 'よろしくお願いします！', '初参加です']), []],
    ['参加ステータス', (c, o, r, i) => ['参加', '参加', '参加', '補欠', 'キャンセル', '参加', '参加'][i % 7], [], opt],
    ['出欠ステータス', (c, o, r, i) => (i % 7 === 3 || i % 7 === 4 ? '' : i % 7 === 2 ? '欠席' : '出席'), [], opt],
    ['出席日時', (c, o, r, i) => ([0, 1, 5, 6].includes(i % 7) ? jpSlash(o.at + 10 * DAY + 19 * 3600000) : ''), [], opt],
    ['氏名（名札用）', (c) => loc12(c, 'ja').full, ['person.name.fullName']],
    ['所属', (c, o, r) => v.pick(r, ['株式会社サイバーリンクス', 'フリーランス', '東京大学', '株式会社メルカリ', '']), ['organizations[0]'], opt],
    ['懇親会に参加しますか？', (c, o, r) => v.pick(r, ['参加する', '参加しない']), []],
    ['職種', (c, o, r) => v.pick(r, ['Webエンジニア', 'インフラエンジニア', 'デザイナー', '学生', 'PM']), []],
    ['普段使っている言語を教えてください', (c, o, r) => v.pick(r, ['TypeScript', 'Go', 'Python, Rust', 'Ruby']), []],
    ['更新日時', (c, o) => jpSlash(o.at), [], opt],
    ['受付番号', (c, o, r) => String(v.int(r, 1, 180)), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Hot Pepper Beauty via SALON BOARD, 予約一覧 > CSV, Japanese UI, JPY)
  { name: 'hotpepper-beauty-yoyaku-ja', product: 'Hot Pepper Beauty (SALON BOARD > 予約管理 > 予約一覧 > CSVダウンロード, a Shibuya hair salon, Japanese UI, JPY)', family: 'ecommerce-orders', language: 'ja', schema: E, cols: [
    ['予約番号', (c, o, r) => `BE${v.int(r, 10000000, 99999999)}`, [OR('purchaseID'), '_id']],
    ['予約受付日時', (c, o) => jpSlash(o.at), ['timestamp', OR('createdDate')]],
    ['来店日時', (c, o, r, i) => jpSlash(stay(o, i) - 2 * 3600000), [], opt],
    ['ステータス', (c, o, r) => v.pick(r, ['来店処理済', '来店処理済', '受付待ち', 'お客様キャンセル', '無断キャンセル']), [], opt],
    ['予約経路', (c, o, r) => v.pick(r, ['ネット予約', 'ネット予約', '電話予約', 'その他']), [], opt],
    ['お客様番号', (c, o, r) => String(v.int(r, 100000, 999999)), ['endUserIDs._experience.aacustomid.id'], opt],
    ['氏名(カナ)', (c) => { const j = loc12(c, 'ja'); return `${j.lastKana} ${j.firstKana}` }, []],
    ['氏名', (c) => loc12(c, 'ja').full, []],
    ['電話番号', (c) => loc12(c, 'ja').mobile.join(''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['性別', (c) => (loc12(c, 'ja').female ? '女性' : '男性'), []],
    ['新規/再来', (c, o, r) => v.pick(r, ['新規', '再来', '再来']), []],
    ['スタイリスト', (c, o, r) => v.pick(r, ['佐々木 亮', '山口 彩', '指名なし']), []],
    ['指名', (c, o, r) => v.pick(r, ['あり', 'なし']), []],
    ['メニュー', (c, o, r, i) => row(HPB_MENUS, i)[0], [PL('name')]],
    ['クーポン', (c, o, r, i) => row(HPB_MENUS, i)[1], ['commerce.promotionID', PL('name')], opt],
    ['予約時合計金額', (c, o, r, i) => String(row(HPB_MENUS, i)[2]), [OR('priceTotal')]],
    ['利用ポイント', (c, o, r) => String(v.pick(r, [0, 0, 0, 500, 1200])), []],
    ['お支払い予定金額', (c, o, r, i) => String(row(HPB_MENUS, i)[2] - (i % 5 === 3 ? 500 : 0)), [OR('payments[0].paymentAmount')], opt],
    ['支払方法', (c, o, r) => v.pick(r, ['現地払い', 'オンライン決済', '現地払い']), [OR('payments[0].paymentType')], opt],
    ['所要時間', (c, o, r) => v.pick(r, ['60分', '90分', '120分', '150分']), []],
    ['ご要望・ご相談', (c, o, r) => v.pick(r, ['', '', '前回と同じ色でお願いします', '肩につかない長さにしたいです']), []],
  ] },

  // ---------------------------------------------------------------- events (Fienta, Piletid > Ekspordi, Tallinn organiser, Estonian UI, EUR)
  { name: 'fienta-piletid-et', product: 'Fienta (Üritus > Piletid > Ekspordi CSV, one row per ticket, a Tallinn organiser, Estonian UI, EUR)', family: 'events', language: 'et', schema: E, cols: [
    ['Pileti kood', (c, o, r) => v.alnum(r, 10).toUpperCase(), [PL('_id'), '_id'], opt],
    ['Tellimuse number', (c, o) => String(700000 + +o.id * 3), [OR('purchaseID')]],
    ['Ostu aeg', (c, o) => dotDmyHm(o.at, 2), ['timestamp', OR('createdDate')]],
    ['Üritus', (c, o, r, i) => row(FI_EVENTS, i)[0], [PL('name')]],
    ['Toimumise aeg', (c, o, r, i) => dotDmyHm(stay(o, i) + 7 * 3600000), [], opt],
    ['Pileti tüüp', (c, o, r, i) => row(FI_EVENTS, i)[1], [], opt],
    ['Hind', (c, o, r, i) => comma(row(FI_EVENTS, i)[2]), [PL('priceTotal')], opt],
    ['Teenustasu', (c, o, r, i) => comma(row(FI_EVENTS, i)[2] * 0.05), []],
    ['Valuuta', () => 'EUR', [OR('currencyCode'), PL('currencyCode')]],
    ['Sooduskood', (c, o) => (o.coupon ? 'JAZZ10' : ''), ['commerce.promotionID'], opt],
    ['Staatus', (c, o, r) => v.pick(r, ['Makstud', 'Makstud', 'Makstud', 'Tagastatud', 'Kutse']), [], opt],
    ['Makseviis', (c, o, r) => v.pick(r, ['Swedbank', 'SEB', 'LHV', 'Kaardimakse', 'Arve']), [OR('payments[0].paymentType')], opt],
    ['Ostja nimi', (c, o, r, i) => `${row(ET_NAMES, i)[0]} ${row(ET_NAMES, i)[1]}`, []],
    ['Ostja e-post', (c, o, r, i) => `${slug(row(ET_NAMES, i)[0])}.${slug(row(ET_NAMES, i)[1])}@${v.pick(r, ['gmail.com', 'hot.ee', 'mail.ee'])}`, ['endUserIDs._experience.emailid.id'], opt],
    ['Ostja telefon', (c, o, r) => `+372 5${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Osaleja nimi', (c, o, r, i) => (r() < 0.5 ? `${row(ET_NAMES, i)[0]} ${row(ET_NAMES, i)[1]}` : `${row(ET_NAMES, i + 3)[0]} ${row(ET_NAMES, i + 3)[1]}`), []],
    ['Ettevõte', (c, o, r) => v.pick(r, ['', '', 'Bolt Technology OÜ', 'Telia Eesti AS']), []],
    ['Registrikood', (c, o, r) => (r() < 0.2 ? String(v.int(r, 10000000, 16999999)) : ''), []],
    ['Kasutatud', (c, o, r, i) => (i % 2 ? 'Ei' : 'Jah'), [], opt],
    ['Kasutamise aeg', (c, o, r, i) => (i % 2 ? '' : dotDmyHm(stay(o, i) + 6 * 3600000 + (i % 7) * 240000)), [], opt],
    ['Uudiskiri', (c) => (c.bool ? 'Jah' : 'Ei'), []],
  ] },
]
