// Round 50, tune50: tune sets written blind (by a helper that never opened the suggester or a score), US vertical
// SaaS (salons, gyms, dental, therapy, veterinary, real estate, car dealers, property management, churches, home
// services). Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator
// per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns.
import { E, B, P, v, f, at, HOME, B2BID, PL, OR, SHIP, BILL, opt } from './sets.mjs'
import { pad, parts } from './values.mjs'

const ID = ['_id', 'personID']
const day = 86400000
// "$1,234.50" and "1234.50"
const usd = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const amt = (n) => n.toFixed(2)
// "(555) 123-4567", the North American display format most of these products use
const nanp = (r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`
// "03/05/2024" (zero-padded US date) and "03/05/2024 02:31 PM"
const usPad = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y}` }
const usPadTime = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
// "Mar 5, 2024" and "Mar 5, 2024 2:31 PM"
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monDY = (ms) => { const p = parts(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y}` }
const monDYT = (ms) => { const p = parts(ms); return `${MON[p.m - 1]} ${p.d}, ${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }
const later = (c) => Math.max(c.created, c.updated)
const earlier = (c) => Math.min(c.created, c.updated)
const gender = (c, r) => (r() < 0.15 ? '' : c.female ? 'Female' : 'Male')

const SALON_SERVICES = [['Women\'s Haircut', 85], ['Balayage', 240], ['Gel Manicure', 45], ['Signature Facial', 130], ['Blowout', 55], ['Swedish Massage 60 min', 120]]
const ZENOTI_ITEMS = [['Service', 'Hydrafacial Deluxe', 'SVC-HF02', 199], ['Service', 'Deep Tissue Massage 60 Min', 'SVC-DT60', 135], ['Product', 'Skinceuticals C E Ferulic 30ml', 'PRD-SC-CEF', 182], ['Membership', 'Glow Membership - Monthly', 'MEM-GLOW', 99], ['Package', '6 Laser Hair Removal - Underarm', 'PKG-LHR6', 450]]
const CENTERS = ['Scottsdale - Kierland', 'Austin - Domain', 'Denver - Cherry Creek']
const STAFF = ['Ashley M.', 'Brianna K.', 'Carlos R.', 'Danielle P.', 'Tyler S.']
const GYM_PLANS = ['Unlimited Monthly', 'Unlimited Annual', '3x Week', '10 Class Pack', 'Drop In', 'Foundations (On-Ramp)']
const PROVIDERS = ['DDS1', 'DDS2', 'HYG1', 'HYG2']
const CLINICIANS = ['Rachel Kim, LCSW', 'Jonathan Reyes, PsyD', 'Megan O\'Neil, LMFT']
const SPECIES = [['Canine', 'Labrador Retriever'], ['Feline', 'Domestic Shorthair'], ['Canine', 'Goldendoodle'], ['Canine', 'French Bulldog'], ['Feline', 'Maine Coon']]
const PET_NAMES = ['Bella', 'Max', 'Luna', 'Charlie', 'Cooper', 'Milo', 'Daisy', 'Oliver']
const AGENTS = ['Kristen Walsh', 'Marcus Bell', 'Tanya Ortiz', 'Unassigned']
const VEHICLES = [['2024', 'Toyota', 'RAV4', 'XLE AWD', 36490], ['2023', 'Honda', 'Accord', 'EX-L', 31200], ['2021', 'Ford', 'F-150', 'XLT SuperCrew', 38995], ['2022', 'Chevrolet', 'Equinox', 'LT', 24850], ['2024', 'Hyundai', 'Tucson', 'SEL', 30110]]
const vin = (r) => Array.from({ length: 17 }, () => 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'[v.int(r, 0, 32)]).join('')
const PROPERTIES = [['Maple Court Apartments', ['101', '204', '3B']], ['1420 Elm Street Duplex', ['A', 'B']], ['Riverside Townhomes', ['12', '14', '22']]]
const HCP_JOBS = [['Water heater replacement - 50 gal', 1850], ['AC tune-up', 129], ['Drain cleaning - kitchen', 245], ['Furnace repair - igniter', 385], ['Panel upgrade 200A', 3200]]
const TECHS = ['Mike Alvarez', 'Jordan Lee', 'Sam Patel', 'Chris Nguyen']
const TRADES = ['Plumbing', 'HVAC', 'Electrical', 'Landscaping', 'Cleaning', 'Pest Control', 'Roofing']
const VENDOR_CO = ['Apex Plumbing LLC', 'Blue Sky HVAC Inc.', 'Greenline Landscaping', 'Spotless Turnover Cleaning', 'Summit Roofing & Gutters', 'Bright Spark Electric']

export const SETS = [
  // ---------------------------------------------------------------- salon clients (Mangomint, Clients > Export)
  { name: 'mangomint-clients', product: 'Mangomint (Clients > Export clients, CSV, English UI; a US salon and spa)', family: 'crm', language: 'en', schema: P, cols: [
    ['Client ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile Phone', (c, o, r) => nanp(r), ['mobilePhone.number']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? '' : usPad(c.birth)), ['person.birthDate']],
    ['Gender', (c, o, r) => gender(c, r), ['person.gender']],
    ['Address', (c, o, r) => (r() < 0.4 ? '' : c.street), at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Client Since', (c) => usPad(earlier(c)), ['loyalty.joinDate'], opt],
    ['First Visit', (c) => usPad(earlier(c) + 3 * day), [], opt],
    ['Last Visit', (c) => usPad(later(c)), [], opt],
    ['Next Appointment', (c, o, r) => (r() < 0.5 ? '' : usPad(later(c) + 30 * day)), []],
    ['Total Visits', (c, o, r) => String(v.int(r, 1, 60)), []],
    ['Total Sales', (c, o, r) => usd(v.int(r, 50, 6000) + 0.5), ['loyalty.lifetimePurchases'], opt],
    ['Preferred Staff', (c, o, r) => v.pick(r, STAFF), []],
    ['Referral Source', (c, o, r) => v.pick(r, ['Instagram', 'Google', 'Friend / Family', 'Walk-in', '']), [], opt],
    ['Email Marketing', (c) => (c.bool ? 'Subscribed' : 'Unsubscribed'), [], opt],
    ['Text Marketing', (c, o, r) => (r() < 0.5 ? 'Subscribed' : 'Unsubscribed'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'VIP', 'New Client', 'Color Client, VIP']), []],
    ['Client Notes', (c, o, r) => v.pick(r, ['', '', 'Sensitive scalp', 'Prefers quiet appointments', 'Allergic to latex']), []],
  ] },

  // ---------------------------------------------------------------- spa sales (Zenoti, Reports > Sales > Sales - Accrual, Excel)
  { name: 'zenoti-sales-accrual', product: 'Zenoti (Reports > Sales > Sales - Accrual, Export to Excel, English UI; a US med-spa chain)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Center Name', (c, o, r) => v.pick(r, CENTERS), [], opt],
    ['Invoice No', (c, o, r) => `${v.pick(r, ['SCK', 'ADM', 'DCC'])}${v.int(r, 10000, 99999)}`, [OR('purchaseID'), '_id']],
    ['Sale Date', (c, o) => usPad(o.at), ['timestamp', OR('createdDate')]],
    ['Guest Code', (c, o, r) => `${v.pick(r, ['SCK', 'ADM', 'DCC'])}${v.int(r, 100000, 999999)}`, [], opt],
    ['Guest Name', (c) => c.full, []],
    ['Item Type', (c, o, r, i) => ZENOTI_ITEMS[i % 5][0], [PL('productCategories[0].categoryName')], opt],
    ['Item Name', (c, o, r, i) => ZENOTI_ITEMS[i % 5][1], [PL('name')]],
    ['Item Code', (c, o, r, i) => ZENOTI_ITEMS[i % 5][2], [PL('SKU')]],
    ['Qty', (c, o) => String(o.qty), [PL('quantity')]],
    ['Unit Price', (c, o, r, i) => amt(ZENOTI_ITEMS[i % 5][3]), []],
    ['Discount', (c, o) => amt(o.discount ? 20 : 0), [PL('discountAmount'), OR('discountAmount')], opt],
    ['Sales (Exc. Tax)', (c, o, r, i) => amt(ZENOTI_ITEMS[i % 5][3] * o.qty - (o.discount ? 20 : 0)), [PL('priceTotal')], opt],
    ['Tax', (c, o, r, i) => amt((ZENOTI_ITEMS[i % 5][3] * o.qty - (o.discount ? 20 : 0)) * 0.0825), [OR('taxAmount')]],
    ['Sales (Inc. Tax)', (c, o, r, i) => amt((ZENOTI_ITEMS[i % 5][3] * o.qty - (o.discount ? 20 : 0)) * 1.0825), [OR('priceTotal'), PL('priceTotal')]],
    ['Payment Type', (c, o, r) => v.pick(r, ['Credit Card', 'Cash', 'Gift Card', 'Prepaid Card', 'Membership Benefit']), [OR('payments[0].paymentType')], opt],
    ['Sold By', (c, o, r) => v.pick(r, STAFF), []],
    ['Serviced By', (c, o, r) => v.pick(r, STAFF), []],
    ['Invoice Status', (c, o, r) => v.pick(r, ['Closed', 'Closed', 'Closed', 'Refunded']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Front Desk', 'Online Booking', 'Mobile App']), [], opt],
    ['Currency', () => 'USD', [OR('currencyCode'), PL('currencyCode')]],
  ] },

  // ---------------------------------------------------------------- gym members (PushPress, Customers > Export)
  { name: 'pushpress-customers', product: 'PushPress (Core: Customers > Export CSV, English UI; a US CrossFit box)', family: 'crm', language: 'en', schema: P, cols: [
    ['uuid', (c, o, r) => `usr_${v.hex(r, 12)}`, ID],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.email, ['personalEmail.address']],
    ['phone', (c, o, r) => `${v.int(r, 201, 989)}${v.int(r, 200, 999)}${pad(v.int(r, 0, 9999), 4)}`, ['mobilePhone.number', 'homePhone.number']],
    ['dob', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['gender', (c, o, r) => (r() < 0.2 ? '' : c.female ? 'F' : 'M'), ['person.gender']],
    ['address_1', (c) => c.street, at(HOME, 'street1')],
    ['address_2', (c) => c.street2, at(HOME, 'street2')],
    ['city', (c) => c.city, at(HOME, 'city')],
    ['state', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['role', (c, o, r) => v.pick(r, ['member', 'member', 'member', 'lead', 'ex-member']), [], opt],
    ['membership_status', (c, o, r) => v.pick(r, ['active', 'active', 'paused', 'canceled', 'non-member']), [], opt],
    ['plan_name', (c, o, r) => v.pick(r, GYM_PLANS), [], opt],
    ['plan_price', (c, o, r) => amt(v.pick(r, [189, 205, 149, 1990, 25])), []],
    ['member_since', (c) => f.ymd(earlier(c)), ['loyalty.joinDate'], opt],
    ['last_checkin', (c) => f.ymdhms(later(c)), [], opt],
    ['total_checkins', (c, o, r) => String(v.int(r, 0, 600)), []],
    ['lead_source', (c, o, r) => v.pick(r, ['Google', 'Referral', 'Facebook Ad', 'Drop-in', '']), [], opt],
    ['emergency_contact_name', (c, o, r) => `${v.pick(r, ['Laura', 'Kevin', 'Nicole', 'Brian'])} ${c.last}`, []],
    ['emergency_contact_phone', (c, o, r) => nanp(r), []],
    ['waiver_signed', (c, o, r) => (r() < 0.9 ? 'true' : 'false'), []],
    ['created_at', (c) => f.iso(earlier(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- dental patients (Open Dental, Reports > User Query, Export)
  { name: 'open-dental-patients-query', product: 'Open Dental (Reports > User Query on the patient table, Export to .txt/CSV, English UI; a US dental practice)', family: 'crm', language: 'en', schema: P, cols: [
    ['PatNum', (c, o, r) => String(v.int(r, 1, 48000)), ID],
    ['LName', (c) => c.last, ['person.name.lastName']],
    ['FName', (c) => c.first, ['person.name.firstName']],
    ['MiddleI', (c, o, r) => (r() < 0.6 ? '' : v.pick(r, ['A', 'J', 'M', 'R'])), ['person.name.middleName'], opt],
    ['Preferred', (c, o, r) => (r() < 0.8 ? '' : c.first.slice(0, 3)), [], opt],
    ['PatStatus', (c, o, r) => v.pick(r, ['Patient', 'Patient', 'Patient', 'Inactive', 'Archived', 'NonPatient']), [], opt],
    ['Gender', (c, o, r) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Position', (c, o, r) => v.pick(r, ['Single', 'Married', 'Child', 'Widowed', 'Divorced']), ['person.maritalStatus'], opt],
    ['Birthdate', (c) => f.ymd(c.birth), ['person.birthDate']],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['Address2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['HmPhone', (c, o, r) => (r() < 0.5 ? '' : nanp(r)), ['homePhone.number']],
    ['WkPhone', (c, o, r) => (r() < 0.8 ? '' : nanp(r)), ['workPhone.number']],
    ['WirelessPhone', (c, o, r) => nanp(r), ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.15 ? '' : c.email), ['personalEmail.address']],
    ['Guarantor', (c, o, r) => String(v.int(r, 1, 48000)), []],
    ['PriProv', (c, o, r) => v.pick(r, PROVIDERS), []],
    ['BillingType', (c, o, r) => v.pick(r, ['Standard Account', 'Insurance Only', 'Collections']), []],
    ['ChartNumber', (c, o, r) => (r() < 0.5 ? '' : String(v.int(r, 10000, 99999))), [], opt],
    ['DateFirstVisit', (c) => f.ymd(earlier(c)), ['loyalty.joinDate'], opt],
    ['EstBalance', (c, o, r) => amt(r() < 0.6 ? 0 : v.int(r, 20, 1500)), []],
    ['PreferContactMethod', (c, o, r) => v.pick(r, ['None', 'TextMessage', 'Email', 'HmPhone', 'WirelessPh']), [], opt],
    ['SecDateEntry', (c) => f.ymd(earlier(c)), [], opt],
    ['DateTStamp', (c) => f.ymdhms(later(c)), [], opt],
  ] },
  // ---------------------------------------------------------------- therapy practice clients (SimplePractice, Clients > Export client list)
  { name: 'simplepractice-client-list', product: 'SimplePractice (Clients and contacts > Export, CSV, English UI; a US group therapy practice)', family: 'crm', language: 'en', schema: P, cols: [
    ['Client ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['Ann', 'Lee', 'Marie', 'James'])), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Preferred Name', (c, o, r) => (r() < 0.8 ? '' : c.first.slice(0, 4)), [], opt],
    ['Suffix', (c, o, r) => (r() < 0.95 ? '' : 'Jr.'), ['person.name.suffix']],
    ['Date of Birth', (c) => usPad(c.birth), ['person.birthDate']],
    ['Sex', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Gender Identity', (c, o, r) => (r() < 0.5 ? '' : v.pick(r, ['Woman', 'Man', 'Non-binary', 'Prefer not to say'])), ['person.gender'], opt],
    ['Relationship Status', (c, o, r) => v.pick(r, ['', 'Single', 'Married', 'Divorced', 'Partnered']), ['person.maritalStatus'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile Phone', (c, o, r) => nanp(r), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.7 ? '' : nanp(r)), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.85 ? '' : nanp(r)), ['workPhone.number']],
    ['Street Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Client Type', (c, o, r) => v.pick(r, ['Adult', 'Adult', 'Minor', 'Couple']), [], opt],
    ['Status', (c, o, r) => v.pick(r, ['Active', 'Active', 'Inactive', 'Prospective']), [], opt],
    ['Primary Clinician', (c, o, r) => v.pick(r, CLINICIANS), []],
    ['Location', (c, o, r) => v.pick(r, ['Main Office', 'Video Office']), []],
    ['Billing Type', (c, o, r) => v.pick(r, ['Insurance', 'Self-pay', 'Self-pay']), []],
    ['Primary Insurance', (c, o, r) => v.pick(r, ['', 'Aetna', 'Blue Cross Blue Shield', 'Cigna', 'UnitedHealthcare']), []],
    ['Referred By', (c, o, r) => v.pick(r, ['', 'Psychology Today', 'Physician', 'Friend']), [], opt],
    ['Created Date', (c) => usPad(earlier(c)), [], opt],
    ['Last Appointment', (c) => usPad(later(c)), [], opt],
    ['Client Balance', (c, o, r) => usd(r() < 0.6 ? 0 : v.int(r, 25, 900)), []],
  ] },

  // ---------------------------------------------------------------- veterinary clients (ezyVet, Contacts > list view > Export)
  { name: 'ezyvet-client-contacts', product: 'ezyVet (Contacts tab, client list > Export to CSV, English UI; a US veterinary hospital)', family: 'crm', language: 'en', schema: P, cols: [
    ['Contact Code', (c, o, r) => String(v.int(r, 10000, 99999)), ID],
    ['Title', (c, o, r) => (r() < 0.5 ? '' : c.female ? 'Ms' : 'Mr'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Business Name', (c, o, r) => (r() < 0.9 ? '' : c.company), ['organizations[0]'], opt],
    ['Is Business', (c, o, r) => 'No', []],
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Mobile', (c, o, r) => nanp(r), ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.6 ? '' : nanp(r)), ['homePhone.number']],
    ['Physical Address Street', (c) => c.street, ['homeAddress.street1']],
    ['Physical Address Suburb', () => '', [], opt],
    ['Physical Address City', (c) => c.city, ['homeAddress.city']],
    ['Physical Address State', (c) => c.region, ['homeAddress.stateProvince', 'homeAddress.state']],
    ['Physical Address Post Code', (c) => c.postcode, ['homeAddress.postalCode']],
    ['Physical Address Country', () => 'United States of America', ['homeAddress.country']],
    ['Postal Address Street', (c, o, r) => (r() < 0.8 ? c.street : `PO Box ${v.int(r, 100, 9999)}`), ['mailingAddress.street1']],
    ['Postal Address City', (c) => c.city, ['mailingAddress.city']],
    ['Postal Address State', (c) => c.region, ['mailingAddress.stateProvince', 'mailingAddress.state']],
    ['Postal Address Post Code', (c) => c.postcode, ['mailingAddress.postalCode']],
    ['Date of Birth', (c, o, r) => (r() < 0.7 ? '' : f.ymd(c.birth)), ['person.birthDate']],
    ['Active', (c, o, r) => (r() < 0.9 ? 'Yes' : 'No'), [], opt],
    ['Client Since', (c) => f.ymd(earlier(c)), ['loyalty.joinDate'], opt],
    ['Division', (c, o, r) => v.pick(r, ['Main Hospital', 'Urgent Care']), []],
    ['Account Balance', (c, o, r) => amt(r() < 0.6 ? 0 : v.int(r, 15, 2500)), []],
    ['Patients', (c, o, r) => v.pick(r, PET_NAMES) + (r() < 0.3 ? `, ${v.pick(r, PET_NAMES)}` : ''), []],
    ['Species', (c, o, r, i) => SPECIES[i % 5][0], []],
    ['Receive Email Reminders', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Receive SMS Reminders', (c, o, r) => (r() < 0.6 ? 'Yes' : 'No'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'Wellness Plan', 'Handle with care', 'Staff']), []],
    ['Created At', (c) => f.ymdhms(earlier(c)), [], opt],
    ['Modified At', (c) => f.ymdhms(later(c)), [], opt],
  ] },

  // ---------------------------------------------------------------- real-estate leads (kvCORE, Contacts > select all > Export)
  { name: 'kvcore-contacts-export', product: 'kvCORE (BoldTrail) (Contacts > Select all > Export contacts, CSV, English UI; a US real-estate team)', family: 'crm', language: 'en', schema: P, cols: [
    ['Lead ID', (c, o, r) => String(v.int(r, 100000000, 999999999)), ID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Phone', (c, o, r) => nanp(r), ['mobilePhone.number', 'homePhone.number']],
    ['Secondary Email', (c, o, r) => (r() < 0.85 ? '' : `${c.first.toLowerCase()}${v.int(r, 1, 99)}@yahoo.com`), [], opt],
    ['Spouse First Name', (c, o, r) => (r() < 0.7 ? '' : v.pick(r, ['Emily', 'Mark', 'Jessica', 'Ryan'])), []],
    ['Spouse Last Name', (c, o, r) => (r() < 0.7 ? '' : c.last), []],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Status', (c, o, r) => v.pick(r, ['New', 'Client', 'Closed', 'Sphere', 'Active', 'Contract', 'Archived']), [], opt],
    ['Deal Type', (c, o, r) => v.pick(r, ['Buyer', 'Seller', 'Buyer/Seller', 'Renter']), [], opt],
    ['Source', (c, o, r) => v.pick(r, ['Website', 'Zillow', 'Realtor.com', 'Facebook', 'Open House', 'Referral']), [], opt],
    ['Assigned Agent', (c, o, r) => v.pick(r, AGENTS), []],
    ['Min Price', (c, o, r) => String(v.int(r, 2, 6) * 50000), []],
    ['Max Price', (c, o, r) => String(v.int(r, 7, 16) * 50000), []],
    ['Avg Price Viewed', (c, o, r) => String(v.int(r, 250, 900) * 1000), []],
    ['Property Views', (c, o, r) => String(v.int(r, 0, 340)), []],
    ['Lead Score', (c, o, r) => String(v.int(r, 0, 100)), [], opt],
    ['Hashtags', (c, o, r) => v.pick(r, ['', '#firsttimebuyer', '#investor', '#relocation #vip']), []],
    ['Date Added', (c) => usPad(earlier(c)), [], opt],
    ['Last Touched', (c) => usPad(later(c)), [], opt],
    ['Last Active On Site', (c, o, r) => (r() < 0.3 ? '' : usPadTime(later(c))), [], opt],
    ['Birthday', (c, o, r) => (r() < 0.7 ? '' : usPad(c.birth)), ['person.birthDate']],
    ['Email Opt Out', (c) => (c.bool ? '0' : '1'), [], opt],
  ] },

  // ---------------------------------------------------------------- car dealer sales (DealerSocket CRM, Reports > Sold Report, Excel)
  { name: 'dealersocket-sold-report', product: 'DealerSocket CRM (Reports > Sales > Sold Report, Export to Excel, English UI; a US franchise dealership)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Deal #', (c, o, r) => String(v.int(r, 20000, 89999)), [OR('purchaseID'), '_id']],
    ['Sold Date', (c, o) => f.us(o.at), ['timestamp', OR('createdDate')]],
    ['Delivery Date', (c, o) => f.us(o.at + day), [], opt],
    ['Customer', (c) => `${c.last}, ${c.first}`, []],
    ['Co-Buyer', (c, o, r) => (r() < 0.7 ? '' : `${c.last}, ${v.pick(r, ['Amanda', 'Steven', 'Lisa'])}`), []],
    ['Address', (c) => c.street, [BILL('street1')], opt],
    ['City', (c) => c.city, [BILL('city')], opt],
    ['State', (c) => c.region, [BILL('stateProvince'), BILL('state')], opt],
    ['Zip', (c) => c.postcode, [BILL('postalCode')], opt],
    ['Cell Phone', (c, o, r) => nanp(r), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Home Phone', (c, o, r) => (r() < 0.6 ? '' : nanp(r)), [], opt],
    ['Email', (c) => c.email, ['endUserIDs._experience.emailid.id'], opt],
    ['N/U', (c, o, r, i) => (VEHICLES[i % 5][0] === '2024' ? 'N' : 'U'), [], opt],
    ['Stock #', (c, o, r) => `${v.pick(r, ['T', 'P', 'U'])}${v.int(r, 10000, 99999)}`, [PL('SKU')], opt],
    ['VIN', (c, o, r) => vin(r), [PL('SKU'), PL('product')], opt],
    ['Year', (c, o, r, i) => VEHICLES[i % 5][0], []],
    ['Make', (c, o, r, i) => VEHICLES[i % 5][1], [], opt],
    ['Model', (c, o, r, i) => VEHICLES[i % 5][2], [PL('name')], opt],
    ['Trim', (c, o, r, i) => VEHICLES[i % 5][3], [], opt],
    ['Selling Price', (c, o, r, i) => usd(VEHICLES[i % 5][4]), [PL('priceTotal'), OR('priceTotal')]],
    ['Trade Year/Make/Model', (c, o, r) => (r() < 0.6 ? '' : v.pick(r, ['2016 Honda Civic', '2018 Nissan Rogue', '2015 Ford Escape'])), []],
    ['Trade ACV', (c, o, r) => (r() < 0.6 ? '' : usd(v.int(r, 30, 180) * 100)), []],
    ['Deal Type', (c, o, r) => v.pick(r, ['Retail', 'Lease', 'Cash']), [OR('payments[0].paymentType')], opt],
    ['Lender', (c, o, r) => v.pick(r, ['', 'Toyota Financial Services', 'Ally Financial', 'Capital One Auto', 'Navy Federal CU']), []],
    ['Front Gross', (c, o, r) => usd(v.int(r, -500, 3500)), []],
    ['Back Gross', (c, o, r) => usd(v.int(r, 0, 2800)), []],
    ['Salesperson', (c, o, r) => v.pick(r, ['Derek Hall', 'Maria Lopez', 'Andre Wright']), []],
    ['Sales Manager', (c, o, r) => v.pick(r, ['Tom Becker', 'Lisa Grant']), []],
    ['F&I Manager', (c, o, r) => v.pick(r, ['Greg Olsen', 'Nina Shah']), []],
    ['Lead Source', (c, o, r) => v.pick(r, ['Walk-In', 'Cars.com', 'AutoTrader', 'OEM Website', 'Dealer Website', 'Repeat']), [], opt],
  ] },
]
