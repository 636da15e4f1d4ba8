// Round 32, tune32: 12 tune sets written blind (before any round-32 tuning) by a helper that never opened the suggester,
// a scorer or a held-out set. Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, ID, B2BID, OR, BILL, PL, at, opt } from './sets.mjs'
import { pad, parts } from './values.mjs'
import { loc } from './values9.mjs'

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z]/g, '')
const PAY_ID = ['commerce.order.payments[0].transactionID', '_id']
const AMT = [OR('priceTotal'), 'commerce.order.payments[0].paymentAmount']
const CUR = [OR('currencyCode'), 'commerce.order.payments[0].currencyCode']
const EMAIL_EV = ['endUserIDs._experience.emailid.id']
const PHONE_EV = ['endUserIDs._experience.phonenumberid.id']
// local formatters
const usSec = (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ukTime = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const ukDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const comma = (n) => n.toFixed(2).replace('.', ',')
const dkk = (n) => (n * 7.46).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const sek = (n) => (n * 11.2).toFixed(2).replace('.', ',')
const pln = (n) => (n * 4.3).toFixed(2).replace('.', ',')
const fiDate = (ms) => { const p = parts(ms); return `${p.d}.${p.m}.${p.y}` }
// US donors (ActBlue, Classy, GiveWP, LGL, EveryAction): state codes and ZIPs
const US = [['Columbus', 'OH', '43215'], ['Madison', 'WI', '53703'], ['Durham', 'NC', '27701'], ['Tucson', 'AZ', '85701'], ['Portland', 'OR', '97205'], ['Alexandria', 'VA', '22314'], ['Ann Arbor', 'MI', '48104']]
const us = (c) => US[+c.id % US.length]
const usPhone = (c) => `(${['614', '608', '919', '520', '503', '703', '734'][+c.id % 7]}) ${String(+c.id % 900 + 100)}-${String(+c.id % 9000 + 1000)}`
const UK = [['London', 'Greater London', 'SW1A 1AA'], ['Bristol', 'Bristol', 'BS1 4DJ'], ['Leeds', 'West Yorkshire', 'LS1 5AB'], ['Manchester', 'Greater Manchester', 'M1 2WD'], ['Glasgow', 'Lanarkshire', 'G2 1DY']]
const uk = (c) => UK[+c.id % UK.length]
const FI = { first: ['Matti', 'Anna', 'Juha', 'Laura', 'Mikko', 'Sanna', 'Timo', 'Heidi'], last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Koskinen'],
  cities: [['Helsinki', '00100'], ['Tampere', '33100'], ['Turku', '20100'], ['Oulu', '90100'], ['Espoo', '02100'], ['Jyväskylä', '40100']], street: ['Mannerheimintie', 'Hämeenkatu', 'Aurakatu', 'Kauppurienkatu', 'Tapiontori', 'Kauppakatu'] }
const FI_CO = ['Rakennus Korhonen Oy', 'Kahvila Aurinko', 'Tmi Laura Virtanen', 'Sähkö-Mäkinen Oy', 'Parturi Sakset', 'LVI-Nieminen Ky']
const fi = (c) => { const i = +c.id; const [city, zip] = FI.cities[i % 6]; const first = FI.first[i % 8], last = FI.last[(i >> 3) % 8]; return { first, last, full: `${first} ${last}`, co: FI_CO[i % 6], city, zip, street: `${FI.street[i % 6]} ${i % 60 + 1}`, email: `${slug(first)}.${slug(last)}@${['gmail.com', 'outlook.com', 'elisanet.fi'][i % 3]}`, phone: `+358 40 ${i % 900 + 100} ${i % 9000 + 1000}`, ytunnus: `${String(i * 7 % 10000000).padStart(7, '0')}-${i % 10}` } }
const PLD = { first: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Michał'], last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański'],
  cities: [['Warszawa', '00-001', 'mazowieckie'], ['Kraków', '30-001', 'małopolskie'], ['Wrocław', '50-001', 'dolnośląskie'], ['Poznań', '60-001', 'wielkopolskie'], ['Gdańsk', '80-001', 'pomorskie']], street: ['ul. Marszałkowska', 'ul. Długa', 'ul. Piotrkowska', 'al. Jana Pawła II', 'ul. Świętojańska'] }
const PL_CO = ['Usługi Remontowe Nowak', 'Kowalski i Syn Sp. z o.o.', 'Piekarnia Wiśniewscy s.c.', 'Transport Wójcik', 'Biuro Rachunkowe Kamińska', 'Meble Lewandowski Sp. z o.o.']
const pl = (c) => { const i = +c.id; const [city, zip, woj] = PLD.cities[i % 5]; const first = PLD.first[i % 8], last = PLD.last[(i >> 3) % 8]; return { first, last, full: `${first} ${last}`, co: PL_CO[i % 6], city, zip, woj, street: `${PLD.street[i % 5]} ${i % 90 + 1}${i % 3 ? '' : `/${i % 40 + 1}`}`, email: `${slug(first)}.${slug(last)}@${['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl'][i % 4]}`, phone: `${['22', '12', '71', '61', '58'][i % 5]} ${i % 900 + 100} ${pad(i % 100)} ${pad((i >> 2) % 100)}`, mobile: `+48 ${['501', '602', '694', '730', '881'][i % 5]} ${i % 900 + 100} ${i % 900 + 100}`, nip: `${i % 900 + 100}-${i % 900 + 100}-${pad(i % 100)}-${pad((i >> 3) % 100)}` } }
const CAMPAIGNS = ['Spring Appeal 2025', 'Giving Tuesday', 'Year-End Campaign', 'Annual Gala']
const FUNDS = ['General Fund', 'Scholarship Fund', 'Capital Campaign', 'Food Pantry']

export const SETS = [
  // ---------------------------------------------------------------- payments: donations (Classy, account-level Transactions report)
  { name: 'classy-transactions', product: 'Classy (GoFundMe Pro), account-level Transactions Report export', family: 'payments', language: 'en', schema: E, cols: [
    ['Transaction ID', (c, o, r) => String(v.int(r, 30000000, 59999999)), PAY_ID],
    ['Processor ID', (c, o, r) => `ch_${v.alnum(r, 24)}`, ['commerce.order.payments[0].transactionID'], opt],
    ['Transaction Date', (c, o) => usSec(o.at), ['timestamp', OR('createdDate')]],
    ['Campaign ID', (c, o, r) => String(v.int(r, 100000, 599999)), [], opt],
    ['Campaign Name', (c, o, r) => v.pick(r, CAMPAIGNS), ['marketing.campaignName'], opt],
    ['Fundraising Page Title', (c, o, r) => v.pick(r, ['', '', "Sam's Run for Clean Water", 'Team Hope 5K']), []],
    ['Transaction Type', (c, o, r) => v.pick(r, ['Donation', 'Donation', 'Registration', 'Recurring Donation']), [], opt],
    ['Transaction Status', (c, o, r) => v.pick(r, ['success', 'success', 'success', 'refunded', 'canceled']), [], opt],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'PayPal', 'ACH', 'Venmo']), ['commerce.order.payments[0].paymentType']],
    ['Card Type', (c, o, r) => v.pick(r, ['Visa', 'Mastercard', 'American Express', '']), [], opt],
    ['Gross Amount', (c, o) => `$${o.total.toFixed(2)}`, AMT],
    ['Fees', (c, o) => `$${(o.total * 0.022 + 0.3).toFixed(2)}`, []],
    ['Net Amount', (c, o) => `$${(o.total * 0.978 - 0.3).toFixed(2)}`, []],
    ['Fee on Top', (c, o, r) => v.pick(r, ['Yes', 'No', 'No']), []],
    ['Charged Currency', () => 'USD', CUR],
    ['Billing First Name', (c) => c.first, []],
    ['Billing Last Name', (c) => c.last, []],
    ['Billing Address 1', (c) => c.street, [BILL('street1')]],
    ['Billing City', (c) => us(c)[0], [BILL('city')]],
    ['Billing State', (c) => us(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['Billing Postal Code', (c) => us(c)[2], [BILL('postalCode')]],
    ['Billing Country', () => 'US', [BILL('countryCode'), BILL('country')]],
    ['Supporter Email', (c) => c.email, EMAIL_EV, opt],
    ['Supporter Phone', (c, o, r) => (r() < 0.5 ? usPhone(c) : ''), PHONE_EV, opt],
    ['Company Name', (c, o, r) => (r() < 0.2 ? c.company : ''), []],
    ['Is Anonymous', (c, o, r) => v.pick(r, ['false', 'false', 'true']), []],
    ['Dedication Type', (c, o, r) => v.pick(r, ['', '', 'In Honor Of', 'In Memory Of']), []],
    ['Opt In', (c) => (c.bool ? 'true' : 'false'), []],
    ['Recurring Donation Plan ID', (c, o, r) => (r() < 0.3 ? String(v.int(r, 100000, 999999)) : ''), [], opt],
  ] },

  // ---------------------------------------------------------------- payments: donations (JustGiving, charity donations report, UK)
  { name: 'justgiving-donations', product: 'JustGiving (charity Reports > Donations, CSV download)', family: 'payments', language: 'en', schema: E, cols: [
    ['Donation ID', (c, o, r) => String(v.int(r, 1100000000, 1399999999)), PAY_ID],
    ['Donation Date', (c, o) => ukTime(o.at), ['timestamp', OR('createdDate')]],
    ['Donation Amount', (c, o) => o.total.toFixed(2), AMT],
    ['Gift Aid Amount', (c, o) => (o.total * 0.25).toFixed(2), []],
    ['Gift Aid Status', (c, o, r) => v.pick(r, ['Claimable', 'Claimed', 'Not eligible']), []],
    ['Currency', () => 'GBP', CUR],
    ['Donor Display Name', (c, o, r) => (r() < 0.2 ? 'Anonymous' : c.full), []],
    ['Donor First Name', (c) => c.first, []],
    ['Donor Last Name', (c) => c.last, []],
    ['Donor Email', (c, o, r) => (r() < 0.7 ? c.email : ''), EMAIL_EV, opt],
    ['Donor Address Line 1', (c) => c.street, [BILL('street1')]],
    ['Donor Address Line 2', (c) => c.street2, [BILL('street2')]],
    ['Donor Town', (c) => uk(c)[0], [BILL('city')]],
    ['Donor County', (c) => uk(c)[1], [BILL('stateProvince'), BILL('state')], opt],
    ['Donor Postcode', (c) => uk(c)[2], [BILL('postalCode')]],
    ['Donor Country', () => 'United Kingdom', [BILL('country')]],
    ['Message', (c, o, r) => v.pick(r, ['', 'Good luck Sarah!', 'In memory of Dad x', '']), []],
    ['Fundraising Page Title', (c, o, r) => v.pick(r, ["Tom's London Marathon", 'Run for Ruth', '']), []],
    ['Fundraising Page URL', (c, o, r) => `https://www.justgiving.com/page/${v.pick(r, ['tom-marathon-2025', 'run-for-ruth', 'sarah-skydive'])}`, [], opt],
    ['Event Name', (c, o, r) => v.pick(r, ['TCS London Marathon 2025', 'Great North Run', '']), []],
    ['Appeal Name', (c, o, r) => v.pick(r, ['', 'Winter Appeal', 'Emergency Appeal']), ['marketing.campaignName'], opt],
    ['Payment Type', (c, o, r) => v.pick(r, ['Card', 'Card', 'PayPal', 'Apple Pay', 'Direct Debit']), ['commerce.order.payments[0].paymentType']],
    ['Donation Source', (c, o, r) => v.pick(r, ['Fundraising page', 'Charity page', 'Crowdfunding', 'Text to donate']), [], opt],
    ['Marketing Opt-in', (c) => (c.bool ? 'Yes' : 'No'), []],
    ['Transaction Fee', (c, o) => (o.total * 0.019 + 0.2).toFixed(2), []],
    ['Net Amount', (c, o) => (o.total * 0.981 - 0.2).toFixed(2), []],
  ] },

  // ---------------------------------------------------------------- payments: political contributions (ActBlue, Downloads > contributions CSV)
  { name: 'actblue-contributions', product: 'ActBlue (Dashboard > Downloads > Contributions CSV)', family: 'payments', language: 'en', schema: E, cols: [
    ['Receipt ID', (c, o, r) => `AB${v.int(r, 100000000, 999999999)}`, PAY_ID],
    ['Date', (c, o) => f.ymdhms(o.at), ['timestamp', OR('createdDate')]],
    ['Amount', (c, o) => o.total.toFixed(2), AMT],
    ['Recurring Total Months', (c, o, r) => v.pick(r, ['', '', 'Unlimited', '12']), []],
    ['Recurrence Number', (c, o, r) => v.pick(r, ['', '', '1', '4']), []],
    ['Recipient', () => 'Friends of Maria Lopez', []],
    ['Fundraising Page', (c, o, r) => v.pick(r, ['lopez-website', 'lopez-email-endofquarter', 'lopez-sms']), [], opt],
    ['Fundraising Partner', () => '', []],
    ['Reference Code', (c, o, r) => v.pick(r, ['', 'em_0331_eoq', 'fb_ads_apr', 'sms_blast2']), ['marketing.trackingCode'], opt],
    ['Reference Code 2', (c, o, r) => v.pick(r, ['', '', 'v2']), [], opt],
    ['Donor First Name', (c) => c.first, []],
    ['Donor Last Name', (c) => c.last, []],
    ['Donor Addr1', (c) => c.street, [BILL('street1')]],
    ['Donor Addr2', (c) => c.street2, [BILL('street2')]],
    ['Donor City', (c) => us(c)[0], [BILL('city')]],
    ['Donor State', (c) => us(c)[1], [BILL('stateProvince'), BILL('state')]],
    ['Donor ZIP', (c) => us(c)[2], [BILL('postalCode')]],
    ['Donor Country', () => 'United States', [BILL('country')]],
    ['Donor Occupation', (c) => c.job, []],
    ['Donor Employer', (c) => c.company, []],
    ['Donor Email', (c) => c.email, EMAIL_EV, opt],
    ['Donor Phone', (c, o, r) => (r() < 0.6 ? usPhone(c).replace(/\D/g, '') : ''), PHONE_EV, opt],
    ['Fee', (c, o) => (o.total * 0.0395).toFixed(2), []],
    ['Payment Method', (c, o, r) => v.pick(r, ['Credit Card', 'Credit Card', 'Apple Pay', 'Google Pay']), ['commerce.order.payments[0].paymentType'], opt],
    ['Card Type', (c, o, r) => v.pick(r, ['visa', 'master', 'american_express']), [], opt],
    ['Mobile', (c, o, r) => v.pick(r, ['true', 'false']), [], opt],
    ['Express', (c, o, r) => v.pick(r, ['true', 'false', 'false']), []],
    ['Lineitem ID', (c, o, r) => String(v.int(r, 200000000, 999999999)), [], opt],
    ['Contribution Form', (c, o, r) => v.pick(r, ['lopez-website', 'lopez-email-endofquarter']), [], opt],
    ['Refund ID', (c, o, r) => (r() < 0.1 ? `RF${v.int(r, 10000, 99999)}` : ''), []],
    ['Refund Date', (c, o, r) => (r() < 0.1 ? f.ymdhms(o.at + 86400000 * 3) : ''), [], opt],
    ['Text Message Opt In', (c) => (c.bool ? 'true' : 'false'), []],
  ] },

  // ---------------------------------------------------------------- memberships (Little Green Light, Constituents > Export, with membership and giving summary columns)
  { name: 'lgl-constituents', product: 'Little Green Light (Constituents search results > Export to CSV, standard constituent fields)', family: 'memberships', language: 'en', schema: P, cols: [
    ['LGL Constituent ID', (c, o, r) => String(v.int(r, 1000000, 3999999)), ID],
    ['External Constituent ID', (c, o, r) => (r() < 0.4 ? `DP-${v.int(r, 1000, 9999)}` : ''), ['_id', 'personID'], opt],
    ['Constituent Type', (c, o, r) => v.pick(r, ['Individual', 'Individual', 'Individual', 'Organization']), [], opt],
    ['Prefix', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c, o, r) => (r() < 0.3 ? v.pick(r, ['A.', 'J.', 'Lee']) : ''), ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Nick Name', (c, o, r) => (r() < 0.2 ? c.first.slice(0, 3) : ''), [], opt],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['Addressee', (c) => `${c.female ? 'Ms.' : 'Mr.'} ${c.full}`, [], opt],
    ['Salutation', (c) => c.first, [], opt],
    ['Organization Name', (c, o, r) => (r() < 0.25 ? c.company : ''), ['organizations[0]']],
    ['Job Title', (c, o, r) => (r() < 0.4 ? c.job : ''), [], opt],
    ['Spouse Name', (c, o, r) => (r() < 0.3 ? `${v.pick(r, ['Chris', 'Pat', 'Jordan'])} ${c.last}` : ''), []],
    ['Preferred Email', (c) => c.email, ['personalEmail.address']],
    ['Pref. Phone', (c) => usPhone(c), ['homePhone.number', 'mobilePhone.number']],
    ['Pref. Street', (c) => c.street, at(HOME, 'street1')],
    ['Pref. City', (c) => us(c)[0], at(HOME, 'city')],
    ['Pref. State/Province', (c) => us(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Pref. Zip/Postal Code', (c) => us(c)[2], at(HOME, 'postalCode')],
    ['Pref. Country', () => 'United States', at(HOME, 'country')],
    ['Birthday', (c, o, r) => (r() < 0.4 ? f.us(c.birth) : ''), ['person.birthDate']],
    ['Is Deceased?', () => 'false', []],
    ['Membership Level', (c, o, r) => v.pick(r, ['', 'Friend', 'Supporter', 'Patron', 'Family']), []],
    ['Membership Start Date', (c, o, r) => (r() < 0.6 ? f.us(c.created) : ''), [], opt],
    ['Membership End Date', (c, o, r) => (r() < 0.6 ? f.us(c.created + 365 * 86400000) : ''), []],
    ['Membership Status', (c, o, r) => v.pick(r, ['', 'current', 'current', 'expired', 'pending']), [], opt],
    ['Total Given', (c, o, r) => v.money(r, 0, 5000), []],
    ['Last Gift Date', (c) => f.us(c.updated), [], opt],
    ['Last Gift Amount', (c, o, r) => v.money(r, 10, 500), []],
    ['Groups', (c, o, r) => v.pick(r, ['', 'Volunteers', 'Board Members, Gala Committee', 'Newsletter']), []],
    ['Date Added', (c) => f.us(c.created), [], opt],
    ['Last Updated', (c) => f.us(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- email (EveryAction, list export: contact fields with email subscription status)
  { name: 'everyaction-contacts', product: 'EveryAction (My List > Export, Standard Text export with email subscription columns)', family: 'email', language: 'en', schema: P, cols: [
    ['VANID', (c, o, r) => String(v.int(r, 100000000, 199999999)), ID],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['MiddleName', (c, o, r) => (r() < 0.3 ? v.pick(r, ['Ann', 'James', 'M']) : ''), ['person.name.middleName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Salutation', (c) => c.first, [], opt],
    ['Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => us(c)[0], at(HOME, 'city')],
    ['State', (c) => us(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip5', (c) => us(c)[2], at(HOME, 'postalCode')],
    ['Zip4', (c, o, r) => String(v.int(r, 1000, 9999)), []],
    ['HomePhone', (c) => usPhone(c), ['homePhone.number']],
    ['CellPhone', (c, o, r) => (r() < 0.6 ? usPhone({ id: String(+c.id + 3) }) : ''), ['mobilePhone.number']],
    ['WorkPhone', (c, o, r) => (r() < 0.2 ? usPhone({ id: String(+c.id + 5) }) : ''), ['workPhone.number']],
    ['PreferredEmail', (c) => c.email, ['personalEmail.address']],
    ['Email Subscription Status', (c, o, r) => v.pick(r, ['Subscribed', 'Subscribed', 'Unsubscribed', 'Bounced']), [], opt],
    ['Date Subscribed', (c) => f.us(c.created), [], opt],
    ['Employer', (c, o, r) => (r() < 0.5 ? c.company : ''), ['organizations[0]'], opt],
    ['Occupation', (c, o, r) => (r() < 0.5 ? c.job : ''), [], opt],
    ['DOB', (c, o, r) => (r() < 0.3 ? f.us(c.birth) : ''), ['person.birthDate']],
    ['Sex', (c) => (c.female ? 'F' : 'M'), ['person.gender']],
    ['Source Code', (c, o, r) => v.pick(r, ['', 'WEB-PETITION-0425', 'EM-FALL-APPEAL', 'EVENT-GALA']), [], opt],
    ['Activist Codes', (c, o, r) => v.pick(r, ['', 'Volunteer', 'Petition Signer; Donor']), []],
    ['Last Contribution Date', (c) => f.us(c.updated), [], opt],
    ['Last Contribution Amount', (c, o, r) => v.money(r, 5, 250), []],
    ['Total Contributions', (c, o, r) => v.money(r, 5, 2500), []],
    ['Date Created', (c) => f.us(c.created), [], opt],
    ['Date Modified', (c) => f.us(c.updated), [], opt],
  ] },

  // ---------------------------------------------------------------- e-commerce customers (GiveWP, Donations > Tools > Export > Donors CSV)
  { name: 'givewp-donors', product: 'GiveWP (Donations > Tools > Export > Export Donors, CSV, WordPress)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Donor ID', (c, o, r) => String(v.int(r, 1, 4000)), ID],
    ['User ID', (c, o, r) => (r() < 0.4 ? String(v.int(r, 2, 900)) : '0'), [], opt],
    ['Title', (c, o, r) => (r() < 0.5 ? (c.female ? 'Mrs.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Additional Emails', (c, o, r) => (r() < 0.15 ? `${slug(c.first)}@${slug(c.company)}.org` : ''), [], opt],
    ['Company Name', (c, o, r) => (r() < 0.2 ? c.company : ''), ['organizations[0]'], opt],
    ['Phone', (c, o, r) => (r() < 0.6 ? usPhone(c) : ''), ['homePhone.number', 'mobilePhone.number']],
    ['Address 1', (c) => c.street, at(HOME, 'street1')],
    ['Address 2', (c) => c.street2, at(HOME, 'street2')],
    ['City', (c) => us(c)[0], at(HOME, 'city')],
    ['State', (c) => us(c)[1], [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip', (c) => us(c)[2], at(HOME, 'postalCode')],
    ['Country', () => 'US', at(HOME, 'countryCode')],
    ['Number of Donations', (c, o, r) => String(v.int(r, 1, 24)), []],
    ['Total Donated', (c, o, r) => `$${v.money(r, 10, 3000)}`, []],
    ['Donor Created', (c) => f.ymdhms(c.created), [], opt],
    ['Donation Forms', (c, o, r) => v.pick(r, ['General Donation', 'Annual Fund 2025', 'General Donation, Build a Well']), []],
    ['Anonymous Donor', (c, o, r) => v.pick(r, ['No', 'No', 'Yes']), []],
    ['Newsletter Subscriber', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
]
