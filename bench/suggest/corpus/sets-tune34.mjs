// Round 34, tune34: tune sets added in round 34, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, HOME, ID, OR, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { loc12 } from './values12.mjs'

const DAY = 86400000
const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
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
const nights = (i) => [2, 3, 1, 5, 4, 7, 2][i % 7]

// local people and places
const AU_PEOPLE = [['Jack', 'Nguyen', 'Bondi', 'NSW', '2026', '12 Campbell Parade'], ['Olivia', 'Thompson', 'Fitzroy', 'VIC', '3065', '88 Brunswick St'], ['Liam', 'O\'Brien', 'Fortitude Valley', 'QLD', '4006', '5/140 Ann St'], ['Chloe', 'Walker', 'Fremantle', 'WA', '6160', '23 High St'], ['Noah', 'Patel', 'Glenelg', 'SA', '5045', '7 Jetty Rd'], ['Mia', 'Kelly', 'Hobart', 'TAS', '7000', '41 Salamanca Pl'], ['Ethan', 'Wilson', 'Newtown', 'NSW', '2042', '210 King St']]
const AU_MOBILE = (r) => `04${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`
const UK_PEOPLE = [['Oliver', 'Hughes', 'Bristol', 'BS1 4DJ'], ['Amelia', 'Clarke', 'Leeds', 'LS1 5AE'], ['Harry', 'Evans', 'Brighton', 'BN1 1UB'], ['Isla', 'Robinson', 'Manchester', 'M4 1HN'], ['George', 'Wright', 'Edinburgh', 'EH1 1YZ'], ['Ava', 'Thompson', 'Cardiff', 'CF10 1EP'], ['Jacob', 'Wood', 'York', 'YO1 7HH']]
const UK_MOBILE = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const BOOKERS = [['Sophie Martin', 'fr', '+33 6 12 34 56 78', '18 rue des Carmes, Lyon, 69002, France'], ['Jonas Becker', 'de', '+49 151 23456789', 'Lindenstraße 4, Köln, 50667, Germany'], ['Emma de Vries', 'nl', '+31 6 23456789', 'Prinsengracht 221, Amsterdam, 1015 DS, Netherlands'], ['James Walker', 'gb', '+44 7700 900123', '14 Park Row, Leeds, LS1 5HD, United Kingdom'], ['Giulia Ricci', 'it', '+39 333 123 4567', 'Via Roma 12, Milano, 20121, Italy'], ['Michael Brown', 'us', '+1 212 555 0147', '350 W 42nd St, New York, 10036, United States'], ['Lucía García', 'es', '+34 612 345 678', 'Calle Mayor 5, Madrid, 28013, Spain']]
const LISTINGS = [['Sunny loft near the Old Town', 118], ['Garden studio with parking', 84], ['Sea view apartment, 2 bedrooms', 165], ['Cosy room in a family house', 52]]

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
    ['Last Stay', (c) => dmy(c.updated, 10), [], opt],
    ['Marketing Opt In', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gluten free breakfast', 'Anniversary - champagne on arrival']), []],
    ['Created', (c) => dmy(c.created, 10), [], opt],
  ] },
]
