// Round 40, heldout40: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: English-
// language forms, surveys, webinars, memberships, communities, loyalty, customer service and POS tools (US, UK, Canada,
// Australia).
import { B, P, v, at, HOME, opt } from './sets.mjs'
import { slug, loc } from './values10.mjs'
import { pad, shift } from './values.mjs'

const n = (c) => +c.id
const pickN = (xs, k) => xs[k % xs.length]
// US Eastern (summer time April-October, good enough for generated rows), Pacific, UK, Sydney and Toronto local times
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const et = (ms) => shift(ms, dst(ms) ? -4 : -5)
const pt = (ms) => shift(ms, dst(ms) ? -7 : -8)
const uk = (ms) => shift(ms, dst(ms) ? 1 : 0)
const syd = (ms) => shift(ms, dst(ms) ? 10 : 11)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const h12 = (p) => `${p.H % 12 || 12}:${pad(p.M)}`
const ampm = (p) => (p.H < 12 ? 'AM' : 'PM')
// Google Sheets response timestamp "3/14/2024 9:05:12" (the sheet's US locale, 24 h)
const gsheet = (ms) => { const p = et(ms); return `${p.m}/${p.d}/${p.y} ${p.H}:${pad(p.M)}:${pad(p.S)}` }
// Excel in a UK locale: "14/03/2024 09:05:12" and "14/03/2024"
const ukSec = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ukDate = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukDT = (ms) => { const p = uk(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// Qualtrics "2024-03-14 09:05:12" (the account's time zone)
const ymdHMS = (p) => `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
// Zoom "Mar 14, 2024 09:05:12" ; ServiceNow "2024-03-14 09:05:12" ; Square "14/03/2024" (AU)
const zoomT = (ms) => { const p = pt(ms); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const usDT12 = (ms) => { const p = et(ms); return `${pad(p.m)}/${pad(p.d)}/${p.y} ${h12(p)} ${ampm(p)}` }
const auDate = (ms) => { const p = syd(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const auDT = (ms) => { const p = syd(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${h12(p)} ${ampm(p).toLowerCase()}` }
const isoZ = (ms) => new Date(ms).toISOString()
const usd = (x) => `$${x.toFixed(2)}`
const day = 86400000
// a row's first and later instants (created before updated)
const t0 = (c) => Math.min(c.created, c.updated)
const t1 = (c) => Math.max(c.created, c.updated)

// UK and Canadian people the shared generators lack (seeded by the row's person)
const UK_FIRST = [['Oliver', 'Amelia'], ['Harry', 'Olivia'], ['George', 'Isla'], ['Jack', 'Ava'], ['Charlie', 'Emily'], ['Thomas', 'Sophie'], ['Alfie', 'Grace']]
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Patel', 'Walsh']
const UK_PLACES = [['Manchester', 'Greater Manchester', 'M14 5RL'], ['Leeds', 'West Yorkshire', 'LS6 2AB'], ['Bristol', 'Bristol', 'BS7 8EH'], ['Norwich', 'Norfolk', 'NR2 3DQ'], ['Cardiff', 'South Glamorgan', 'CF24 4HQ'], ['Brighton', 'East Sussex', 'BN1 6GE'], ['York', 'North Yorkshire', 'YO10 3FR']]
const UK_STREETS = ['High Street', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Station Road', 'Park Avenue', 'Queens Road']
const ukP = (c) => {
  const k = n(c), female = c.female
  const first = UK_FIRST[k % UK_FIRST.length][female ? 1 : 0], last = UK_LAST[(k >> 3) % UK_LAST.length]
  const [town, county, postcode] = UK_PLACES[(k >> 5) % UK_PLACES.length]
  return { first, last, full: `${first} ${last}`, female, town, county, postcode, street: `${1 + (k % 180)} ${UK_STREETS[(k >> 2) % UK_STREETS.length]}`,
    email: `${slug(first)}.${slug(last)}${k % 90}@${pickN(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'yahoo.co.uk'], k >> 4)}`,
    mobile: `07${pickN(['700', '712', '723', '745', '768', '791', '802'], k >> 1)} ${String(100000 + (k * 37) % 899999)}`, landline: `0${pickN(['161', '113', '117', '1603', '29', '1273', '1904'], k >> 5)} ${String(1000000 + (k * 53) % 8999999).slice(0, 7)}` }
}
const CA_FIRST = [['Liam', 'Olivia'], ['Noah', 'Emma'], ['Ethan', 'Charlotte'], ['Lucas', 'Ava'], ['Benjamin', 'Chloe'], ['Owen', 'Hannah']]
const CA_LAST = ['Smith', 'Brown', 'Tremblay', 'Martin', 'Roy', 'Wilson', 'MacDonald', 'Campbell', 'Anderson', 'Singh', 'Li', 'Chen']
const CA_PLACES = [['Toronto', 'ON', 'M4C 1B5', '416'], ['Mississauga', 'ON', 'L5B 3C2', '905'], ['Oakville', 'ON', 'L6J 2X1', '905'], ['Markham', 'ON', 'L3R 5K4', '905'], ['Hamilton', 'ON', 'L8P 4R5', '289']]
const caP = (c) => {
  const k = n(c)
  const first = CA_FIRST[k % CA_FIRST.length][c.female ? 1 : 0], last = CA_LAST[(k >> 3) % CA_LAST.length]
  const [city, prov, postal, area] = CA_PLACES[(k >> 5) % CA_PLACES.length]
  return { first, last, email: `${slug(first)}${slug(last)}${k % 100}@${pickN(['gmail.com', 'rogers.com', 'hotmail.com', 'outlook.com', 'sympatico.ca'], k >> 2)}`, city, prov, postal, phone: `(${area}) ${200 + (k % 780)}-${pad(k % 10000, 4)}` }
}
const au = (c) => loc(c, 'au')
const STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }
const usPhone = (c) => c.mobile.replace('+1 ', '')

// Google Forms: a US nonprofit's regional conference registration form, responses sheet (Responses > Link to Sheets,
// File > Download > CSV); "Collect email addresses" on; the questions are the column names.
const GF_SESS = ['Morning keynote', 'Morning keynote, Grant writing workshop', 'Volunteer management panel', 'Morning keynote, Networking lunch', 'Grant writing workshop, Networking lunch', 'All sessions']
const GF_DIET = ['None', 'None', 'Vegetarian', 'Vegan', 'Gluten-free', 'None', 'Nut allergy']
const GF_HEAR = ['Email newsletter', 'Facebook', 'A colleague', 'Our website', 'LinkedIn', 'Email newsletter']
// Microsoft Forms: a UK charity's volunteer sign-up form (Responses > Open in Excel; "Anyone can respond", so the
// respondent columns read anonymous).
const MF_AREA = ['Charity shop', 'Fundraising events', 'Befriending;Telephone support', 'Charity shop;Fundraising events', 'Driving', 'Admin support']
const MF_AVAIL = ['Weekdays', 'Weekends', 'Evenings', 'Weekdays;Evenings', 'Flexible']
// Qualtrics: a US health system's patient-experience survey sent to a contact list (Data & Analysis > Export & Import >
// Export data, CSV, "Use choice text"; the first of the three header rows, with embedded data from the contact list).
const QX_STAT = ['IP Address', 'IP Address', 'IP Address', 'IP Address', 'IP Address', 'Survey Preview']
const QX_NPS = ['10', '9', '9', '8', '7', '10', '6', '3', '9']
const QX_AGREE = ['Strongly agree', 'Agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly agree']
const QX_CLINIC = ['Westside Family Medicine', 'Downtown Urgent Care', 'Lakeview Pediatrics', 'North Campus Cardiology']
const qxFin = (c) => n(c) % 7 !== 3
// Zoom Webinar: a US HR-software vendor's product webinar (Reports > Webinar > Registration Report, "All registrants",
// CSV; the registrant table below the report's webinar summary block; Pacific times).
const ZM_IND = ['Software', 'Healthcare', 'Financial Services', 'Education', 'Manufacturing', 'Retail', 'Government']
const ZM_TF = ['Within a month', '1-3 months', '4-6 months', 'More than 6 months', 'No timeframe']
const ZM_ROLE = ['Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved']
const ZM_EMP = ['1-20', '21-50', '51-100', '101-500', '501-1,000', '1,001-5,000', '5,001-10,000']
const ZM_SRC = ['', '', 'LinkedIn', 'Newsletter', 'Website', 'G2']
const zmAppr = (c) => (n(c) % 11 === 5 ? 'denied' : n(c) % 7 === 2 ? 'pending' : 'approved')
// WebinarJam: a US real-estate investing coach's live webinar (Registrants > Export; the registrant with live and
// replay attendance, purchases and the tracking parameters).
const WJ_SCHED = ['Tuesday, 7:00 PM EST', 'Thursday, 1:00 PM EST', 'Saturday, 11:00 AM EST']
const wjLive = (c) => n(c) % 3 !== 0
const wjBuy = (c) => wjLive(c) && n(c) % 5 === 1
const hms = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
// Leadpages: a Toronto-area real-estate agent's landing pages and pop-ups (Leads > filter by page > Download CSV).
const LP_PAGE = ['Free Home Valuation', 'Free Home Valuation', 'First-Time Buyer Guide', 'Open House Sign-In (pop-up)', 'Monthly Market Report']
const LP_TYPE = ['Landing Page', 'Landing Page', 'Landing Page', 'Pop-up', 'Alert Bar']
// Instapage: an Australian solar installer's quote pages (Leads > Export to CSV; one row per submission).
const IP_PAGE = ['Solar Quote - Google Ads', 'Solar Quote - Facebook', 'Battery Rebate 2024']
const IP_BILL = ['Under $300', '$300 - $600', '$600 - $900', 'Over $900']
// Memberstack: members of a UK design-course site built on Webflow (Members > Export CSV; Memberstack 2.0, custom
// fields exported under their kebab-case keys).
const MS_PLAN = ['pln_free-community-abcd0f1', 'pln_pro-monthly-7h2k0q9', 'pln_pro-annual-3mz8w1x', 'pln_free-community-abcd0f1']
// Skool: a US fitness coaching community (Settings > Members > Export; paid membership with three join questions).
const SK_ROLE = ['Member', 'Member', 'Member', 'Member', 'Admin', 'Moderator']
const SK_GOAL = ['Lose 20 lbs before summer', 'Build strength after my second kid', 'Train for my first half marathon', 'Get back in shape after an injury', 'Learn to cook healthier']
const SK_HEAR = ['YouTube', 'Instagram', 'A friend', 'Podcast', 'TikTok']
// Square Loyalty: a Sydney café group (Square Dashboard > Customers > Loyalty > Export; Australian English UI, AUD).
const SQ_LOC = ['Surry Hills', 'Newtown', 'Bondi Junction']
const SQ_SRC = ['Square Point of Sale', 'Square Point of Sale', 'Square Point of Sale', 'Square Online', 'Manually added']
const sqPts = (c) => n(c) % 47
// ServiceNow CSM: consumers of a US home-appliance maker (Customer Service > Consumers list, header menu > Export > CSV;
// the columns are the list's field labels).
const SN_TZ = ['US/Eastern', 'US/Central', 'US/Pacific', 'US/Mountain', 'System (America/Los_Angeles)']
const SN_HH = ['', '', 'Household 000127', 'Household 000342', '']
// Epos Now: customers of a UK farm-shop and café (Back Office > Customers > Customers > Export; UK English UI, GBP).
const EP_TYPE = ['Standard', 'Standard', 'Staff', 'Trade', 'Loyalty']
const EP_LOC = ['Farm Shop', 'Café', 'Farm Shop']
const gbp = (x) => x.toFixed(2)

export const SETS = [
  // ---------------------------------------------------------------- forms and surveys
  { name: 'google-forms-event-registration', product: 'Google Forms (a form\'s Responses > Link to Sheets, then File > Download > CSV; a US nonprofit association\'s regional conference registration form with "Collect email addresses" on; English UI, the questions are the headers)', family: 'events', language: 'en', schema: P, cols: [
    ['Timestamp', (c) => gsheet(c.created), [], opt],
    ['Email Address', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Phone Number', (c, o, r) => (r() < 0.85 ? usPhone(c) : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Organization', (c, o, r) => (r() < 0.7 ? c.company : ''), ['organizations[0]']],
    ['Job Title / Role', (c) => c.job, []],
    ['Mailing Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['ZIP Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Which sessions will you attend?', (c) => pickN(GF_SESS, n(c)), []],
    ['Dietary restrictions', (c) => pickN(GF_DIET, n(c) >> 1), []],
    ['T-shirt size', (c) => pickN(['S', 'M', 'L', 'XL', 'M', '2XL'], n(c) >> 2), []],
    ['How did you hear about this event?', (c) => pickN(GF_HEAR, n(c) >> 3), []],
    ['Do you need any accessibility accommodations?', (c, o, r) => (r() < 0.1 ? 'Wheelchair access to the main hall' : 'No'), []],
    ['Emergency contact name', (c, o, r) => `${v.first(r, 'en')} ${c.last}`, []],
    ['Emergency contact phone', (c, o, r) => `${v.int(r, 201, 989)}-555-${pad(v.int(r, 0, 9999), 4)}`, []],
    ['I agree to be photographed during the event', (c) => (n(c) % 9 === 0 ? 'No' : 'Yes'), [], opt],
    ['Would you like to receive our monthly newsletter?', (c) => (n(c) % 3 === 0 ? 'No thanks' : 'Yes, sign me up'), [], opt],
  ] },
  { name: 'microsoft-forms-volunteer-signup', product: 'Microsoft Forms (Responses > Open in Excel; a UK charity\'s volunteer sign-up form shared with "Anyone can respond", so Email reads anonymous and Name is empty; English (UK) locale dates)', family: 'marketing', language: 'en', schema: P, cols: [
    ['ID', (c, o, r, i) => String(i + 1), ['_id', 'personID'], opt],
    ['Start time', (c) => ukSec(c.created - 240000 - (n(c) % 300) * 1000), [], opt],
    ['Completion time', (c) => ukSec(c.created), [], opt],
    ['Email', () => 'anonymous', [], opt],
    ['Name', () => '', [], opt],
    ['Last modified time', () => '', [], opt],
    ['First name', (c) => ukP(c).first, ['person.name.firstName']],
    ['Surname', (c) => ukP(c).last, ['person.name.lastName']],
    ['Email address', (c) => ukP(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Mobile number', (c) => ukP(c).mobile, ['mobilePhone.number']],
    ['Postcode', (c) => ukP(c).postcode, at(HOME, 'postalCode')],
    ['Date of birth', (c) => ukDate(c.birth), ['person.birthDate'], opt],
    ['Which areas would you like to help with?', (c) => pickN(MF_AREA, n(c)), []],
    ['When are you usually available?', (c) => pickN(MF_AVAIL, n(c) >> 2), []],
    ['Do you have a current DBS check?', (c) => pickN(['Yes', 'No', 'Not sure', 'No'], n(c) >> 3), []],
    ['Do you have a full UK driving licence?', (c) => (n(c) % 3 === 0 ? 'No' : 'Yes'), []],
    ['Tell us a little about yourself', (c, o, r) => v.pick(r, ['Recently retired and keen to give something back.', 'University student looking for experience.', '', 'I volunteered with a food bank for two years.']), []],
    ['How did you hear about us?', (c) => pickN(['Social media', 'Friend or family', 'Do-it.org', 'In one of our shops', 'Local newspaper'], n(c) >> 4), []],
    ['Can we keep in touch about future volunteering opportunities?', (c) => (n(c) % 4 === 0 ? 'No' : 'Yes'), [], opt],
  ] },
  { name: 'qualtrics-survey-responses', product: 'Qualtrics (Data & Analysis > Export & Import > Export data, CSV, "Use choice text"; a US health system\'s patient-experience survey emailed to a contact list with embedded data; the first of the three header rows)', family: 'analytics', language: 'en', schema: P, cols: [
    ['StartDate', (c) => ymdHMS(et(c.updated - 420000)), [], opt],
    ['EndDate', (c) => (qxFin(c) ? ymdHMS(et(c.updated)) : ''), [], opt],
    ['Status', (c) => pickN(QX_STAT, n(c)), [], opt],
    ['IPAddress', (c, o, r) => v.ip4(r), []],
    ['Progress', (c) => (qxFin(c) ? '100' : String(20 + (n(c) % 60))), []],
    ['Duration (in seconds)', (c) => String(95 + (n(c) % 600)), []],
    ['Finished', (c) => (qxFin(c) ? 'True' : 'False'), [], opt],
    ['RecordedDate', (c) => ymdHMS(et(c.updated + 3000)), [], opt],
    ['ResponseId', (c, o, r) => `R_${v.alnum(r, 15)}`, [], opt],
    ['RecipientLastName', (c) => c.last, ['person.name.lastName']],
    ['RecipientFirstName', (c) => c.first, ['person.name.firstName']],
    ['RecipientEmail', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['ExternalReference', (c) => `MRN${String(n(c) * 13).padStart(8, '0')}`, ['_id', 'personID'], opt],
    ['LocationLatitude', (c, o, r) => (30 + r() * 15).toFixed(4), [], opt],
    ['LocationLongitude', (c, o, r) => (-(75 + r() * 45)).toFixed(4), [], opt],
    ['DistributionChannel', () => 'email', [], opt],
    ['UserLanguage', () => 'EN', [], opt],
    ['Q1', (c) => pickN(QX_NPS, n(c)), []],
    ['Q2_1', (c) => pickN(QX_AGREE, n(c) >> 1), []],
    ['Q2_2', (c) => pickN(QX_AGREE, n(c) >> 2), []],
    ['Q3', (c, o, r) => v.pick(r, ['', 'The front desk staff were very kind.', 'Waited 40 minutes past my appointment time.', '', 'Parking was difficult.']), []],
    ['Q4', (c) => pickN(['Yes', 'No'], n(c) >> 3), []],
    ['Clinic', (c) => pickN(QX_CLINIC, n(c) >> 1), []],
    ['VisitDate', (c) => { const p = et(c.updated - 5 * day); return `${p.m}/${p.d}/${p.y}` }, [], opt],
    ['Provider', (c) => pickN(['Dr. Patel', 'Dr. Nguyen', 'Dr. Garcia', 'Dr. Okafor'], n(c) >> 2), []],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Age', (c) => String(2024 - new Date(c.birth).getUTCFullYear()), [], opt],
  ] },
  // ---------------------------------------------------------------- webinars
  { name: 'zoom-webinar-registrants', product: 'Zoom Webinars (web portal: Reports > Usage reports > Webinar > Registration Report, all registrants, CSV; a US HR-software vendor\'s product webinar with Zoom\'s standard registration questions; the registrant table below the webinar summary block, Pacific times)', family: 'b2b', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Address', (c, o, r) => (r() < 0.3 ? c.street : ''), at(['workAddress', ...HOME], 'street1')],
    ['City', (c, o, r) => (r() < 0.8 ? c.city : ''), at(['workAddress', ...HOME], 'city')],
    ['Country/Region', () => 'United States', at(['workAddress', ...HOME], 'country')],
    ['Zip/Postal Code', (c, o, r) => (r() < 0.6 ? c.postcode : ''), at(['workAddress', ...HOME], 'postalCode')],
    ['State/Province', (c) => STATES[c.region] ?? c.region, [...at(['workAddress', ...HOME], 'stateProvince'), ...at(['workAddress', ...HOME], 'state')]],
    ['Phone', (c, o, r) => (r() < 0.7 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number', 'homePhone.number']],
    ['Industry', (c) => pickN(ZM_IND, n(c)), []],
    ['Organization', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Purchasing Time Frame', (c) => pickN(ZM_TF, n(c) >> 1), []],
    ['Role in Purchase Process', (c) => pickN(ZM_ROLE, n(c) >> 2), []],
    ['No of Employees', (c) => pickN(ZM_EMP, n(c) >> 3), []],
    ['Questions & Comments', (c, o, r) => v.pick(r, ['', '', '', 'Will you cover the payroll integration?', 'Can I get the slides afterwards?']), []],
    ['Registration Time', (c) => zoomT(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Approval Status', (c) => zmAppr(c), [], opt],
    ['Source Name', (c) => pickN(ZM_SRC, n(c) >> 1), ['b2b.personSource'], opt],
  ] },
  { name: 'webinarjam-registrants', product: 'WebinarJam (Webinars > Registrants > Export to CSV; a US real-estate investing coach\'s live webinar with live and replay attendance, purchases and tracking parameters; Eastern times)', family: 'events', language: 'en', schema: P, cols: [
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Last name', (c, o, r) => (r() < 0.8 ? c.last : ''), ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['Phone country code', (c, o, r) => (r() < 0.7 ? '+1' : ''), ['mobilePhone.countryCode', 'homePhone.countryCode'], opt],
    ['Phone', (c, o, r) => (r() < 0.7 ? usPhone(c).replace(/\D/g, '') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['IP address', (c, o, r) => v.ip4(r), []],
    ['Webinar', () => 'How to Buy Your First Rental Property With No Money Down', []],
    ['Schedule', (c) => pickN(WJ_SCHED, n(c)), []],
    ['Event date', (c) => usDT12(c.updated), [], opt],
    ['Signup date', (c) => usDT12(c.updated - (1 + (n(c) % 9)) * day), [], opt],
    ['Attended live', (c) => (wjLive(c) ? 'Yes' : 'No'), [], opt],
    ['Entered live room', (c) => (wjLive(c) ? usDT12(c.updated + (n(c) % 12) * 60000) : ''), [], opt],
    ['Time in live room', (c) => (wjLive(c) ? hms(600 + (n(c) % 4800)) : ''), []],
    ['Purchased in live room', (c) => (wjBuy(c) ? 'Yes' : 'No'), []],
    ['Revenue live', (c) => (wjBuy(c) ? usd(997) : usd(0)), []],
    ['Attended replay', (c) => (!wjLive(c) && n(c) % 2 === 0 ? 'Yes' : 'No'), []],
    ['Time in replay room', (c) => (!wjLive(c) && n(c) % 2 === 0 ? hms(300 + (n(c) % 3000)) : ''), []],
    ['Purchased in replay room', () => 'No', []],
    ['Revenue replay', () => usd(0), []],
    ['Live room link', (c, o, r) => `https://event.webinarjam.com/go/live/12/${v.alnum(r, 6).toLowerCase()}${n(c) % 97}`, []],
    ['Replay room link', (c, o, r) => `https://event.webinarjam.com/go/replay/12/${v.alnum(r, 6).toLowerCase()}${n(c) % 89}`, []],
    ['utm_source', (c) => pickN(['facebook', 'youtube', 'email', '', 'facebook'], n(c) >> 1), []],
    ['utm_medium', (c) => pickN(['paid', 'organic', 'newsletter', '', 'paid'], n(c) >> 1), []],
    ['utm_campaign', (c) => pickN(['rental-webinar-q2', 'rental-webinar-q2', 'list-broadcast', '', 'retargeting'], n(c) >> 1), []],
    ['GDPR consent', (c) => (n(c) % 5 === 0 ? 'No' : 'Yes'), [], opt],
  ] },
  // ---------------------------------------------------------------- landing-page leads
  { name: 'leadpages-leads', product: 'Leadpages (Leads > filter by page > Download CSV; a Toronto-area real-estate agent\'s landing pages, pop-ups and alert bar; Canadian English, Eastern times)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Date', (c) => { const p = et(c.created); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }, [], opt],
    ['Source', (c) => pickN(LP_PAGE, n(c)), [], opt],
    ['Source Type', (c) => pickN(LP_TYPE, n(c)), []],
    ['Email', (c) => caP(c).email, ['personalEmail.address', 'workEmail.address']],
    ['First Name', (c) => caP(c).first, ['person.name.firstName']],
    ['Last Name', (c, o, r) => (r() < 0.75 ? caP(c).last : ''), ['person.name.lastName']],
    ['Phone Number', (c, o, r) => (r() < 0.6 ? caP(c).phone : ''), ['mobilePhone.number', 'homePhone.number']],
    ['Property Address', (c, o, r) => (n(c) % 5 < 2 ? `${v.int(r, 10, 480)} ${v.pick(r, ['Lakeshore Rd E', 'Kingston Rd', 'Main St N', 'Danforth Ave'])}` : ''), at(HOME, 'street1'), opt],
    ['City', (c) => caP(c).city, at(HOME, 'city')],
    ['Postal Code', (c) => caP(c).postal, at(HOME, 'postalCode')],
    ['Are you currently working with an agent?', (c) => (n(c) % 4 === 0 ? 'Yes' : 'No'), []],
    ['Timeline to buy or sell', (c) => pickN(['0-3 months', '3-6 months', '6-12 months', 'Just curious'], n(c) >> 2), []],
    ['Message', (c, o, r) => v.pick(r, ['', '', 'Looking for a 3 bed semi near good schools.', 'What is my condo worth?']), []],
    ['I agree to receive emails', (c) => (n(c) % 6 === 0 ? 'false' : 'true'), [], opt],
    ['utm_source', (c) => pickN(['facebook', 'google', '', 'instagram'], n(c) >> 3), []],
    ['utm_medium', (c) => pickN(['cpc', 'cpc', '', 'social'], n(c) >> 3), []],
    ['utm_campaign', (c) => pickN(['home-valuation-fall', 'buyer-guide', '', 'open-house'], n(c) >> 3), []],
    ['Integration Status', (c) => (n(c) % 13 === 6 ? 'Failed' : 'Sent to Follow Up Boss'), []],
  ] },
  { name: 'instapage-leads-au', product: 'Instapage (Leads > Export to CSV; an Australian solar installer\'s quote landing pages with A/B variations; Australian English, Sydney times)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Page', (c) => pickN(IP_PAGE, n(c)), [], opt],
    ['Variation', (c) => pickN(['A', 'B', 'C'], n(c) >> 1), []],
    ['Date Submitted', (c) => auDT(c.created), [], opt],
    ['Full Name', (c) => au(c).full, ['person.name.fullName']],
    ['Email', (c) => au(c).email, ['personalEmail.address', 'workEmail.address']],
    ['Mobile', (c) => au(c).mobile, ['mobilePhone.number']],
    ['Postcode', (c) => au(c).zip, at(HOME, 'postalCode')],
    ['State', (c) => au(c).state, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Average quarterly power bill', (c) => pickN(IP_BILL, n(c) >> 2), []],
    ['Do you own your home?', (c) => (n(c) % 5 === 0 ? 'No - renting' : 'Yes'), []],
    ['Roof type', (c) => pickN(['Tile', 'Colorbond / Tin', 'Tile', 'Not sure'], n(c) >> 3), []],
    ['Interested in a battery?', (c) => pickN(['Yes', 'Maybe', 'No'], n(c) >> 1), []],
    ['Best time to call', (c) => pickN(['Morning', 'Afternoon', 'Evening', 'Anytime'], n(c) >> 4), []],
    ['IP Address', (c, o, r) => v.ip4(r), []],
    ['Page URL', (c) => `https://quote.sunridge-solar.com.au/${slug(pickN(IP_PAGE, n(c))).slice(0, 20)}`, []],
    ['Referrer', (c) => pickN(['https://www.google.com/', 'https://l.facebook.com/', '', 'https://www.google.com.au/'], n(c) >> 2), []],
    ['utm_source', (c) => pickN(['google', 'facebook', '', 'google'], n(c) >> 2), []],
    ['utm_campaign', (c) => pickN(['solar-nsw-search', 'battery-rebate', '', 'solar-vic-search'], n(c) >> 2), []],
    ['gclid', (c, o, r) => (n(c) % 4 === 0 ? `Cj0KCQiA${v.alnum(r, 40)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- memberships and communities
  { name: 'memberstack-members', product: 'Memberstack (dashboard: Members > Export CSV; Memberstack 2.0 members of a UK design-course site on Webflow, custom fields under their kebab-case keys, ISO UTC times)', family: 'memberships', language: 'en', schema: P, cols: [
    ['id', (c, o, r) => `mem_${v.alnum(r, 25).toLowerCase()}`, ['_id', 'personID']],
    ['email', (c) => ukP(c).email, ['personalEmail.address', 'workEmail.address']],
    ['verified', (c) => (n(c) % 6 === 0 ? 'false' : 'true'), [], opt],
    ['created_at', (c) => isoZ(t0(c)), [], opt],
    ['last_login', (c) => (n(c) % 8 === 0 ? '' : isoZ(t1(c))), [], opt],
    ['plans', (c) => pickN(MS_PLAN, n(c)), []],
    ['stripe_customer_id', (c, o, r) => (pickN(MS_PLAN, n(c)).includes('pro') ? `cus_${v.alnum(r, 14)}` : ''), [], opt],
    ['first-name', (c) => ukP(c).first, ['person.name.firstName']],
    ['last-name', (c) => ukP(c).last, ['person.name.lastName']],
    ['phone', (c, o, r) => (r() < 0.4 ? ukP(c).mobile.replace(/^0/, '+44 ') : ''), ['mobilePhone.number', 'homePhone.number']],
    ['country', () => 'United Kingdom', at(HOME, 'country')],
    ['city', (c) => ukP(c).town, at(HOME, 'city')],
    ['job-title', (c) => pickN(['Junior Designer', 'Freelance Illustrator', 'Product Designer', 'Student', 'Marketing Assistant'], n(c) >> 2), []],
    ['portfolio-url', (c) => (n(c) % 3 === 0 ? `https://${slug(ukP(c).first)}${slug(ukP(c).last)}.design` : ''), []],
    ['how-did-you-hear', (c) => pickN(['YouTube', 'Twitter / X', 'Friend', 'Google'], n(c) >> 3), []],
    ['marketing-consent', (c) => (n(c) % 4 === 0 ? 'false' : 'true'), [], opt],
    ['metadata', (c) => (n(c) % 5 === 0 ? '{"cohort":"2024-spring"}' : '{}'), []],
  ] },
  { name: 'skool-members', product: 'Skool (community: Settings > Members > Export; a US fitness-coaching community with a paid tier and three membership questions; UTC times)', family: 'memberships', language: 'en', schema: P, cols: [
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Email', (c) => c.email, ['personalEmail.address', 'workEmail.address']],
    ['Role', (c) => pickN(SK_ROLE, n(c)), [], opt],
    ['JoinedDate', (c) => new Date(t0(c)).toISOString().replace('T', ' ').slice(0, 19), [], opt],
    ['ApprovedAt', (c) => new Date(t0(c) + 3600000).toISOString().replace('T', ' ').slice(0, 19), [], opt],
    ['InvitedBy', (c) => (n(c) % 4 === 0 ? 'Coach Mike Reyes' : ''), []],
    ['Question1', () => 'What is your #1 fitness goal right now?', []],
    ['Answer1', (c) => pickN(SK_GOAL, n(c) >> 1), []],
    ['Question2', () => 'How did you find us?', []],
    ['Answer2', (c) => pickN(SK_HEAR, n(c) >> 2), []],
    ['Question3', () => 'What is the best email to send your free meal plan to?', []],
    ['Answer3', (c) => (n(c) % 3 === 0 ? c.workEmail : c.email), ['personalEmail.address', 'workEmail.address'], opt],
    ['Tier', (c) => (n(c) % 3 === 1 ? 'Free' : 'Premium'), [], opt],
    ['Price', (c) => (n(c) % 3 === 1 ? '0' : '49'), []],
    ['RecurringInterval', (c) => (n(c) % 3 === 1 ? '' : n(c) % 2 ? 'month' : 'year'), []],
    ['LTV', (c) => (n(c) % 3 === 1 ? '0' : String(49 * (1 + (n(c) % 11)))), [], opt],
    ['Level', (c) => String(1 + (n(c) % 9)), [], opt],
    ['Points', (c) => String(n(c) % 2400), [], opt],
    ['LastActive', (c) => new Date(t1(c)).toISOString().replace('T', ' ').slice(0, 19), [], opt],
    ['Location', (c, o, r) => (r() < 0.5 ? `${c.city}, ${c.region}` : ''), at(HOME, 'city'), opt],
  ] },
  // ---------------------------------------------------------------- loyalty and POS
  { name: 'square-loyalty-customers-au', product: 'Square Loyalty (Square Dashboard > Customers > Loyalty > Customers > Export; a Sydney café group\'s points programme, one row per loyalty account; Australian English, AUD, dd/MM/yyyy)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c, o, r) => v.alnum(r, 26).toUpperCase(), ['_id', 'personID']],
    ['Loyalty Account ID', (c, o, r) => v.uuid(r), ['loyalty.loyaltyID[0]']],
    ['First Name', (c) => au(c).first, ['person.name.firstName']],
    ['Surname', (c) => au(c).last, ['person.name.lastName']],
    ['Phone Number', (c) => au(c).mobile, ['mobilePhone.number']],
    ['Email Address', (c, o, r) => (r() < 0.55 ? au(c).email : ''), ['personalEmail.address']],
    ['Birthday', (c) => (n(c) % 3 === 0 ? `${pad(new Date(c.birth).getUTCDate())}/${pad(new Date(c.birth).getUTCMonth() + 1)}` : ''), ['person.birthDayAndMonth'], opt],
    ['Enrolled', (c) => auDate(t0(c)), ['loyalty.joinDate'], opt],
    ['Enrolment Location', (c) => pickN(SQ_LOC, n(c)), [], opt],
    ['Enrolment Source', (c) => pickN(SQ_SRC, n(c) >> 1), [], opt],
    ['Points Balance', (c) => String(sqPts(c)), ['loyalty.points']],
    ['Lifetime Points Earned', (c) => String(sqPts(c) + 10 * (n(c) % 13)), ['loyalty.lifetimePoints']],
    ['Points Redeemed', (c) => String(10 * (n(c) % 13)), ['loyalty.pointsRedeemed']],
    ['Rewards Redeemed', (c) => String(n(c) % 13), [], opt],
    ['Visits', (c) => String(3 + (n(c) % 60)), [], opt],
    ['Total Spend', (c) => `A$${((3 + (n(c) % 60)) * 11.4).toFixed(2)}`, ['loyalty.lifetimePurchases'], opt],
    ['Last Visit', (c) => auDate(t1(c)), [], opt],
    ['Email Subscription Status', (c) => pickN(['Subscribed', 'Unsubscribed', 'Subscribed', ''], n(c) >> 2), [], opt],
  ] },
  { name: 'servicenow-csm-consumers', product: 'ServiceNow Customer Service Management (Customer Service > Consumers list, column header menu > Export > CSV; a US home-appliance maker\'s B2C consumers; the list\'s field labels, instance time zone)', family: 'support', language: 'en', schema: P, cols: [
    ['Number', (c) => `CSM${String(n(c) % 1000000).padStart(7, '0')}`, ['_id', 'personID']],
    ['Name', (c) => c.full, ['person.name.fullName']],
    ['Prefix', (c) => (n(c) % 6 === 0 ? 'Dr.' : ''), ['person.name.courtesyTitle']],
    ['First name', (c) => c.first, ['person.name.firstName']],
    ['Middle name', (c) => (n(c) % 5 === 0 ? pickN(['A.', 'J.', 'Marie', 'Lee'], n(c)) : ''), ['person.name.middleName']],
    ['Last name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c) => (n(c) % 17 === 0 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['Mobile phone', (c) => c.mobile, ['mobilePhone.number']],
    ['Business phone', (c, o, r) => (r() < 0.2 ? c.phone : ''), ['workPhone.number']],
    ['Home phone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['homePhone.number']],
    ['Street', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State / Province', (c) => c.region, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Zip / Postal code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'USA', [...at(HOME, 'country'), ...at(HOME, 'countryCode')], opt],
    ['Time zone', (c) => pickN(SN_TZ, n(c)), [], opt],
    ['Preferred language', () => 'English', [], opt],
    ['Household', (c) => pickN(SN_HH, n(c) >> 1), []],
    ['Active', (c) => (n(c) % 19 === 0 ? 'false' : 'true'), [], opt],
    ['Primary', () => 'true', [], opt],
    ['User', (c) => (n(c) % 3 === 0 ? c.full : ''), [], opt],
    ['Created', (c) => ymdHMS(pt(t0(c))), [], opt],
    ['Updated', (c) => ymdHMS(pt(t1(c))), [], opt],
    ['Updated by', (c) => pickN(['system', 'jessica.moore', 'web.service', 'daniel.kim'], n(c) >> 2), []],
  ] },
  { name: 'epos-now-customers', product: 'Epos Now (Back Office > Customers > Customers > Export; a UK farm shop and café\'s customer accounts with points and credit; UK English, GBP, dd/MM/yyyy)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(n(c) % 100000), ['_id', 'personID']],
    ['Title', (c) => (c.female ? pickN(['Mrs', 'Ms', 'Miss'], n(c)) : 'Mr'), ['person.name.courtesyTitle']],
    ['Forename', (c) => ukP(c).first, ['person.name.firstName']],
    ['Surname', (c) => ukP(c).last, ['person.name.lastName']],
    ['Business Name', (c) => (pickN(EP_TYPE, n(c)) === 'Trade' ? pickN(['The Old Forge B&B', 'Hilltop Catering Ltd', 'Wren Café'], n(c) >> 1) : ''), ['organizations[0]'], opt],
    ['Date Of Birth', (c) => (n(c) % 3 === 0 ? ukDate(c.birth) : ''), ['person.birthDate'], opt],
    ['Contact Number', (c) => ukP(c).mobile, ['mobilePhone.number', 'homePhone.number']],
    ['Contact Number 2', (c, o, r) => (r() < 0.25 ? ukP(c).landline : ''), ['homePhone.number'], opt],
    ['Email Address', (c, o, r) => (r() < 0.8 ? ukP(c).email : ''), ['personalEmail.address', 'workEmail.address']],
    ['Address Line 1', (c) => ukP(c).street, at(HOME, 'street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.2 ? 'Flat 2' : ''), at(HOME, 'street2')],
    ['Town', (c) => ukP(c).town, at(HOME, 'city')],
    ['County', (c) => ukP(c).county, [...at(HOME, 'stateProvince'), ...at(HOME, 'state')], opt],
    ['Post Code', (c) => ukP(c).postcode, at(HOME, 'postalCode')],
    ['Customer Type', (c) => pickN(EP_TYPE, n(c)), [], opt],
    ['Card Number', (c) => `6${String(n(c) * 7919).padStart(11, '0').slice(0, 11)}`, ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['Current Points', (c) => String(n(c) % 850), ['loyalty.points']],
    ['Max Credit', (c) => gbp(pickN(EP_TYPE, n(c)) === 'Trade' ? 500 : 0), []],
    ['Current Balance', (c) => gbp(pickN(EP_TYPE, n(c)) === 'Trade' ? (n(c) % 400) + 0.5 : 0), []],
    ['Expiry Date', (c) => (n(c) % 4 === 0 ? ukDate(c.updated + 365 * day) : ''), [], opt],
    ['Sign Up Date', (c) => ukDT(c.created), ['loyalty.joinDate'], opt],
    ['Sign Up Location', (c) => pickN(EP_LOC, n(c) >> 1), [], opt],
    ['Opted In To Marketing', (c) => (n(c) % 3 === 0 ? 'False' : 'True'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Collects veg box Fridays', 'Allergic to nuts']), []],
  ] },
]
