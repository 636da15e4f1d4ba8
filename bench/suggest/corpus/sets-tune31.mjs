// Round 31, tune31: tune sets added in round 31, written blind (by a helper that never opened the suggester or a
// score). Same format as sets.mjs (sources in ../README.md).
import { P, E, v, f, HOME, ID, OR, BILL, PL, at, opt } from './sets.mjs'
import { pad, shift } from './values.mjs'
import { slug } from './values.mjs'

const DAY = 86400000
// money: "1234.56" (US, Ireland, UK, Iceland's EUR prices), "1234,56" (Spain, Germany, France), "R$ 1.234,56" (Brazil)
const dot = (n) => n.toFixed(2)
const comma = (n) => n.toFixed(2).replace('.', ',')
const brl = (n) => `R$ ${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
// dates in the product's local time
const ymd = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const ymdHms = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ymdHm = (ms, h = 0) => { const p = shift(ms, h); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const dmy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const dmyHm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const deDay = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y}` }
const deHm = (ms, h = 1) => { const p = shift(ms, h); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const mdy = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const mdyAm = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dMonY = (ms, h = 0) => { const p = shift(ms, h); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}` }
const monDYAt = (ms, h = 0) => { const p = shift(ms, h); return `${MON[p.m - 1]} ${p.d}, ${p.y} @ ${p.H % 12 || 12}:${pad(p.M)}${p.H < 12 ? 'am' : 'pm'}` }
const isoZ = (ms) => new Date(ms).toISOString()
// a last visit or login never before the profile's creation
const later = (c) => Math.max(c.created + DAY, c.updated)
const ieMobile = (r) => `+353 8${v.pick(r, ['3', '5', '6', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`
const ukMobile = (r) => `07${v.int(r, 100, 999)} ${v.int(r, 100000, 999999)}`
const usPhone = (r) => `(${v.pick(r, ['512', '303', '415', '617', '206'])}) ${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}`

// local places the shared generators lack
const IE_PLACES = [['12 Baggot Street Lower', 'Dublin 2', 'D02 X285', 'Co. Dublin'], ['4 Oliver Plunkett St', 'Cork', 'T12 FX67', 'Co. Cork'], ['27 Shop Street', 'Galway', 'H91 K2T4', 'Co. Galway'], ['9 O\'Connell St', 'Limerick', 'V94 E3P8', 'Co. Limerick']]
const UK_PLACES = [['18 Deansgate', 'Manchester', 'M3 2BW'], ['7 Park Row', 'Leeds', 'LS1 5HD'], ['44 Queen St', 'Glasgow', 'G1 3DX'], ['3 Castle Mews', 'Bristol', 'BS1 4DJ']]
const CLASSES = [['Reformer Pilates', 'Core Collective'], ['Spin 45', 'CycleBar Chelsea'], ['Vinyasa Flow', 'Yoga Union'], ['HIIT Bootcamp', 'Barry\'s Bootcamp'], ['Boxing Fundamentals', 'Kobox']]
const TOURS = [['Sunset Kayak Tour', 'Adult', 89], ['Whale Watching Cruise', 'Adult', 129], ['Snorkel Adventure', 'Child', 59], ['Helicopter Island Hop', 'Adult', 349]]
const IS_TOURS = [['Golden Circle Classic', 'GC-01', 11900], ['Northern Lights Hunt', 'NL-03', 9900], ['South Coast & Glacier Hike', 'SC-07', 24900], ['Snorkel in Silfra', 'SF-02', 21500]]
const RENTALS = [['Lakeside Cabin', 'LC-1', 189], ['Downtown Loft 3B', 'DL-3B', 145], ['Beach House Malibu', 'BH-M', 420], ['Mountain Chalet', 'MC-2', 260]]
const CHANNELS = ['Airbnb', 'Booking.com', 'Vrbo', 'Direct', 'Airbnb']

export const SETS = [
  // ---------------------------------------------------------------- memberships (Glofox, Reports > Memberships > Members > Download, an Irish studio)
  { name: 'glofox-members', product: 'Glofox (Reports > Memberships > Members drill-down > Download CSV, Irish boutique studio, EUR)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Member ID', (c, o, r) => v.hex(r, 24), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => ieMobile(r), ['mobilePhone.number', 'homePhone.number']],
    ['Gender', (c, o, r) => (r() < 0.8 ? (c.female ? 'F' : 'M') : ''), ['person.gender'], opt],
    ['Birth Date', (c) => dmy(c.birth), ['person.birthDate']],
    ['Address', (c) => IE_PLACES[+c.id % 4][0], at(HOME, 'street1')],
    ['City', (c) => IE_PLACES[+c.id % 4][1], at(HOME, 'city')],
    ['Postcode', (c) => IE_PLACES[+c.id % 4][2], at(HOME, 'postalCode')],
    ['Country', () => 'Ireland', at(HOME, 'country')],
    ['Membership', (c, o, r) => v.pick(r, ['Unlimited Monthly', '10 Class Pack', 'Off-Peak Monthly', 'Student Unlimited']), []],
    ['Plan', (c, o, r) => v.pick(r, ['€129 / month', '€99 / 10 credits', '€89 / month', '€79 / month']), []],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Paused', 'Overdue']), [], opt],
    ['Start Date', (c) => dmy(c.created), [], opt],
    ['End Date', (c, o, r) => (r() < 0.5 ? dmy(c.created + 365 * DAY) : ''), []],
    ['Credits Remaining', (c, o, r) => String(v.int(r, 0, 10)), []],
    ['Total Bookings', (c, o, r) => String(v.int(r, 0, 180)), []],
    ['Last Visit', (c) => dmy(later(c)), [], opt],
    ['Lead Source', (c, o, r) => v.pick(r, ['Instagram', 'Walk-in', 'Referral', 'Google', 'ClassPass']), [], opt],
    ['Consent Marketing Email', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Consent Marketing SMS', (c, o, r) => (r() < 0.4 ? 'Yes' : 'No'), [], opt],
    ['Emergency Contact', (c, o, r) => v.pick(r, ['', 'Sean Murphy 087 555 1234', 'Aoife Byrne 086 555 9876']), []],
    ['Waiver Signed', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), []],
    ['Created', (c) => dmyHm(c.created), [], opt],
  ] },

  // ---------------------------------------------------------------- memberships (Zen Planner, People > Members > Export, a US CrossFit gym)
  { name: 'zenplanner-members', product: 'Zen Planner (People > Members list > Export to CSV, US CrossFit affiliate)', family: 'memberships', language: 'en', schema: P, cols: [
    ['Person ID', (c, o, r) => v.uuid(r).toUpperCase(), ID],
    ['Member Number', (c, o, r) => String(v.int(r, 1000, 9999)), ['loyalty.loyaltyID[0]', '_id', 'personID'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['J', 'Marie', 'Lee']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Nickname', (c, o, r) => (r() < 0.2 ? c.first.slice(0, 3) : ''), []],
    ['Primary Email', (c) => c.email, ['personalEmail.address']],
    ['Home Phone', (c, o, r) => (r() < 0.3 ? usPhone(r) : ''), ['homePhone.number']],
    ['Mobile Phone', (c, o, r) => usPhone(r), ['mobilePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.15 ? usPhone(r) : ''), ['workPhone.number']],
    ['Address 1', (c) => c.street, at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Birthdate', (c) => mdy(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Alumni', 'Prospect', 'On Hold']), [], opt],
    ['Member Since', (c) => mdy(c.created), [], opt],
    ['Current Membership', (c, o, r) => v.pick(r, ['Unlimited CrossFit', '3x Week', 'Open Gym Only', 'Teen Athlete']), []],
    ['Membership End Date', (c, o, r) => (r() < 0.3 ? mdy(later(c)) : ''), []],
    ['Last Attendance', (c) => mdy(later(c)), [], opt],
    ['Total Attendance', (c, o, r) => String(v.int(r, 0, 650)), []],
    ['Program', (c, o, r) => v.pick(r, ['CrossFit', 'CrossFit', 'Kids', 'Olympic Lifting']), []],
    ['Source', (c, o, r) => v.pick(r, ['Website', 'Drop-in', 'Friend', 'Facebook']), [], opt],
    ['Barcode', (c, o, r) => String(v.int(r, 10000000, 99999999)), ['loyalty.cardsDetails[0].number'], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (Mariana Tek, Customers > Export, a US boutique fitness brand)
  { name: 'marianatek-customers', product: 'Mariana Tek (Admin > Reports > Customers export, US boutique fitness brand)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['User ID', (c, o, r) => String(v.int(r, 100000, 999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone Number', (c, o, r) => usPhone(r), ['mobilePhone.number', 'homePhone.number']],
    ['Birth Date', (c) => ymd(c.birth), ['person.birthDate']],
    ['Gender', (c, o, r) => v.pick(r, ['', 'Female', 'Male', 'Prefer not to say']), ['person.gender'], opt],
    ['Address Line 1', (c) => c.street, at(HOME, 'street1')],
    ['Address Line 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State/Province', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Postal Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Home Location', (c, o, r) => v.pick(r, ['Flatiron', 'Williamsburg', 'Upper West Side']), []],
    ['Date Joined', (c) => isoZ(c.created), [], opt],
    ['Last Login', (c) => isoZ(later(c)), [], opt],
    ['Marketing Opt In', (c) => (c.bool ? 'True' : 'False'), [], opt],
    ['Is Opted In To SMS', (c, o, r) => (r() < 0.3 ? 'True' : 'False'), [], opt],
    ['Lifetime Value', (c, o, r) => v.money(r, 0, 4800), [], opt],
    ['Total Reservations', (c, o, r) => String(v.int(r, 0, 320)), []],
    ['Active Memberships', (c, o, r) => v.pick(r, ['', 'Unlimited Monthly', '8 Classes / Month']), []],
    ['Credits Remaining', (c, o, r) => String(v.int(r, 0, 20)), []],
    ['Referred By', (c, o, r) => (r() < 0.2 ? `${v.pick(r, ['kate', 'mike', 'lena'])}@gmail.com` : ''), []],
    ['Emergency Contact Name', (c, o, r) => v.pick(r, ['', 'Chris Doe', 'Pat Lee']), []],
    ['Emergency Contact Phone', (c, o, r) => (r() < 0.5 ? usPhone(r) : ''), []],
    ['Waiver Signed Date', (c) => isoZ(c.created + 600000), []],
  ] },

  // ---------------------------------------------------------------- events (ClassPass, Partner portal > Reservations > Export, a London studio)
  { name: 'classpass-reservations', product: 'ClassPass (Partner portal > Reservations > Export CSV, London studio, one row per reservation)', family: 'events', language: 'en', schema: E, cols: [
    ['Reservation ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ['_id', OR('purchaseID')]],
    ['Class Date', (c, o) => dMonY(o.at + 3 * DAY), [], opt],
    ['Class Time', (c, o) => { const p = shift(o.at + 3 * DAY, 0); return `${pad(p.H)}:${pad(p.M)}` }, []],
    ['Class Name', (c, o, r, i) => CLASSES[i % 5][0], [PL('name')], opt],
    ['Venue', (c, o, r, i) => CLASSES[i % 5][1], []],
    ['Instructor', (c, o, r) => v.pick(r, ['Hannah P.', 'Tom R.', 'Priya K.']), []],
    ['First Name', (c) => c.first, []],
    ['Last Name', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Booked At', (c, o) => `${dMonY(o.at)} ${ymdHm(o.at).slice(11)}`, ['timestamp', OR('createdDate')]],
    ['Status', (c, o, r) => v.pick(r, ['Attended', 'Attended', 'Attended', 'Late Cancel', 'Missed', 'Cancelled']), [], opt],
    ['Cancelled At', (c, o, r) => (r() < 0.15 ? `${dMonY(o.at + DAY)} 09:12` : ''), [OR('cancelDate')], opt],
    ['First Visit', (c, o, r) => (r() < 0.3 ? 'Yes' : 'No'), []],
    ['Payout', (c, o, r) => `£${v.pick(r, ['9.50', '11.00', '12.75', '14.20'])}`, [], opt],
    ['Late Cancel Fee', (c, o, r) => (r() < 0.1 ? '£5.00' : '£0.00'), []],
    ['Spot', (c, o, r) => (r() < 0.5 ? `Bike ${v.int(r, 1, 40)}` : ''), []],
    ['Credits', (c, o, r) => String(v.int(r, 4, 14)), []],
  ] },

  // ---------------------------------------------------------------- loyalty (Phorest, Clients > Client list export incl. loyalty points, Irish/UK salon)
  { name: 'phorest-clients', product: 'Phorest (Manager > Clients > Export client list with TreatCard loyalty, UK salon)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Client ID', (c, o, r) => v.alnum(r, 22), ID],
    ['Title', (c) => (c.female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Mobile', (c, o, r) => ukMobile(r), ['mobilePhone.number']],
    ['Landline', (c, o, r) => (r() < 0.2 ? `0161 ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Street Address 1', (c) => UK_PLACES[+c.id % 4][0], at(HOME, 'street1')],
    ['Street Address 2', () => '', at(HOME, 'street2')],
    ['City', (c) => UK_PLACES[+c.id % 4][1], at(HOME, 'city')],
    ['Postcode', (c) => UK_PLACES[+c.id % 4][2], at(HOME, 'postalCode')],
    ['Date of Birth', (c) => dmy(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender'], opt],
    ['Client Since', (c) => dmy(c.created), ['loyalty.joinDate'], opt],
    ['TreatCard Number', (c, o, r) => (r() < 0.6 ? `LC${v.int(r, 100000, 999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
    ['TreatCard Points', (c, o, r) => String(v.int(r, 0, 2500)), ['loyalty.points']],
    ['Email Marketing Consent', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['SMS Marketing Consent', (c, o, r) => (r() < 0.5 ? 'true' : 'false'), [], opt],
    ['Email Reminder Consent', () => 'true', []],
    ['Preferred Staff', (c, o, r) => v.pick(r, ['', 'Niamh', 'Jade', 'Callum']), []],
    ['Referral Source', (c, o, r) => v.pick(r, ['Walk In', 'Instagram', 'Friend', 'Google']), [], opt],
    ['Last Visit', (c) => dmy(later(c)), [], opt],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 90)), []],
    ['Total Spend', (c, o, r) => v.money(r, 30, 3200), ['loyalty.lifetimePurchases'], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Patch test done 03/2024', 'Sensitive scalp']), []],
    ['Banned', () => 'false', []],
  ] },
  // ---------------------------------------------------------------- CRM (Timely, Customers > Export customers, a New Zealand salon)
  { name: 'timely-customers', product: 'Timely (Customers > Export customers CSV, New Zealand beauty salon)', family: 'crm', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => String(v.int(r, 10000000, 99999999)), ID],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email.replace('@example.com', '@xtra.co.nz'), ['personalEmail.address']],
    ['Mobile', (c, o, r) => `02${v.pick(r, ['1', '2', '7'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, ['mobilePhone.number']],
    ['Telephone', (c, o, r) => (r() < 0.2 ? `09 ${v.int(r, 300, 999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Birthday', (c) => dmy(c.birth), ['person.birthDate']],
    ['Gender', (c, o, r) => (r() < 0.7 ? (c.female ? 'Female' : 'Male') : ''), ['person.gender'], opt],
    ['Physical address', (c, o, r) => `${v.int(r, 1, 220)} ${v.pick(r, ['Ponsonby Road', 'Cuba Street', 'Colombo Street', 'Victoria Street'])}`, at(HOME, 'street1')],
    ['Suburb', (c, o, r) => v.pick(r, ['Ponsonby', 'Te Aro', 'Sydenham', 'Hamilton East']), at(HOME, 'street2'), opt],
    ['City', (c, o, r) => v.pick(r, ['Auckland', 'Wellington', 'Christchurch', 'Hamilton']), at(HOME, 'city')],
    ['Postcode', (c, o, r) => String(v.int(r, 1010, 9016)), at(HOME, 'postalCode')],
    ['Country', () => 'New Zealand', at(HOME, 'country')],
    ['Occupation', (c) => c.job, [], opt],
    ['Customer type', (c, o, r) => v.pick(r, ['Regular', 'New', 'VIP']), []],
    ['Referral source', (c, o, r) => v.pick(r, ['', 'Facebook', 'Friend', 'Google', 'Walk-in']), [], opt],
    ['Receives marketing', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Receives SMS reminders', () => 'Yes', []],
    ['Date created', (c) => dmy(c.created, 13), [], opt],
    ['Last appointment', (c) => dmy(later(c), 13), [], opt],
    ['Next appointment', (c, o, r) => (r() < 0.3 ? dmy(later(c) + 20 * DAY, 13) : ''), []],
    ['Total sales', (c, o, r) => v.money(r, 0, 2600), [], opt],
    ['Outstanding balance', (c, o, r) => (r() < 0.1 ? v.money(r, 10, 90) : '0.00'), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Allergic to latex', 'Prefers afternoon slots']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (SimplyBook.me, Rapports > Réservations > Exporter, French UI)
  { name: 'simplybook-reservations-fr', product: 'SimplyBook.me (Rapports > Rapport de réservations > Exporter CSV, French admin, a Lyon physiotherapy practice)', family: 'ecommerce-orders', language: 'fr', schema: E, cols: [
    ['ID', (c, o) => String(+o.id * 7), ['_id', OR('purchaseID')]],
    ['Code', (c, o, r) => v.alnum(r, 8).toLowerCase(), [OR('purchaseID')], opt],
    ['Date de réservation', (c, o) => ymdHms(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Date de début', (c, o) => ymdHms(o.at + 5 * DAY, 1), [], opt],
    ['Date de fin', (c, o) => ymdHms(o.at + 5 * DAY + 1800000, 1), []],
    ['Prestation', (c, o, r) => v.pick(r, ['Séance de kinésithérapie', 'Bilan postural', 'Drainage lymphatique', 'Rééducation sportive']), [PL('name')]],
    ['Catégorie', (c, o, r) => v.pick(r, ['Kinésithérapie', 'Bien-être']), [PL('productCategories[0].categoryName')], opt],
    ['Prestataire', (c, o, r) => v.pick(r, ['Camille Roux', 'Julien Faure', 'Léa Girard']), []],
    ['Client', (c) => c.full, []],
    ['E-mail du client', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Téléphone du client', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Adresse du client', (c) => c.street, [BILL('street1')], opt],
    ['Ville', (c) => c.city, [BILL('city')], opt],
    ['Code postal', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Confirmée', 'Confirmée', 'Annulée', 'En attente']), [], opt],
    ['Prix', (c, o, r) => v.pick(r, ['45,00', '60,00', '55,00', '70,00']), [OR('priceTotal')]],
    ['Devise', () => 'EUR', [OR('currencyCode')]],
    ['Statut du paiement', (c, o, r) => v.pick(r, ['Payé', 'Non payé', 'Payé']), [], opt],
    ['Mode de paiement', (c, o, r) => v.pick(r, ['Sur place', 'Stripe', 'PayPal']), [OR('payments[0].paymentType')], opt],
    ['Code promo', (c, o) => (o.coupon ? 'BIENVENUE10' : ''), ['commerce.promotionID'], opt],
    ['Commentaire', (c, o, r) => v.pick(r, ['', '', 'Première séance', 'Douleur au genou droit']), []],
    ['Créée par', (c, o, r) => v.pick(r, ['Client', 'Client', 'Administrateur']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Guesty, Reservations report > Export CSV, US short-term rentals)
  { name: 'guesty-reservations', product: 'Guesty (Reservations report > Export to CSV, US short-term rental manager, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['CONFIRMATION CODE', (c, o, r) => `HM${v.alnum(r, 8).toUpperCase()}`, [OR('purchaseID'), '_id']],
    ['LISTING\'S NICKNAME', (c, o, r, i) => RENTALS[i % 4][0], [PL('name')], opt],
    ['CHECK IN', (c, o) => mdyAm(o.at + 20 * DAY), [], opt],
    ['CHECK OUT', (c, o) => mdyAm(o.at + 24 * DAY), []],
    ['NIGHTS', () => '4', [PL('quantity')], opt],
    ['GUEST\'S NAME', (c) => c.full, []],
    ['GUEST\'S EMAIL', (c, o, r) => `${slug(c.first)}-${v.alnum(r, 6).toLowerCase()}@guest.airbnb.com`, ['endUserIDs._experience.emailid.id'], opt],
    ['GUEST\'S PHONE', (c, o, r) => `+1${v.int(r, 2000000000, 9999999999)}`, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['NUMBER OF GUESTS', (c, o, r) => String(v.int(r, 1, 8)), []],
    ['SOURCE', (c, o, r, i) => CHANNELS[i % 5], [], opt],
    ['STATUS', (c, o, r) => v.pick(r, ['confirmed', 'confirmed', 'canceled', 'inquiry']), [], opt],
    ['CREATION DATE', (c, o) => mdyAm(o.at), ['timestamp', OR('createdDate')]],
    ['ACCOMMODATION FARE', (c, o, r, i) => dot(RENTALS[i % 4][2] * 4), []],
    ['CLEANING FEE', () => '95.00', []],
    ['TOTAL TAXES', (c, o, r, i) => dot(RENTALS[i % 4][2] * 4 * 0.12), [OR('taxAmount')]],
    ['TOTAL PAYOUT', (c, o, r, i) => dot(RENTALS[i % 4][2] * 4 * 1.12 + 95), [OR('priceTotal')], opt],
    ['TOTAL PAID', (c, o, r, i) => dot(RENTALS[i % 4][2] * 4 * 1.12 + 95), [OR('payments[0].paymentAmount')], opt],
    ['BALANCE DUE', () => '0.00', []],
    ['HOST SERVICE FEE', (c, o, r, i) => dot(RENTALS[i % 4][2] * 4 * 0.03), []],
    ['CURRENCY', () => 'USD', [OR('currencyCode')]],
    ['PLANNED ARRIVAL', (c, o, r) => v.pick(r, ['', '15:00', '18:30']), []],
    ['ASSIGNEE', (c, o, r) => v.pick(r, ['', 'Maria G.', 'Kevin T.']), []],
  ] },
  // ---------------------------------------------------------------- e-commerce orders (Lodgify, Reservas > Exportar, Spanish UI, a Málaga holiday-rental host)
  { name: 'lodgify-reservas-es', product: 'Lodgify (Reservas > Bandeja de entrada > Exportar reservas CSV, Spanish UI, Málaga holiday rentals, EUR)', family: 'ecommerce-orders', language: 'es', schema: E, cols: [
    ['Id', (c, o) => String(5000000 + +o.id * 11), [OR('purchaseID'), '_id']],
    ['Tipo', (c, o, r) => v.pick(r, ['Reserva', 'Reserva', 'Solicitud de reserva', 'Presupuesto']), [], opt],
    ['Origen', (c, o, r, i) => ['Manual', 'Booking.com', 'Airbnb', 'Página web', 'Vrbo'][i % 5], [], opt],
    ['Estado', (c, o, r) => v.pick(r, ['Confirmada', 'Confirmada', 'Abierta', 'Rechazada', 'Cancelada']), [], opt],
    ['Nombre', (c) => c.full, []],
    ['Correo electrónico', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Teléfono', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['País', (c, o, r) => v.pick(r, ['España', 'Reino Unido', 'Alemania', 'Francia', 'Países Bajos']), [BILL('country')], opt],
    ['Propiedad', (c, o, r, i) => ['Villa Los Olivos', 'Apartamento Malagueta', 'Ático Centro Histórico', 'Casa Rural El Chorro'][i % 4], [PL('name')], opt],
    ['Tipo de habitación', (c, o, r) => v.pick(r, ['Casa completa', 'Apartamento 2 dormitorios', 'Estudio']), []],
    ['Llegada', (c, o) => dmy(o.at + 30 * DAY), [], opt],
    ['Salida', (c, o) => dmy(o.at + 37 * DAY), []],
    ['Noches', () => '7', [PL('quantity')], opt],
    ['Huéspedes', (c, o, r) => String(v.int(r, 1, 6)), []],
    ['Fecha de creación', (c, o) => dmyHm(o.at, 1), ['timestamp', OR('createdDate')]],
    ['Total', (c, o) => comma(700 + (+o.id % 900)), [OR('priceTotal')]],
    ['Moneda', () => 'EUR', [OR('currencyCode')]],
    ['Importe pagado', (c, o) => comma((700 + (+o.id % 900)) * 0.3), [OR('payments[0].paymentAmount')], opt],
    ['Importe pendiente', (c, o) => comma((700 + (+o.id % 900)) * 0.7), []],
    ['Tasas', () => '60,00', []],
    ['Impuestos', (c, o) => comma((700 + (+o.id % 900)) * 0.1), [OR('taxAmount')], opt],
    ['Código promocional', (c, o) => (o.coupon ? 'VERANO10' : ''), ['commerce.promotionID'], opt],
    ['Dirección IP', (c, o, r) => v.ip4(r), [], opt],
    ['Comentarios', (c, o, r) => v.pick(r, ['', '', 'Llegaremos tarde, sobre las 23h', 'Viajamos con un perro pequeño']), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (Cloudbeds, Relatórios > Reservas > Exportar, Portuguese UI, a Brazilian pousada)
  { name: 'cloudbeds-reservas-pt', product: 'Cloudbeds (Relatórios > Reservas > Exportar CSV, Portuguese (Brazil) UI, a pousada in Paraty, BRL)', family: 'ecommerce-orders', language: 'pt', schema: E, cols: [
    ['Número da Reserva', (c, o) => String(1000000000 + +o.id * 13), [OR('purchaseID'), '_id']],
    ['Número de Reserva de Terceiros', (c, o, r, i) => (i % 3 === 0 ? String(v.int(r, 3000000000, 4999999999)) : ''), [OR('purchaseID')], opt],
    ['Nome', (c) => c.first, []],
    ['Sobrenome', (c) => c.last, []],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Telefone', (c) => c.mobile, ['endUserIDs._experience.phonenumberid.id'], opt],
    ['CPF', (c, o, r) => `${v.int(r, 100, 999)}.${v.int(r, 100, 999)}.${v.int(r, 100, 999)}-${pad(v.int(r, 0, 99))}`, []],
    ['Cidade', (c) => c.city, [BILL('city')], opt],
    ['Estado', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['País', () => 'Brasil', [BILL('country')], opt],
    ['Check-in', (c, o) => dmy(o.at + 15 * DAY, -3), [], opt],
    ['Check-out', (c, o) => dmy(o.at + 18 * DAY, -3), []],
    ['Noites', () => '3', [PL('quantity')], opt],
    ['Tipo de Acomodação', (c, o, r) => v.pick(r, ['Suíte Standard', 'Suíte Master', 'Chalé Família']), [PL('name')], opt],
    ['Acomodação', (c, o, r) => String(v.int(r, 1, 14)), []],
    ['Adultos', (c, o, r) => String(v.int(r, 1, 4)), []],
    ['Crianças', (c, o, r) => String(v.int(r, 0, 2)), []],
    ['Origem', (c, o, r) => v.pick(r, ['Booking.com', 'Site (Motor de Reservas)', 'Expedia', 'Balcão', 'Airbnb']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Confirmada', 'Confirmada', 'Check-out', 'Cancelada', 'Não compareceu']), [], opt],
    ['Data da Reserva', (c, o) => dmyHm(o.at, -3), ['timestamp', OR('createdDate')]],
    ['Total', (c, o) => brl(600 + (+o.id % 1500)), [OR('priceTotal')]],
    ['Pago', (c, o) => brl((600 + (+o.id % 1500)) / 2), [OR('payments[0].paymentAmount')], opt],
    ['Saldo Devedor', (c, o) => brl((600 + (+o.id % 1500)) / 2), []],
    ['Impostos', (c, o) => brl((600 + (+o.id % 1500)) * 0.05), [OR('taxAmount')], opt],
    ['Data de Cancelamento', (c, o, r) => (r() < 0.1 ? dmyHm(o.at + 2 * DAY, -3) : ''), [OR('cancelDate')], opt],
    ['Horário Estimado de Chegada', (c, o, r) => v.pick(r, ['', '14:00', '16:30', '20:00']), []],
  ] },

  // ---------------------------------------------------------------- CRM (Mews, Gäste > Export, German UI, a Berlin hotel's guest profiles)
  { name: 'mews-gaeste-de', product: 'Mews (Gäste / Kundenprofile > Export, German UI, a Berlin city hotel)', family: 'crm', language: 'de', schema: P, cols: [
    ['Kundennummer', (c, o, r) => String(v.int(r, 100000, 999999)), ID],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Zweiter Nachname', () => '', []],
    ['Geschlecht', (c) => (c.female ? 'Weiblich' : 'Männlich'), ['person.gender'], opt],
    ['Geburtsdatum', (c) => deDay(c.birth, 0), ['person.birthDate']],
    ['Geburtsort', (c, o, r) => v.pick(r, ['', 'Hamburg', 'Wien', 'Zürich', 'München']), []],
    ['Staatsangehörigkeit', (c, o, r) => v.pick(r, ['Deutschland', 'Deutschland', 'Österreich', 'Schweiz', 'Vereinigtes Königreich']), ['person.nationality']],
    ['Sprache', (c, o, r) => v.pick(r, ['Deutsch', 'Deutsch', 'Englisch']), [], opt],
    ['E-Mail', (c) => c.email, ['personalEmail.address']],
    ['Telefon', (c) => c.mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Firma', (c, o, r) => (r() < 0.25 ? c.company : ''), ['organizations[0]'], opt],
    ['Straße', (c) => c.street, at(HOME, 'street1')],
    ['PLZ', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Stadt', (c) => c.city, at(HOME, 'city')],
    ['Land', (c) => c.countryName, at(HOME, 'country')],
    ['Ausweistyp', (c, o, r) => v.pick(r, ['Personalausweis', 'Reisepass']), []],
    ['Ausweisnummer', (c, o, r) => `L${v.alnum(r, 8).toUpperCase()}`, []],
    ['Loyalitätscode', (c, o, r) => (r() < 0.3 ? `HHB-${v.int(r, 10000, 99999)}` : ''), ['loyalty.loyaltyID[0]'], opt],
    ['Klassifizierungen', (c, o, r) => v.pick(r, ['', 'Stammgast', 'VIP', 'Firmenkunde']), []],
    ['Notizen', (c, o, r) => v.pick(r, ['', '', 'Allergie: Nüsse', 'Ruhiges Zimmer gewünscht']), []],
    ['Marketing-Einwilligung', (c) => (c.bool ? 'Ja' : 'Nein'), [], opt],
    ['Erstellt', (c) => deHm(c.created), [], opt],
    ['Aufenthalte', (c, o, r) => String(v.int(r, 1, 25)), []],
  ] },

  // ---------------------------------------------------------------- e-commerce orders (FareHarbor, Reports > Bookings > Export, a Hawaii tour operator)
  { name: 'fareharbor-bookings', product: 'FareHarbor (Dashboard > Reports > Bookings > Export CSV, Hawaii tour operator, USD)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Booking #', (c, o) => String(100000000 + +o.id * 17), [OR('purchaseID'), '_id']],
    ['Created At', (c, o) => monDYAt(o.at, -10), ['timestamp', OR('createdDate')]],
    ['Created By', (c, o, r) => v.pick(r, ['Online', 'Online', 'Staff: Kaila M.', 'Affiliate: Viator']), []],
    ['Item', (c, o, r, i) => TOURS[i % 4][0], [PL('name')]],
    ['Availability', (c, o) => monDYAt(o.at + 10 * DAY, -10), [], opt],
    ['Contact', (c) => c.full, []],
    ['Contact Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['Contact Phone', (c, o, r) => usPhone(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Customer Types', (c, o, r, i) => `${o.qty} ${TOURS[i % 4][1]}`, [], opt],
    ['Pax', (c, o) => String(o.qty), [PL('quantity')], opt],
    ['Status', (c, o, r) => v.pick(r, ['Booked', 'Booked', 'Booked', 'Cancelled', 'Rebooked']), [], opt],
    ['Subtotal', (c, o, r, i) => dot(TOURS[i % 4][2] * o.qty), [], opt],
    ['Tax', (c, o, r, i) => dot(TOURS[i % 4][2] * o.qty * 0.0471), [OR('taxAmount')]],
    ['Booking Fee', (c, o, r, i) => dot(TOURS[i % 4][2] * o.qty * 0.06), []],
    ['Total', (c, o, r, i) => dot(TOURS[i % 4][2] * o.qty * 1.1071), [OR('priceTotal')]],
    ['Paid', (c, o, r, i) => dot(TOURS[i % 4][2] * o.qty * 1.1071), [OR('payments[0].paymentAmount')], opt],
    ['Amount Due', () => '0.00', []],
    ['Affiliate', (c, o, r) => v.pick(r, ['', '', 'Viator', 'GetYourGuide', 'Hilton Hawaiian Village Concierge']), [], opt],
    ['Voucher Number', (c, o, r) => (r() < 0.3 ? `BR-${v.int(r, 100000000, 999999999)}` : ''), []],
    ['Promo Code', (c, o) => (o.coupon ? 'ALOHA10' : ''), ['commerce.promotionID'], opt],
    ['Check-in Status', (c, o, r) => v.pick(r, ['', 'Checked in', 'No show']), []],
    ['Booking Notes', (c, o, r) => v.pick(r, ['', '', 'Celebrating anniversary', 'Hotel pickup: Waikiki Beach Marriott']), []],
  ] },
]
