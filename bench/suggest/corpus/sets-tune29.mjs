// Round 29, tune29: tune sets added in round 29 (written blind, tuned on). Same format as sets.mjs (sources in ../README.md).
import { P, E, B, v, f, HOME, WORK, B2BID, at, opt } from './sets.mjs'
import { pad, parts, shift, row } from './values.mjs'
import { loc12 } from './values12.mjs'

// yyyy-MM-dd HH:mm (Maximizer), dd.MM.yyyy HH:mm in German time (CentralStationCRM), dd/MM/yyyy (folk), ISO with Z
// (Smartlead, Vero, Pipefy's API-style timestamps), dd.MM.yyyy HH:mm in Moscow time (Selzy), IST (LeadSquared)
const ymdhm = (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const deTime = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
const frDate = (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` }
const frTime = (ms) => { const p = shift(ms, 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
const isoZ = (ms) => new Date(ms).toISOString()
const mskSec = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const ist = (ms) => { const p = shift(ms, 5.5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
const DAY = 86400000
const later = (c) => Math.max(c.created, c.updated)
const ascii = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')
const domain = (co) => `${co.toLowerCase().replace(/[^a-z]/g, '')}.com`

// local people, companies and places the shared generators lack
const CA_PLACES = [['Toronto', 'ON', 'M5V 2T6'], ['Vancouver', 'BC', 'V6B 1A1'], ['Calgary', 'AB', 'T2P 1J9'], ['Ottawa', 'ON', 'K1P 5G4'], ['Mississauga', 'ON', 'L5B 3C2'], ['Winnipeg', 'MB', 'R3C 4T3']]
const CA_PHONE = (r) => `(${v.pick(r, ['416', '604', '403', '613', '905', '204'])}) ${v.int(r, 200, 999)}-${v.int(r, 1000, 9999)}`
const DE_CO = ['Müller Maschinenbau GmbH', 'Schneider & Partner Steuerberater', 'Brandt Logistik GmbH & Co. KG', 'Köhler IT-Services', 'Hansen Immobilien', 'Weber Elektrotechnik GmbH']
const FR_CO = ['Alan', 'Qonto', 'Agence Lumière', 'Studio Moreau', 'Payfit', 'Cabinet Lefèvre & Associés', 'Ateliers Dubois']
const FR_JOBS = ['Fondatrice', 'Head of Growth', 'Directeur commercial', 'Responsable marketing', 'Business Developer', 'CEO', 'Office manager']
const IT_TOPICS = ['Laptop will not boot', 'VPN access for new hire', 'Printer on 3rd floor jammed', 'Reset MFA device', 'Request Adobe Acrobat licence', 'Outlook keeps asking for password']
const AGENTS = ['Carlos Mendes', 'Julia Park', 'Ravi Kumar', 'Emma Collins']

export const SETS = [
  // ---------------------------------------------------------------- CRM (Maximizer CRM, Address Book > Export to CSV, Individuals/Contacts, Canada)
  { name: 'maximizer-contacts', product: 'Maximizer CRM (Address Book > File > Export, contacts, all fields, Canada)', family: 'crm', language: 'en', schema: B, cols: [
    ['Client ID', (c, o, r) => `${String(parts(c.created).y).slice(2)}${pad(parts(c.created).m)}${pad(parts(c.created).d)}${v.int(r, 10000, 99999)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Contact Number', (c, o, r) => String(v.int(r, 1, 6)), [], opt],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Mr/Ms', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Initial', (c, o, r) => (r() < 0.4 ? v.pick(r, ['A', 'J', 'M', 'R']) : ''), ['person.name.middleName'], opt],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Salutation', (c) => c.first, [], opt],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Department', (c, o, r) => v.pick(r, ['Finance', 'Operations', 'Sales', 'IT', '']), ['extendedWorkDetails.departments[0]']],
    ['Division', (c, o, r) => v.pick(r, ['', 'Eastern Canada', 'Western Canada']), []],
    ['Address Line 1', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['Address Line 2', (c, o, r) => (r() < 0.3 ? `Suite ${v.int(r, 100, 2400)}` : ''), at([...WORK, ...HOME], 'street2')],
    ['City', (c, o, r, i) => row(CA_PLACES, i)[0], at([...WORK, ...HOME], 'city')],
    ['St/Prov', (c, o, r, i) => row(CA_PLACES, i)[1], [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')]],
    ['Zip/Postcode', (c, o, r, i) => row(CA_PLACES, i)[2], at([...WORK, ...HOME], 'postalCode')],
    ['Country', () => 'Canada', at([...WORK, ...HOME], 'country')],
    ['Phone 1 Description', () => 'Business', []],
    ['Phone 1', (c, o, r) => CA_PHONE(r), ['workPhone.number']],
    ['Phone 1 Ext', (c, o, r) => (r() < 0.4 ? String(v.int(r, 100, 499)) : ''), ['workPhone.extension']],
    ['Phone 2 Description', () => 'Mobile', []],
    ['Phone 2', (c, o, r) => (r() < 0.7 ? CA_PHONE(r) : ''), ['mobilePhone.number'], opt],
    ['Email 1', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email 2', (c, o, r) => (r() < 0.25 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Website', (c) => `www.${domain(c.company)}`, ['b2b.companyWebsite']],
    ['Lead Source', (c, o, r) => v.pick(r, ['Web Form', 'Referral', 'Trade Show', 'Cold Call']), ['b2b.personSource'], opt],
    ['Category', (c, o, r) => v.pick(r, ['Customer', 'Prospect', 'Supplier', 'Partner']), ['b2b.personType'], opt],
    ['Owner', (c, o, r) => v.pick(r, ['MASTER', 'JSMITH', 'KLEE']), []],
    ['Creation Date', (c) => ymdhm(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Last Modify Date', (c) => ymdhm(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
    ['Last Contact Date', (c, o, r) => (r() < 0.7 ? ymdhm(later(c) + v.int(r, 1, 60) * DAY) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (CentralStationCRM, Personen > Export als CSV, German UI)
  { name: 'centralstation-personen-de', product: 'CentralStationCRM (Personen > Liste exportieren, CSV, German UI)', family: 'crm', language: 'de', schema: B, cols: [
    ['ID', (c, o, r) => String(v.int(r, 1000000, 9999999)), B2BID],
    ['Anrede', (c) => (c.female ? 'Frau' : 'Herr'), ['person.name.courtesyTitle']],
    ['Titel', (c, o, r) => (r() < 0.2 ? 'Dr.' : ''), ['person.name.courtesyTitle', 'person.name.suffix'], opt],
    ['Vorname', (c) => c.first, ['person.name.firstName']],
    ['Nachname', (c) => c.last, ['person.name.lastName']],
    ['Firma', (c, o, r, i) => row(DE_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Position', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['E-Mail (Arbeit)', (c, o, r, i) => `${ascii(c.first)[0]}.${ascii(c.last)}@${ascii(row(DE_CO, i).split(' ')[0])}.de`, ['workEmail.address']],
    ['E-Mail (Privat)', (c, o, r) => (r() < 0.2 ? c.email : ''), ['personalEmail.address']],
    ['Telefon (Arbeit)', (c) => c.phone, ['workPhone.number']],
    ['Telefon (Mobil)', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['mobilePhone.number']],
    ['Telefon (Privat)', (c, o, r) => (r() < 0.15 ? c.phone : ''), ['homePhone.number']],
    ['Fax', (c, o, r) => (r() < 0.2 ? c.phone.replace(/\d$/, '9') : ''), ['faxPhone.number']],
    ['Straße', (c) => c.street, at([...WORK, ...HOME], 'street1')],
    ['PLZ', (c) => c.postcode, at([...WORK, ...HOME], 'postalCode')],
    ['Ort', (c) => c.city, at([...WORK, ...HOME], 'city')],
    ['Bundesland', (c) => c.region, [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['Land', () => 'Deutschland', at([...WORK, ...HOME], 'country')],
    ['Geburtstag', (c, o, r) => (r() < 0.3 ? f.de(c.birth) : ''), ['person.birthDate']],
    ['Homepage', (c, o, r, i) => `https://www.${ascii(row(DE_CO, i).split(' ')[0])}.de`, ['b2b.companyWebsite'], opt],
    ['XING', (c) => `https://www.xing.com/profile/${c.first.replace(/ü/g, 'ue')}_${c.last.replace(/ü/g, 'ue').replace(/ö/g, 'oe')}`, []],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}`, []],
    ['Tags', (c, o, r) => v.pick(r, ['', 'Kunde', 'Interessent, Messe 2024', 'Partner']), []],
    ['Hintergrund', (c, o, r) => v.pick(r, ['', 'Kennengelernt auf der CeBIT', 'Empfehlung von Herrn Brandt']), []],
    ['Verantwortlicher', (c, o, r) => v.pick(r, ['Sabine Köhler', 'Jonas Weber', 'Stefan Fischer']), []],
    ['Erstellt am', (c) => deTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Aktualisiert am', (c) => deTime(later(c)), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },

  // ---------------------------------------------------------------- CRM (folk, contacts of a group > Exporter en CSV, French UI)
  { name: 'folk-contacts-fr', product: 'folk (Contacts > groupe > Exporter en CSV, French UI)', family: 'crm', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Nom complet', (c) => c.full, ['person.name.fullName'], opt],
    ['Poste', (c, o, r) => v.pick(r, FR_JOBS), ['extendedWorkDetails.jobTitle']],
    ['Entreprises', (c, o, r, i) => row(FR_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Emails', (c, o, r, i) => `${ascii(c.first)}@${ascii(row(FR_CO, i))}.fr`, ['workEmail.address', 'personalEmail.address']],
    ['Téléphones', (c, o, r) => (r() < 0.6 ? c.mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Adresses', (c) => `${c.street}, ${c.postcode} ${c.city}, France`, [], opt],
    ['URLs', (c, o, r, i) => (r() < 0.5 ? `https://${ascii(row(FR_CO, i))}.fr` : ''), ['b2b.companyWebsite'], opt],
    ['LinkedIn', (c) => `https://www.linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}`, []],
    ['Date de naissance', (c, o, r) => (r() < 0.2 ? frDate(c.birth) : ''), ['person.birthDate']],
    ['Groupes', (c, o, r) => v.pick(r, ['Investisseurs', 'Prospects Q3', 'Clients, Newsletter', 'Recrutement']), []],
    ['Statut', (c, o, r) => v.pick(r, ['À contacter', 'Contacté', 'RDV planifié', 'Gagné', 'Perdu']), ['b2b.personStatus'], opt],
    ['Description', (c, o, r) => v.pick(r, ['', 'Rencontré au salon VivaTech', 'Intro par Camille']), []],
    ['Propriétaire', (c, o, r) => v.pick(r, ['Léa Martin', 'Hugo Bernard']), []],
    ['Date de création', (c) => frTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière interaction', (c, o, r) => (r() < 0.7 ? frTime(later(c)) : ''), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Nombre d\'interactions', (c, o, r) => String(v.int(r, 0, 40)), []],
  ] },

  // ---------------------------------------------------------------- support desk (Pipefy, an IT service-desk pipe, Reports > Export cards to Excel)
  { name: 'pipefy-service-desk-cards', product: 'Pipefy (IT Service Desk pipe, Reports > Export report, one row per card)', family: 'support', language: 'en', schema: E, cols: [
    ['ID', (c, o, r) => String(v.int(r, 800000000, 999999999)), ['_id']],
    ['Title', (c, o, r) => v.pick(r, IT_TOPICS), []],
    ['Current phase', (c, o, r) => v.pick(r, ['Inbox', 'Triage', 'In progress', 'Waiting for requester', 'Done']), [], opt],
    ['Labels', (c, o, r) => v.pick(r, ['', 'Urgent', 'Hardware', 'Access, Urgent']), []],
    ['Assignees', (c, o, r) => v.pick(r, AGENTS), []],
    ['Created by', (c, o, r) => v.pick(r, ['Public form', 'Email', ...AGENTS]), []],
    ['Created at', (c, o) => f.ymdhms(o.at), ['timestamp']],
    ['Updated at', (c, o) => f.ymdhms(o.at + 5 * 3600000), [], opt],
    ['Due date', (c, o) => f.ymdhms(o.at + 2 * DAY), []],
    ['Finished at', (c, o, r) => (r() < 0.5 ? f.ymdhms(o.at + v.int(r, 1, 72) * 3600000) : ''), [], opt],
    ['Expired', (c, o, r) => (r() < 0.15 ? 'true' : 'false'), []],
    ['Late', (c, o, r) => (r() < 0.2 ? 'true' : 'false'), []],
    ['Requester name', (c) => c.full, []],
    ['Requester email', (c) => c.workEmail, ['endUserIDs._experience.emailid.id'], opt],
    ['Requester phone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['endUserIDs._experience.phonenumberid.id'], opt],
    ['Department', (c, o, r) => v.pick(r, ['Finance', 'Marketing', 'Sales', 'HR', 'Operations']), []],
    ['Request type', (c, o, r) => v.pick(r, ['Incident', 'Service request', 'Access request', 'Question']), [], opt],
    ['Priority', (c, o, r) => v.pick(r, ['Low', 'Medium', 'Medium', 'High', 'Critical']), []],
    ['Asset tag', (c, o, r) => (r() < 0.5 ? `LT-${v.int(r, 1000, 9999)}` : ''), []],
    ['Description', (c, o, r) => v.pick(r, ['Since this morning', 'Blue screen after update', 'Needed before Monday', '']), []],
    ['Resolution notes', (c, o, r) => v.pick(r, ['', 'Reimaged laptop', 'Added to VPN group', 'Replaced toner']), []],
    ['Satisfaction rating', (c, o, r) => v.pick(r, ['', '5', '4', '3']), []],
  ] },
  // ---------------------------------------------------------------- email tools (Smartlead, campaign > Leads > Download CSV, cold e-mail to B2B leads)
  { name: 'smartlead-leads', product: 'Smartlead (campaign > Leads > Export / Download CSV, in its lead fields)', family: 'email', language: 'en', schema: B, cols: [
    ['id', (c, o, r) => String(v.int(r, 100000000, 999999999)), B2BID],
    ['campaign_lead_map_id', (c, o, r) => String(v.int(r, 1000000000, 1999999999)), [], opt],
    ['status', (c, o, r) => v.pick(r, ['STARTED', 'INPROGRESS', 'COMPLETED', 'PAUSED', 'STOPPED']), [], opt],
    ['category', (c, o, r) => v.pick(r, ['', '', 'Interested', 'Meeting Request', 'Not Interested', 'Out Of Office', 'Wrong Person']), ['b2b.personStatus'], opt],
    ['created_at', (c) => isoZ(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['first_name', (c) => c.first, ['person.name.firstName']],
    ['last_name', (c) => c.last, ['person.name.lastName']],
    ['email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['phone_number', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['company_name', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['website', (c) => domain(c.company), ['b2b.companyWebsite'], opt],
    ['location', (c) => `${c.city}, ${c.region}`, [], opt],
    ['custom_fields', (c, o, r) => JSON.stringify({ Title: c.job, Icebreaker: v.pick(r, ['Loved your post on pricing', 'Congrats on the Series A', 'Saw you are hiring SDRs']) }), []],
    ['linkedin_profile', (c) => `https://www.linkedin.com/in/${ascii(c.first)}${ascii(c.last)}`, []],
    ['company_url', (c) => `https://www.${domain(c.company)}`, ['b2b.companyWebsite'], opt],
    ['is_unsubscribed', (c, o, r) => (r() < 0.08 ? 'true' : 'false'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['last_email_sequence_sent', (c, o, r) => String(v.int(r, 0, 4)), []],
    ['is_interested', (c, o, r) => (r() < 0.1 ? 'true' : 'false'), []],
    ['open_count', (c, o, r) => String(v.int(r, 0, 9)), []],
    ['click_count', (c, o, r) => String(v.int(r, 0, 3)), []],
    ['reply_count', (c, o, r) => String(v.int(r, 0, 2)), []],
  ] },

  // ---------------------------------------------------------------- B2B leads (Wiza, a prospect list enriched from LinkedIn Sales Navigator > Download CSV)
  { name: 'wiza-leads', product: 'Wiza (Lists > list > Download CSV, enriched prospects from LinkedIn / Sales Navigator)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['List Name', () => 'SaaS VPs Sales - NA', []],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Location', (c) => `${c.city}, ${c.region}, ${c.countryEn}`, [], opt],
    ['Email', (c) => c.workEmail, ['workEmail.address', 'personalEmail.address']],
    ['Email Type', (c, o, r) => v.pick(r, ['work', 'work', 'work', 'personal']), [], opt],
    ['Email Status', (c, o, r) => v.pick(r, ['valid', 'valid', 'catch_all', 'unknown']), [], opt],
    ['Mobile Phone', (c, o, r) => (r() < 0.35 ? c.mobile : ''), ['mobilePhone.number']],
    ['Direct Phone', (c, o, r) => (r() < 0.3 ? c.phone : ''), ['workPhone.number']],
    ['LinkedIn Profile URL', (c, o, r) => `https://www.linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}-${v.hex(r, 6)}`, []],
    ['Company', (c) => c.company, ['b2b.companyName', 'organizations[0]']],
    ['Company Domain', (c) => domain(c.company), ['b2b.companyWebsite'], opt],
    ['Company LinkedIn', (c, o, r) => `https://www.linkedin.com/company/${v.int(r, 10000, 9999999)}`, []],
    ['Company Industry', (c, o, r) => v.pick(r, ['Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Marketing Services']), []],
    ['Company Size', (c, o, r) => v.pick(r, ['11-50', '51-200', '201-500', '1001-5000']), []],
    ['Company Type', (c, o, r) => v.pick(r, ['Privately Held', 'Public Company', 'Privately Held']), []],
    ['Company Founded', (c, o, r) => String(v.int(r, 1990, 2021)), []],
    ['Company Revenue', (c, o, r) => v.pick(r, ['$1M-$10M', '$10M-$50M', '$50M-$100M', '']), []],
    ['Company Funding', (c, o, r) => v.pick(r, ['', 'Series A', 'Series B', 'Seed']), []],
    ['Company Location', (c) => `${c.city}, ${c.region}, ${c.countryEn}`, [], opt],
    ['Company Street', (c) => c.street, ['workAddress.street1'], opt],
    ['Company Locality', (c) => c.city, ['workAddress.city'], opt],
    ['Company Region', (c) => c.region, ['workAddress.stateProvince', 'workAddress.state'], opt],
    ['Company Postal Code', (c) => c.postcode, ['workAddress.postalCode'], opt],
    ['Company Country', (c) => c.countryEn, ['workAddress.country'], opt],
  ] },

  // ---------------------------------------------------------------- B2B leads (Waalaxy, Prospects > liste > Exporter en CSV, French UI)
  { name: 'waalaxy-prospects-fr', product: 'Waalaxy (Prospects > liste > Exporter en CSV, French UI, LinkedIn prospecting)', family: 'b2b-leads', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Occupation', (c, o, r, i) => `${row(FR_JOBS, i + 2)} chez ${row(FR_CO, i)}`, [], opt],
    ['Poste', (c, o, r, i) => row(FR_JOBS, i + 2), ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c, o, r, i) => row(FR_CO, i), ['b2b.companyName', 'organizations[0]']],
    ['Localisation', (c) => `${c.city}, ${c.region}, France`, [], opt],
    ['URL du profil LinkedIn', (c) => `https://www.linkedin.com/in/${ascii(c.first)}-${ascii(c.last)}`, []],
    ['URL Sales Navigator', (c, o, r) => `https://www.linkedin.com/sales/lead/ACwAA${v.alnum(r, 20)},NAME_SEARCH`, []],
    ['Email pro', (c, o, r, i) => (r() < 0.6 ? `${ascii(c.first)}.${ascii(c.last)}@${ascii(row(FR_CO, i))}.fr` : ''), ['workEmail.address']],
    ['Email LinkedIn', (c, o, r) => (r() < 0.3 ? c.email : ''), ['personalEmail.address', 'workEmail.address'], opt],
    ['Téléphone', (c, o, r) => (r() < 0.25 ? c.mobile : ''), ['workPhone.number', 'mobilePhone.number'], opt],
    ['Liste', () => 'Fondateurs SaaS Lyon', []],
    ['Campagne', (c, o, r) => v.pick(r, ['Invitation + 2 messages', 'Visite + Invitation', '']), []],
    ['Statut', (c, o, r) => v.pick(r, ['Connecté', 'Invitation envoyée', 'A répondu', 'Non connecté']), ['b2b.personStatus'], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', 'chaud', 'à relancer', 'RDV']), []],
    ['A répondu', (c, o, r) => (r() < 0.2 ? 'Oui' : 'Non'), []],
    ['Date d\'ajout', (c) => frTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Date de connexion', (c, o, r) => (r() < 0.5 ? frTime(c.created + v.int(r, 1, 20) * DAY) : ''), [], opt],
    ['Site web de l\'entreprise', (c, o, r, i) => `https://www.${ascii(row(FR_CO, i))}.fr`, ['b2b.companyWebsite']],
    ['Secteur de l\'entreprise', (c, o, r) => v.pick(r, ['Logiciels', 'Services financiers', 'Marketing et publicité']), []],
    ['Taille de l\'entreprise', (c, o, r) => v.pick(r, ['2-10', '11-50', '51-200']), []],
  ] },

  // ---------------------------------------------------------------- B2B (Pappers, Recherche > Exporter with the dirigeants, one row per dirigeant, French)
  { name: 'pappers-dirigeants-fr', product: 'Pappers (recherche d\'entreprises > Exporter en CSV avec les dirigeants, one row per dirigeant, French)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['SIREN', (c, o, r) => `${v.int(r, 300, 999)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, []],
    ['SIRET du siège', (c, o, r) => `${v.int(r, 300, 999)}${v.int(r, 100, 999)}${v.int(r, 100, 999)}000${v.int(r, 10, 99)}`, [], opt],
    ['Dénomination', (c, o, r, i) => row(FR_CO, i + 3), ['b2b.companyName', 'organizations[0]']],
    ['Forme juridique', (c, o, r) => v.pick(r, ['SAS, société par actions simplifiée', 'SARL, société à responsabilité limitée', 'SASU']), []],
    ['Code NAF', (c, o, r) => v.pick(r, ['62.01Z', '70.22Z', '73.11Z', '43.32A']), []],
    ['Libellé NAF', (c, o, r) => v.pick(r, ['Programmation informatique', 'Conseil pour les affaires et autres conseils de gestion', 'Activités des agences de publicité']), []],
    ['Date de création', (c) => frDate(c.birth + 30 * 365 * DAY), []],
    ['Capital', (c, o, r) => `${v.pick(r, ['1 000', '10 000', '50 000', '7 500'])} €`, []],
    ['Effectif', (c, o, r) => v.pick(r, ['0 salarié', '1 ou 2 salariés', '10 à 19 salariés', '50 à 99 salariés']), []],
    ['Chiffre d\'affaires', (c, o, r) => (r() < 0.6 ? `${v.int(r, 50, 9000) * 1000}` : ''), []],
    ['Résultat', (c, o, r) => (r() < 0.6 ? `${v.int(r, -200, 800) * 1000}` : ''), []],
    ['Adresse du siège', (c) => c.street, ['workAddress.street1'], opt],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode'], opt],
    ['Ville', (c) => c.city, ['workAddress.city'], opt],
    ['Numéro de TVA intracommunautaire', (c, o, r) => `FR${v.int(r, 10, 99)}${v.int(r, 300000000, 999999999)}`, [], opt],
    ['Site internet', (c, o, r, i) => (r() < 0.5 ? `https://www.${ascii(row(FR_CO, i + 3))}.fr` : ''), ['b2b.companyWebsite']],
    ['Téléphone', (c, o, r) => (r() < 0.4 ? c.phone : ''), ['workPhone.number'], opt],
    ['Email', (c, o, r, i) => (r() < 0.3 ? `contact@${ascii(row(FR_CO, i + 3))}.fr` : ''), ['workEmail.address'], opt],
    ['Statut', (c, o, r) => v.pick(r, ['Active', 'Active', 'Active', 'Radiée']), []],
    ['Qualité du dirigeant', (c, o, r) => v.pick(r, ['Président', 'Gérant', 'Directeur général', 'Commissaire aux comptes titulaire']), ['extendedWorkDetails.jobTitle'], opt],
    ['Nom du dirigeant', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Prénom(s) du dirigeant', (c) => c.first, ['person.name.firstName']],
    ['Date de naissance du dirigeant', (c) => { const p = parts(c.birth); return `${pad(p.m)}/${p.y}` }, [], opt],
    ['Nationalité du dirigeant', (c, o, r) => v.pick(r, ['Française', 'Française', 'Belge', 'Italienne']), ['person.nationality'], opt],
    ['Date de prise de poste', (c) => frDate(c.created), [], opt],
  ] },
]
