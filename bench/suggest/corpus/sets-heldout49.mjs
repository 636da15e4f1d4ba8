// Round 49, heldout49: held-out sets added in round 49's brief, written apart from the suggester and any tuning, scored
// once at the end. Same format as sets.mjs (sources in ../README.md): header as the product exports it, one value
// generator per column in the product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline
// columns. English-language CRMs and sales tools for small and mid-sized businesses.
import { B, P, v, f, at, HOME, B2BID, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, parts, row } from './values.mjs'

const WORK = (leaf) => `workAddress.${leaf}`
const ukDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const ukTime = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const usd = (n) => n.toFixed(2)
const usdC = (n) => `$${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`
const dig = (s) => s.replace(/\D/g, '')
const usPhone = (c) => { const d = dig(c.phone).slice(-10).padStart(10, '5'); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const usMob = (c) => { const d = dig(c.mobile).slice(-10).padStart(10, '5'); return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` }
const ukMob = (c) => `07${dig(c.mobile).slice(-9).padStart(9, '7')}`
const ukTel = (c) => `0${['20', '161', '113', '121', '117'][+c.id % 5]} ${dig(c.phone).slice(-7, -4)} ${dig(c.phone).slice(-4)}`
const site = (c) => `www.${slug(c.company).slice(0, 14)}.com`
const owner = (xs) => (c) => xs[+c.id % xs.length]
const OWN = ['Megan Holt', 'Derek Fiske', 'Priya Raman', 'Tom Becker']
const STATES = ['OH', 'TX', 'CA', 'NC', 'WA', 'FL', 'IL']
const st = (c) => (c.region && c.region.length <= 3 ? c.region : STATES[+c.id % STATES.length])
const ssnLast = (c) => `***-**-${pad(+c.id % 10000, 4)}`
const day = 86400000

export const SETS = [
  // Pipeline CRM (formerly PipelineDeals): People > select all > Export, CSV; a US commercial-roofing contractor's sales team.
  { name: 'pipeline-crm-people-export', product: 'Pipeline CRM, formerly PipelineDeals (People > select all > Export to CSV; English UI, a US commercial-roofing contractor\'s contacts and leads with two custom fields)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c) => String(180000000 + +c.id), B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Company Name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Work Phone', (c) => usPhone(c), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.6 ? usMob(c) : ''), ['mobilePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.1 ? usPhone(c) : ''), ['faxPhone.number']],
    ['Website', (c, o, r) => (r() < 0.5 ? `http://${site(c)}` : ''), ['b2b.companyWebsite'], opt],
    ['Work Address 1', (c) => c.street, [WORK('street1')]],
    ['Work Address 2', (c) => c.street2, [WORK('street2')]],
    ['Work City', (c) => c.city, [WORK('city')]],
    ['Work State', (c) => st(c), [WORK('stateProvince'), WORK('state')]],
    ['Work Postal Code', (c) => c.postcode, [WORK('postalCode')]],
    ['Work Country', () => 'United States', [WORK('country')]],
    ['Type', (c) => (+c.id % 3 === 0 ? 'Lead' : 'Contact'), ['b2b.personType'], opt],
    ['Lead Status', (c) => ['', 'New', 'Attempted Contact', 'Qualified', 'Unqualified'][+c.id % 5], ['b2b.personStatus'], opt],
    ['Lead Source', (c) => ['Website', 'Referral', 'Trade Show', 'Cold Call', 'Google Ads'][+c.id % 5], ['b2b.personSource'], opt],
    ['Owner', owner(OWN), []],
    ['Tags', (c) => ['', 'property manager', 'GC, repeat', 'warranty', ''][+c.id % 5], []],
    ['Summary', (c, o, r) => v.pick(r, ['', '', 'Manages 4 warehouses in the metro area', 'Met at IRE 2024']), []],
    ['Building Type', (c) => ['Warehouse', 'Retail', 'Office', 'Multi-family'][+c.id % 4], []],
    ['Roof Sq Ft', (c) => String(8000 + (+c.id % 90) * 1000), []],
    ['Created', (c) => f.usTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Updated', (c) => f.usTime(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // Method:CRM: Customers & leads (Import/Export tool > Export > Customer, CSV in its QuickBooks-style field names; a US HVAC company).
  { name: 'method-crm-customers-export', product: 'Method:CRM (Import / Export tool > Export > Customer table, CSV; English UI, the QuickBooks-style field names, a US HVAC service company\'s residential customers and leads)', family: 'crm', language: 'en', schema: P, cols: [
    ['RecordID', (c) => String(1000 + (+c.id % 90000)), ['_id', 'personID']],
    ['Name', (c) => `${c.last}, ${c.first}`, ['person.name.fullName']],
    ['CompanyName', (c, o, r) => (r() < 0.15 ? c.company : ''), ['organizations[0]'], opt],
    ['Salutation', (c, o, r) => (r() < 0.5 ? (c.female ? 'Ms.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['FirstName', (c) => c.first, ['person.name.firstName']],
    ['MiddleName', (c, o, r) => (r() < 0.2 ? 'J' : ''), ['person.name.middleName']],
    ['LastName', (c) => c.last, ['person.name.lastName']],
    ['Phone', (c) => usPhone(c), ['homePhone.number', 'mobilePhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.7 ? usMob(c) : ''), ['mobilePhone.number']],
    ['AltPhone', (c, o, r) => (r() < 0.1 ? usPhone(c) : ''), ['homePhone.number'], opt],
    ['Email', (c) => c.email, ['personalEmail.address']],
    ['BillAddressAddr1', (c) => c.full, [], opt],
    ['BillAddressAddr2', (c) => c.street, ['billingAddress.street1', ...at(HOME, 'street1')]],
    ['BillAddressCity', (c) => c.city, ['billingAddress.city', ...at(HOME, 'city')]],
    ['BillAddressState', (c) => st(c), ['billingAddress.stateProvince', 'billingAddress.state', ...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['BillAddressPostalCode', (c) => c.postcode, ['billingAddress.postalCode', ...at(HOME, 'postalCode')]],
    ['BillAddressCountry', () => 'USA', ['billingAddress.country', ...at(HOME, 'country')]],
    ['ShipAddressAddr1', (c) => c.full, [], opt],
    ['ShipAddressAddr2', (c) => c.street, ['shippingAddress.street1']],
    ['ShipAddressCity', (c) => c.city, ['shippingAddress.city']],
    ['ShipAddressState', (c) => st(c), ['shippingAddress.stateProvince', 'shippingAddress.state']],
    ['ShipAddressPostalCode', (c) => c.postcode, ['shippingAddress.postalCode']],
    ['IsLeadStatusOnly', (c) => (+c.id % 4 === 0 ? 'True' : 'False'), [], opt],
    ['LeadStatus', (c) => ['', 'New', 'Contacted', 'Quoted'][+c.id % 4], [], opt],
    ['LeadSource', (c) => ['Google', 'Referral', 'Yard Sign', 'Angi'][+c.id % 4], [], opt],
    ['CustomerType', (c) => ['Residential', 'Residential', 'Maintenance Plan'][+c.id % 3], [], opt],
    ['SalesRep', (c) => ['MH', 'DF', 'PR'][+c.id % 3], []],
    ['Terms', (c) => ['Due on receipt', 'Net 15'][+c.id % 2], []],
    ['Balance', (c) => usd((+c.id % 7) * 89.5), []],
    ['IsActive', (c) => (+c.id % 11 === 3 ? 'False' : 'True'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', 'Gate code 4410', 'Dog in backyard']), []],
    ['DateCreated', (c) => f.usTime(c.created), [], opt],
    ['LastModifiedDate', (c) => f.usTime(Math.max(c.created, c.updated)), [], opt],
  ] },

  // Teamgate: People list > Export (XLSX), a Lithuanian-founded CRM used here by a UK IT-services reseller (English UI).
  { name: 'teamgate-people-export', product: 'Teamgate (People > select all > Export, XLSX opened as CSV; English UI, a UK managed-IT reseller\'s people with their companies)', family: 'crm', language: 'en', schema: B, cols: [
    ['ID', (c) => String(5000000 + +c.id), B2BID],
    ['Name', (c) => c.first, ['person.name.firstName']],
    ['Surname', (c) => c.last, ['person.name.lastName']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Emails', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Phones', (c) => ukTel(c), ['workPhone.number', 'mobilePhone.number']],
    ['Mobile phone', (c, o, r) => (r() < 0.6 ? ukMob(c) : ''), ['mobilePhone.number']],
    ['Website', (c, o, r) => (r() < 0.5 ? `https://${site(c)}`.replace('.com', '.co.uk') : ''), ['b2b.companyWebsite'], opt],
    ['Address', (c) => c.street, [WORK('street1')]],
    ['City', (c) => c.city, [WORK('city')]],
    ['Region', (c, o, r) => (r() < 0.5 ? 'Greater Manchester' : ''), [WORK('stateProvince'), WORK('region')], opt],
    ['Zip code', (c) => c.postcode, [WORK('postalCode')]],
    ['Country', () => 'United Kingdom', [WORK('country')]],
    ['Source', (c) => ['Website form', 'LinkedIn', 'Referral', 'Event'][+c.id % 4], ['b2b.personSource'], opt],
    ['Status', (c) => ['Active', 'Active', 'Prospect', 'Not interested'][+c.id % 4], ['b2b.personStatus'], opt],
    ['Owner', owner(['Jamie Cole', 'Aisha Khan', 'Rob Tierney']), []],
    ['Tags', (c) => ['', 'decision maker', 'M365', 'renewal Q3'][+c.id % 4], []],
    ['Starred', (c) => (+c.id % 6 === 0 ? 'Yes' : 'No'), []],
    ['Facebook', () => '', []],
    ['LinkedIn', (c, o, r) => (r() < 0.4 ? `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}` : ''), []],
    ['Twitter', () => '', []],
    ['Description', (c, o, r) => v.pick(r, ['', '', 'Current contract ends March', 'Prefers email']), []],
    ['Created date', (c) => ukTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last activity date', (c, o, r) => (r() < 0.8 ? ukTime(Math.max(c.created, c.updated)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // Wealthbox: Contacts > Export (CSV), an independent US financial-planning firm's households.
  { name: 'wealthbox-contacts-export', product: 'Wealthbox CRM (Contacts > Export contacts, CSV; English UI, a US independent financial-planning firm\'s clients and prospects)', family: 'crm', language: 'en', schema: P, cols: [
    ['ID', (c) => String(20000000 + +c.id), ['_id', 'personID']],
    ['Prefix', (c, o, r) => (r() < 0.4 ? (c.female ? 'Mrs.' : 'Mr.') : ''), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', () => '', ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c, o, r) => (r() < 0.05 ? 'Jr.' : ''), ['person.name.suffix']],
    ['Nickname', () => '', []],
    ['Contact Type', (c) => ['Client', 'Client', 'Prospect', 'Past Client', 'Vendor'][+c.id % 5], [], opt],
    ['Status', (c) => (+c.id % 9 === 0 ? 'Inactive' : 'Active'), [], opt],
    ['Household', (c) => `${c.last} Household`, []],
    ['Household Title', (c) => (c.female ? 'Spouse' : 'Head'), []],
    ['Birth Date', (c) => f.us(c.birth), ['person.birthDate']],
    ['Gender', (c) => (c.female ? 'Female' : 'Male'), ['person.gender']],
    ['Marital Status', (c) => ['Married', 'Single', 'Widowed', 'Divorced'][+c.id % 4], ['person.maritalStatus']],
    ['Email Address', (c) => c.email, ['personalEmail.address']],
    ['Phone Number', (c) => usMob(c), ['mobilePhone.number', 'homePhone.number']],
    ['Street Address', (c) => c.street, at(HOME, 'street1')],
    ['City', (c) => c.city, at(HOME, 'city')],
    ['State', (c) => st(c), [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['ZIP Code', (c) => c.postcode, at(HOME, 'postalCode')],
    ['Country', () => 'United States', at(HOME, 'country')],
    ['Company Name', (c, o, r) => (r() < 0.4 ? c.company : ''), ['organizations[0]'], opt],
    ['Job Title', (c, o, r) => (r() < 0.4 ? c.job : ''), [], opt],
    ['Client Since', (c) => f.us(c.created), ['loyalty.joinDate'], opt],
    ['Assigned To', owner(['Karen Whitlock', 'Mark Osei']), []],
    ['Investment Objective', (c) => ['Growth', 'Income', 'Balanced'][+c.id % 3], []],
    ['Risk Tolerance', (c) => ['Moderate', 'Conservative', 'Aggressive'][+c.id % 3], []],
    ['Assets', (c) => usdC(50000 + (+c.id % 300) * 4250), []],
    ['Tags', (c) => ['', 'RMD', 'Annual Review - Q2', 'Referral Source'][+c.id % 4], []],
    ['Background Information', (c, o, r) => v.pick(r, ['', '', 'Retired teacher, pension from STRS', 'Two kids in college']), []],
    ['Created At', (c) => f.usTime(c.created), [], opt],
    ['Updated At', (c) => f.usTime(Math.max(c.created, c.updated)), [], opt],
  ] },
]
