// Round 41, heldout41: held-out sets written apart from the suggester and any tuning, scored once at the end. Same
// format as sets.mjs (sources in ../README.md): header as the product exports it, one value generator per column in the
// product's formats, the accepted destinations ([] = nothing fits) and 'opt' for borderline columns. Products: B2B data
// and intent providers, Québec marketing tools and two loyalty platforms.
import { E, B, P, v, f, at, HOME, B2BID, OR, opt } from './sets.mjs'
import { slug } from './values10.mjs'
import { pad, shift } from './values.mjs'

const WORK = ['workAddress']
const CO = ['b2b.companyName', 'organizations[0]']
const dst = (ms) => { const m = new Date(ms).getUTCMonth() + 1; return m >= 4 && m <= 10 }
const pick = (c, xs, k = 1) => xs[(+c.id * k) % xs.length]
const dom = (c) => `${slug(c.company).slice(0, 14)}.com`
const proMail = (c) => `${slug(c.first)}.${slug(c.last)}@${dom(c)}`
const li = (c) => `https://www.linkedin.com/in/${slug(c.first)}-${slug(c.last)}-${(+c.id % 9000 + 1000).toString(16)}`
const INDUSTRY = ['Software', 'Financial Services', 'Manufacturing', 'Hospital & Health Care', 'Retail', 'Logistics & Supply Chain', 'Telecommunications']
const SIZE = ['11-50', '51-200', '201-500', '501-1,000', '1,001-5,000', '5,001-10,000', '10,000+']
const REV = ['$1M - $5M', '$10M - $25M', '$25M - $50M', '$50M - $100M', '$100M - $250M', '$500M - $1B', '$1B+']
const SENIORITY = ['Director', 'Manager', 'VP', 'Staff', 'C-Level', 'Manager', 'Director']
const DEPT = ['Marketing', 'IT', 'Sales', 'Finance', 'Operations', 'Human Resources', 'Engineering']
const US_STATE = ['CA', 'NY', 'TX', 'IL', 'MA', 'WA', 'GA', 'CO']
const usPhone = (c, k = 1) => `+1 ${['415', '212', '512', '312', '617', '206', '404', '303'][(+c.id * k) % 8]}-${(+c.id * 7 + k) % 900 + 100}-${pad((+c.id * 13 + k) % 10000, 4)}`
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10)

// 6sense: people list export (Sales Intelligence > Lists > a People list > Export, CSV; English UI, a US cybersecurity vendor's SDR team).
const SS_STAGE = ['Target', 'Awareness', 'Consideration', 'Decision', 'Purchase', 'Awareness']
const SS_LEVEL = ['High', 'Medium', 'Low', 'Medium']
// Demandbase: contacts of an account list (Demandbase One > Accounts > People > Export, CSV; English UI, a US HR-software vendor).
const DB_JL = ['Director', 'Manager', 'Vice President', 'C-Suite', 'Individual Contributor']
// Albacross: decision makers at companies that visited the site (Albacross app > Contacts > Export CSV; English UI, a Swedish SaaS vendor).
const AC_PAGES = ['/pricing', '/product/integrations', '/customers', '/pricing, /demo', '/blog/gdpr-lead-generation', '/features']
// Vainu: contacts of a target list (Vainu > Lists > Download > Contacts, Excel; English UI, a Finnish IT-services company).
const FI_FIRST = ['Mikko', 'Anna', 'Juha', 'Laura', 'Timo', 'Sanna', 'Jukka', 'Henna', 'Antti', 'Elina']
const FI_LAST = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen']
const FI_CITY = [['Helsinki', '00100'], ['Espoo', '02150'], ['Tampere', '33100'], ['Oulu', '90100'], ['Turku', '20100'], ['Vantaa', '01510']]
const FI_CO = ['Konevalmistamo Oy', 'Pohjolan Logistiikka Oy', 'Sähkötekniikka Nieminen Oy', 'Rakennus-Laine Oy', 'Kotimaan Elintarvike Oyj', 'Tietopalvelu Aalto Oy']
const fi = (c) => ({ first: pick(c, FI_FIRST), last: pick(c, FI_LAST, 7), city: pick(c, FI_CITY, 3), co: pick(c, FI_CO, 5) })
const fiMail = (c) => `${slug(fi(c).first)}.${slug(fi(c).last)}@${slug(fi(c).co).replace(/oyj?$/, '').slice(0, 16)}.fi`
const ytunnus = (c) => `${pad(+c.id % 10000000, 7)}-${+c.id % 10}`
const fiDate = (ms) => { const p = shift(ms, dst(ms) ? 3 : 2); return `${p.d}.${p.m}.${p.y}` }
// Europages: suppliers saved by a buyer (Europages > My account > My suppliers > Export, CSV; English UI, a Dutch food-packaging buyer).
const EP_CO = [['Verpackungswerk Hessen GmbH', 'Germany', 'Fulda', '36037', '+49 661 '], ['Emballages du Rhône SAS', 'France', 'Lyon', '69007', '+33 4 72 '], ['Imballaggi Padana S.r.l.', 'Italy', 'Cremona', '26100', '+39 0372 '], ['Envases Levante S.L.', 'Spain', 'Valencia', '46015', '+34 963 '], ['Opakowania Mazowsze Sp. z o.o.', 'Poland', 'Radom', '26-600', '+48 48 '], ['Kartonagefabriek Brabant B.V.', 'Netherlands', 'Tilburg', '5048 AB', '+31 13 ']]
const ep = (c) => pick(c, EP_CO, 3)
const EP_ACT = ['Food packaging', 'Corrugated cardboard boxes', 'Plastic containers', 'Labels, self-adhesive', 'Flexible packaging', 'Paper bags']
const EP_TYPE = ['Manufacturer/ Producer', 'Manufacturer/ Producer', 'Distributor', 'Service provider', 'Wholesaler']
// Kompass: company-and-executive export (Kompass EasyBusiness > Résultats > Exporter, Excel; French UI, a French industrial-equipment maker's marketing).
const KP_NAF = [['2562B', 'Mécanique industrielle'], ['4669B', 'Commerce de gros de fournitures et équipements industriels divers'], ['2229A', 'Fabrication de pièces techniques à base de matières plastiques'], ['3312Z', 'Réparation de machines et équipements mécaniques'], ['2511Z', 'Fabrication de structures métalliques']]
const KP_FCT = ['Président-directeur général', 'Directeur des achats', 'Directeur technique', 'Responsable maintenance', 'Gérant', 'Directrice administrative et financière']
const KP_EFF = ['10 à 19', '20 à 49', '50 à 99', '100 à 199', '200 à 499']
const KP_CA = ['1 à 2 M€', '2 à 5 M€', '5 à 10 M€', '10 à 20 M€', '20 à 50 M€']
const siren = (c) => String(300000000 + (+c.id * 7919) % 599999999)
const frGroup = (s) => s.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')
// D&B Hoovers: contacts list download (D&B Hoovers > Contacts > Build a list > Export, CSV; English UI, a US freight broker).
const DH_LVL = ['Director', 'Manager', 'VP-Level', 'C-Level', 'Non-Manager']
const duns = (c) => String(10000000 + (+c.id * 104729) % 89999999).padStart(9, '0')
const SIC = [['4213', 'Trucking, except local'], ['5141', 'Groceries, general line'], ['2086', 'Bottled and canned soft drinks'], ['3714', 'Motor vehicle parts and accessories'], ['5085', 'Industrial supplies']]

// Québec: the two fr-CA tools' subscribers (names, cities, postcodes, phones as Québécois write them).
const QC_FIRST = ['Marie-Ève', 'Jean-François', 'Geneviève', 'Mathieu', 'Isabelle', 'Simon', 'Catherine', 'Maxime', 'Véronique', 'Étienne', 'Mélanie', 'Olivier']
const QC_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Pelletier', 'Bélanger']
const QC_CITY = [['Montréal', 'H2J 3K5', '514'], ['Québec', 'G1R 4P3', '418'], ['Laval', 'H7N 5H9', '450'], ['Gatineau', 'J8Y 6T3', '819'], ['Sherbrooke', 'J1H 1Z1', '819'], ['Trois-Rivières', 'G9A 5H4', '819'], ['Longueuil', 'J4K 2T8', '450'], ['Saguenay', 'G7H 4A3', '418']]
const QC_STREET = ['rue Saint-Denis', 'boulevard René-Lévesque', 'rue Sherbrooke Est', 'avenue du Mont-Royal', 'chemin Sainte-Foy', 'rue King Ouest', 'boulevard des Forges', 'rue Principale']
const qc = (c) => {
  const [city, cp, ac] = pick(c, QC_CITY, 3)
  const first = pick(c, QC_FIRST), last = pick(c, QC_LAST, 5)
  return { first, last, fem: QC_FIRST.indexOf(first) % 2 === 0, city, cp, street: `${(+c.id % 4800) + 12}, ${pick(c, QC_STREET, 11)}`, tel: `${ac} ${(+c.id % 800) + 200}-${pad(+c.id % 10000, 4)}`, cell: `${['514', '438', '418', '581', '819', '450'][+c.id % 6]} ${(+c.id * 3) % 800 + 200}-${pad((+c.id * 7) % 10000, 4)}`, email: `${slug(first)}.${slug(last)}${+c.id % 90}@${['videotron.ca', 'gmail.com', 'hotmail.com', 'sympatico.ca', 'outlook.com'][+c.id % 5]}` }
}
const mtl = (ms) => shift(ms, dst(ms) ? -4 : -5)
const qcDate = (ms) => { const p = mtl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` }
const qcTime = (ms) => { const p = mtl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}` }
const qcSec = (ms) => { const p = mtl(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Cyberimpact: contacts of a Québec garden centre (Cyberimpact > Contacts > Exporter, CSV; French UI, CASL consent fields).
const CY_GRP = ['Infolettre', 'Infolettre, Clients fidèles', 'Promotions printemps', 'Infolettre, Ateliers', 'Clients fidèles']
const CY_CONS = ['Exprès', 'Exprès', 'Tacite', 'Exprès']
const CY_SRC = ['Formulaire d\'abonnement', 'Importation', 'Achat en magasin', 'Concours Facebook', 'Formulaire d\'abonnement']
// Dialog Insight: a Québec credit-union marketing database's contacts (Dialog Insight > Contacts > Exportation, CSV; French UI, project fields).
const DI_SEG = ['Jeunes adultes', 'Familles', 'Retraités', 'Professionnels', 'Familles']
// La Growth Machine: leads of an outbound campaign (LGM > Audiences > Exporter en CSV; French UI, a Paris recruitment-software start-up).
const LGM_ST = ['En cours', 'Terminé', 'A répondu', 'En cours', 'Converti', 'Erreur']
const LGM_AUD = ['DRH ETI Île-de-France', 'Talent Acquisition Lyon', 'DRH ETI Île-de-France', 'Head of People SaaS']
const LGM_CMP = ['Séquence DRH - LinkedIn + email', 'Relance salon RH', 'Séquence DRH - LinkedIn + email', 'Head of People - multicanal']
const frTime = (ms) => { const p = shift(ms, dst(ms) ? 2 : 1); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` }
// Capillary: loyalty members of an Indian fashion retailer (Capillary InTouch > Member Care / Insights+ > Customer export, CSV; English UI, INR).
const IN_FIRST = ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Isha']
const IN_LAST = ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Singh', 'Das', 'Kulkarni']
const IN_CITY = ['Mumbai', 'Bengaluru', 'New Delhi', 'Pune', 'Chennai', 'Hyderabad', 'Kolkata']
const IN_STORE = ['MUM-PHOENIX-PALLADIUM', 'BLR-ORION-MALL', 'DEL-SELECT-CITYWALK', 'PUN-AMANORA', 'ECOM-WEBSITE', 'APP']
const CP_SLAB = ['Silver', 'Silver', 'Gold', 'Platinum', 'Silver', 'Gold']
const cpPts = (c) => (+c.id % 47) * 35
const cpUsed = (c) => (+c.id % 13) * 100
const inMob = (c) => `91${[98, 97, 99, 88, 70, 81][+c.id % 6]}${pad(+c.id % 100000000, 8)}`
const ist = (ms) => { const p = shift(ms, 5.5); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }
// Eagle Eye AIR: wallet transactions of a UK supermarket's loyalty scheme (AIR Dashboard > Reports > Wallet Transactions > Export, CSV; English UI, GBP).
const EE_LOC = ['STORE-0412 Leeds Kirkstall', 'STORE-0188 Bristol Cribbs', 'ONLINE-GROCERY', 'STORE-0023 Manchester Fort', 'STORE-0301 Norwich Riverside']
const EE_ST = ['SETTLED', 'SETTLED', 'SETTLED', 'SETTLED', 'REFUNDED', 'CANCELLED']
const eeSt = (o) => EE_ST[+o.id % EE_ST.length]
const eeBasket = (o) => +(o.total * 1.3).toFixed(2)
const ukTime = (ms) => { const p = shift(ms, dst(ms) ? 1 : 0); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` }

export const SETS = [
  // ---------------------------------------------------------------- B2B data and intent providers
  { name: 'sixsense-people-export-en', product: '6sense Sales Intelligence (Lists > a People list > Export, CSV; English UI, a US cybersecurity vendor\'s SDR team, with the account\'s intent columns)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Person ID', (c) => `p_${(+c.id * 7919).toString(36)}`, B2BID],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => pick(c, SENIORITY), [], opt],
    ['Job Function', (c) => pick(c, DEPT, 3), ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c) => proMail(c), ['workEmail.address']],
    ['Email Confidence', (c) => ['A+', 'A', 'B', 'A+'][+c.id % 4], [], opt],
    ['Direct Phone', (c, o, r) => (r() < 0.5 ? usPhone(c, 2) : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.3 ? usPhone(c, 5) : ''), ['mobilePhone.number']],
    ['LinkedIn URL', (c) => li(c), []],
    ['Person City', (c) => c.city, at([...WORK, ...HOME], 'city'), opt],
    ['Person State', (c) => pick(c, US_STATE), [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['Person Country', () => 'United States', at([...WORK, ...HOME], 'country'), opt],
    ['Company Name', (c) => c.company, CO],
    ['Company Domain', (c) => dom(c), ['b2b.companyWebsite']],
    ['Company Industry', (c) => pick(c, INDUSTRY, 5), []],
    ['Company Employee Range', (c) => pick(c, SIZE, 3), []],
    ['Company Revenue Range', (c) => pick(c, REV, 3), []],
    ['Company Country', () => 'United States', ['workAddress.country'], opt],
    ['Buying Stage', (c) => pick(c, SS_STAGE), [], opt],
    ['Intent Score', (c) => String(+c.id % 100), [], opt],
    ['Profile Fit', (c) => pick(c, SS_LEVEL), [], opt],
    ['Profile Score', (c) => String((+c.id * 3) % 100), ['b2b.personScore'], opt],
    ['Account Reach', (c) => pick(c, SS_LEVEL, 7), [], opt],
    ['Top Intent Keywords', (c) => ['zero trust; SASE', 'endpoint detection; XDR', 'SIEM; log management', ''][+c.id % 4], []],
    ['In CRM', (c) => (+c.id % 3 ? 'Yes' : 'No'), [], opt],
    ['Last Updated', (c) => isoDay(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'demandbase-people-export-en', product: 'Demandbase One (Accounts > a list > People > Export, CSV; English UI, a US HR-software vendor\'s marketing ops)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Demandbase Person ID', (c) => String(40000000 + +c.id * 31), B2BID],
    ['Full Name', (c) => c.full, ['person.name.fullName']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Job Level', (c) => pick(c, DB_JL), [], opt],
    ['Job Function', (c) => pick(c, DEPT, 5), ['extendedWorkDetails.departments[0]'], opt],
    ['Email Address', (c) => proMail(c), ['workEmail.address']],
    ['Phone Number', (c) => usPhone(c, 3), ['workPhone.number']],
    ['LinkedIn Profile', (c, o, r) => (r() < 0.8 ? li(c) : ''), []],
    ['City', (c) => c.city, at([...WORK, ...HOME], 'city'), opt],
    ['State', (c) => pick(c, US_STATE, 3), [...at([...WORK, ...HOME], 'stateProvince'), ...at([...WORK, ...HOME], 'state')], opt],
    ['Country', () => 'United States', at([...WORK, ...HOME], 'country'), opt],
    ['Account Name', (c) => c.company, CO],
    ['Account Domain', (c) => dom(c), ['b2b.companyWebsite']],
    ['Demandbase Account ID', (c) => String(100000 + (+c.id * 17) % 900000), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Industry', (c) => pick(c, INDUSTRY), []],
    ['Employee Count', (c) => String(40 + (+c.id % 60) * 97), []],
    ['Annual Revenue', (c) => String((+c.id % 90 + 5) * 1000000), []],
    ['Journey Stage', (c) => ['Qualified', 'Engaged', 'Opportunity', 'Customer', 'Qualified'][+c.id % 5], [], opt],
    ['Engagement Minutes (3 mo.)', (c) => String(+c.id % 240), [], opt],
    ['Intent Keywords', (c) => ['HRIS; payroll software', 'employee onboarding', '', 'performance management; HRIS'][+c.id % 4], []],
    ['Qualification Score', (c) => String(+c.id % 100), ['b2b.personScore'], opt],
    ['Last Verified Date', (c) => f.us(c.updated), [], opt],
  ] },
  { name: 'albacross-contacts-export-en', product: 'Albacross (Contacts > Export CSV; English UI, a Swedish SaaS vendor: decision makers at companies that visited its website)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Company', (c) => c.company, CO],
    ['Domain', (c) => dom(c), ['b2b.companyWebsite']],
    ['Industry', (c) => pick(c, INDUSTRY, 3), []],
    ['Employees', (c) => pick(c, SIZE), []],
    ['Company Country', (c) => ['Sweden', 'Germany', 'United Kingdom', 'Netherlands', 'Denmark'][+c.id % 5], ['workAddress.country'], opt],
    ['Company City', (c) => ['Stockholm', 'Berlin', 'London', 'Amsterdam', 'Copenhagen'][+c.id % 5], ['workAddress.city'], opt],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => pick(c, SENIORITY, 3), [], opt],
    ['Department', (c) => pick(c, DEPT), ['extendedWorkDetails.departments[0]']],
    ['Email', (c, o, r) => (r() < 0.7 ? proMail(c) : ''), ['workEmail.address']],
    ['Email Status', (c) => ['Verified', 'Verified', 'Catch-all', 'Verified'][+c.id % 4], ['workEmail.status'], opt],
    ['LinkedIn', (c) => li(c), []],
    ['Visits', (c) => String(1 + +c.id % 9), []],
    ['Page Views', (c) => String(2 + +c.id % 31), []],
    ['First Visit', (c) => f.ymdhms(Math.min(c.created, c.updated)), [], opt],
    ['Last Visit', (c) => f.ymdhms(Math.max(c.created, c.updated)), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['Visited Pages', (c) => pick(c, AC_PAGES), []],
    ['Intent Score', (c) => String(+c.id % 100), [], opt],
    ['Source', (c) => ['Google / organic', 'LinkedIn Ads', 'Direct', 'Google Ads', 'Newsletter'][+c.id % 5], [], opt],
  ] },
  { name: 'vainu-contacts-export-en', product: 'Vainu (Lists > Download > Contacts, Excel; English UI, a Finnish IT-services company prospecting Finnish firms)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Company name', (c) => fi(c).co, CO],
    ['Business ID', (c) => ytunnus(c), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Website', (c) => `www.${slug(fi(c).co).replace(/oyj?$/, '').slice(0, 16)}.fi`, ['b2b.companyWebsite']],
    ['Industry (TOL 2008)', (c) => ['62020 Atk-laitteisto- ja ohjelmistokonsultointi', '46690 Muiden koneiden ja laitteiden tukkukauppa', '41200 Asuin- ja muiden rakennusten rakentaminen', '49410 Tieliikenteen tavarankuljetus'][+c.id % 4], []],
    ['Turnover (EUR)', (c) => String((+c.id % 80 + 2) * 250000), []],
    ['Staff', (c) => String(5 + +c.id % 400), []],
    ['Visiting address', (c) => `${['Mannerheimintie', 'Hämeenkatu', 'Tekniikantie', 'Kauppakatu'][+c.id % 4]} ${+c.id % 60 + 1}`, ['workAddress.street1']],
    ['Postal code', (c) => fi(c).city[1], ['workAddress.postalCode']],
    ['City', (c) => fi(c).city[0], ['workAddress.city']],
    ['First name', (c) => fi(c).first, ['person.name.firstName']],
    ['Last name', (c) => fi(c).last, ['person.name.lastName']],
    ['Title', (c) => ['Toimitusjohtaja', 'IT-päällikkö', 'CFO', 'Head of Procurement', 'Talousjohtaja'][+c.id % 5], ['extendedWorkDetails.jobTitle']],
    ['Role', (c) => ['Management', 'IT', 'Finance', 'Purchasing', 'Finance'][+c.id % 5], ['extendedWorkDetails.departments[0]'], opt],
    ['Email', (c, o, r) => (r() < 0.75 ? fiMail(c) : ''), ['workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? `+358 ${['40', '50', '44', '45'][+c.id % 4]} ${(+c.id * 3) % 900 + 100} ${pad(+c.id % 10000, 4)}` : ''), ['workPhone.number', 'mobilePhone.number']],
    ['LinkedIn', (c, o, r) => (r() < 0.5 ? `https://www.linkedin.com/in/${slug(fi(c).first)}${slug(fi(c).last)}` : ''), []],
    ['Vainu tags', (c) => ['Growing, Hiring', 'Uses Microsoft 365', 'Hiring', '', 'Public sector supplier'][+c.id % 5], []],
    ['Last updated', (c) => fiDate(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'europages-suppliers-export-en', product: 'Europages (My account > My suppliers > Export, CSV; English UI, a Dutch food-packaging buyer\'s saved supplier contacts)', family: 'b2b', language: 'en', schema: B, cols: [
    ['Company name', (c) => ep(c)[0], CO],
    ['Contact person', (c) => c.full, ['person.name.fullName']],
    ['Position', (c) => ['Export Sales Manager', 'Sales Director', 'Key Account Manager', 'Managing Director'][+c.id % 4], ['extendedWorkDetails.jobTitle']],
    ['Address', (c) => `${['Industriestraße', 'ZI des Platières', 'Via dell\'Industria', 'Polígono Fuente del Jarro', 'ul. Przemysłowa', 'Ringbaan Oost'][+c.id * 3 % 6]} ${+c.id % 90 + 1}`, ['workAddress.street1']],
    ['Postcode', (c) => ep(c)[3], ['workAddress.postalCode']],
    ['City', (c) => ep(c)[2], ['workAddress.city']],
    ['Country', (c) => ep(c)[1], ['workAddress.country']],
    ['Phone', (c) => `${ep(c)[4]}${(+c.id % 9000) + 1000} ${pad(+c.id % 100)}`, ['workPhone.number']],
    ['Website', (c) => `www.${slug(ep(c)[0]).slice(0, 16)}.com`, ['b2b.companyWebsite']],
    ['Europages profile', (c) => `https://www.europages.co.uk/${ep(c)[0].replace(/[^A-Za-z]+/g, '-').toUpperCase().replace(/-$/, '')}/0000${+c.id % 90000}.html`, []],
    ['Main activity', (c) => pick(c, EP_ACT), []],
    ['Company type', (c) => pick(c, EP_TYPE), [], opt],
    ['Year established', (c) => String(1950 + +c.id % 70), []],
    ['Employees', (c) => ['20-49', '50-99', '100-249', '250-499', '10-19'][+c.id % 5], []],
    ['Certifications', (c) => ['ISO 9001, BRC Packaging', 'FSC', '', 'ISO 22000'][+c.id % 4], []],
    ['Languages spoken', (c) => ['English, German', 'English, French', 'English, Italian', 'English, Spanish'][+c.id % 4], [], opt],
    ['Saved on', (c) => f.eu(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Notes', (c) => ['', 'Asked for MOQ', 'Sample received 03/2024', ''][+c.id % 4], []],
  ] },
  { name: 'kompass-export-dirigeants-fr', product: 'Kompass EasyBusiness (Résultats > Exporter, Excel; French UI, a French industrial-equipment maker\'s list of companies with one executive each)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Raison sociale', (c) => `${c.company.split(' ')[0]} ${['Industrie', 'Mécanique', 'Technologies', 'Plast'][+c.id % 4]} ${['SAS', 'SARL', 'SA'][+c.id % 3]}`, CO],
    ['Numéro Kompass', (c) => `FR${pad(+c.id % 10000000, 7)}`, ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['SIREN', (c) => frGroup(siren(c)), ['b2b.accountID'], opt],
    ['SIRET', (c) => `${siren(c)}000${(+c.id % 9) + 1}${+c.id % 10}`, [], opt],
    ['Code NAF', (c) => pick(c, KP_NAF)[0], []],
    ['Libellé NAF', (c) => pick(c, KP_NAF)[1], []],
    ['Adresse', (c) => c.street, ['workAddress.street1']],
    ['Code postal', (c) => c.postcode, ['workAddress.postalCode']],
    ['Ville', (c) => c.city, ['workAddress.city']],
    ['Département', (c) => c.postcode.slice(0, 2), [], opt],
    ['Région', (c) => c.region, ['workAddress.region', 'workAddress.stateProvince', 'workAddress.state'], opt],
    ['Pays', () => 'France', ['workAddress.country']],
    ['Téléphone', (c) => c.phone, ['workPhone.number']],
    ['Site internet', (c) => `www.${dom(c).replace('.com', '.fr')}`, ['b2b.companyWebsite']],
    ['Effectif', (c) => pick(c, KP_EFF), []],
    ["Chiffre d'affaires", (c) => pick(c, KP_CA, 3), []],
    ['Année de création', (c) => String(1960 + +c.id % 60), []],
    ['Civilité', (c) => (c.female ? 'Mme' : 'M.'), ['person.name.courtesyTitle']],
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last.toUpperCase(), ['person.name.lastName']],
    ['Fonction', (c) => pick(c, KP_FCT), ['extendedWorkDetails.jobTitle']],
    ['E-mail dirigeant', (c, o, r) => (r() < 0.6 ? `${slug(c.first)[0]}.${slug(c.last)}@${dom(c).replace('.com', '.fr')}` : ''), ['workEmail.address']],
    ['E-mail générique', (c) => `contact@${dom(c).replace('.com', '.fr')}`, [], opt],
    ['Date de mise à jour', (c) => f.eu(c.updated), ['extSourceSystemAudit.lastUpdatedDate'], opt],
  ] },
  { name: 'dnb-hoovers-contacts-export-en', product: 'D&B Hoovers (Contacts > Build a list > Export, CSV; English UI, a US freight broker\'s prospecting list)', family: 'b2b', language: 'en', schema: B, cols: [
    ['D-U-N-S Number', (c) => duns(c), ['b2b.accountID', 'b2b.accountKey.sourceID'], opt],
    ['Company Name', (c) => c.company, CO],
    ['Contact ID', (c) => String(700000000 + +c.id * 101), B2BID],
    ['Prefix', (c) => (c.female ? 'Ms.' : 'Mr.'), ['person.name.courtesyTitle']],
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Middle Name', (c) => ['', 'J.', '', 'A.', ''][+c.id % 5], ['person.name.middleName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Suffix', (c) => ['', '', 'Jr.', '', '', 'III'][+c.id % 6], ['person.name.suffix']],
    ['Job Title', (c) => c.job, ['extendedWorkDetails.jobTitle']],
    ['Management Level', (c) => pick(c, DH_LVL), [], opt],
    ['Department', (c) => pick(c, DEPT, 3), ['extendedWorkDetails.departments[0]']],
    ['Email Address', (c, o, r) => (r() < 0.8 ? proMail(c) : ''), ['workEmail.address']],
    ['Direct Phone', (c, o, r) => (r() < 0.6 ? usPhone(c, 4).replace('+1 ', '') : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o, r) => (r() < 0.25 ? usPhone(c, 9).replace('+1 ', '') : ''), ['mobilePhone.number']],
    ['Company Phone', (c) => usPhone(c, 1).replace('+1 ', ''), [], opt],
    ['Address Line 1', (c) => c.street, ['workAddress.street1']],
    ['City', (c) => c.city, ['workAddress.city']],
    ['State Or Province', (c) => pick(c, US_STATE, 5), ['workAddress.stateProvince', 'workAddress.state']],
    ['Postal Code', (c) => c.postcode, ['workAddress.postalCode']],
    ['Country/Region', () => 'United States', ['workAddress.country']],
    ['URL', (c) => `www.${dom(c)}`, ['b2b.companyWebsite']],
    ['Primary US SIC Code', (c) => pick(c, SIC)[0], []],
    ['Primary US SIC Description', (c) => pick(c, SIC)[1], []],
    ['Employees (All Sites)', (c) => String(25 + (+c.id % 300) * 11), []],
    ['Sales (USD)', (c) => (((+c.id % 900) + 10) * 123456.78).toFixed(2), []],
    ['Ownership Type', (c) => ['Private', 'Private', 'Public', 'Partnership'][+c.id % 4], []],
    ['Entity Type', (c) => ['Headquarters', 'Single Location', 'Branch', 'Headquarters'][+c.id % 4], []],
  ] },
  { name: 'lagrowthmachine-leads-fr', product: 'La Growth Machine (Audiences > une audience > Exporter en CSV; French UI, a Paris recruitment-software start-up\'s outbound leads with their campaign status)', family: 'b2b', language: 'fr', schema: B, cols: [
    ['Prénom', (c) => c.first, ['person.name.firstName']],
    ['Nom', (c) => c.last, ['person.name.lastName']],
    ['Genre', (c) => (c.female ? 'Femme' : 'Homme'), ['person.gender'], opt],
    ['Email pro', (c, o, r) => (r() < 0.7 ? proMail(c).replace('.com', '.fr') : ''), ['workEmail.address']],
    ['Email perso', (c, o, r) => (r() < 0.2 ? c.email : ''), [], opt],
    ['Téléphone', (c, o, r) => (r() < 0.3 ? c.mobile : ''), ['mobilePhone.number', 'workPhone.number']],
    ['Poste', (c) => ['DRH', 'Talent Acquisition Manager', 'Responsable recrutement', 'Head of People', 'Chargée RH'][+c.id % 5], ['extendedWorkDetails.jobTitle']],
    ['Entreprise', (c) => c.company, CO],
    ["Site web de l'entreprise", (c) => `https://www.${dom(c).replace('.com', '.fr')}`, ['b2b.companyWebsite']],
    ["Secteur de l'entreprise", (c) => pick(c, INDUSTRY, 3), []],
    ['Localisation', (c) => `${c.city}, ${c.region}, France`, [], opt],
    ['URL LinkedIn', (c) => li(c), []],
    ['Twitter', (c) => (+c.id % 5 === 0 ? `@${slug(c.first)}${slug(c.last).slice(0, 4)}` : ''), []],
    ['Audience', (c) => pick(c, LGM_AUD), [], opt],
    ['Campagne', (c) => pick(c, LGM_CMP), [], opt],
    ['Statut', (c) => pick(c, LGM_ST), ['b2b.personStatus'], opt],
    ['Relation LinkedIn', (c) => (+c.id % 3 ? 'Connecté' : 'Invitation envoyée'), [], opt],
    ['A répondu', (c) => (+c.id % 4 === 0 ? 'Oui' : 'Non'), [], opt],
    ['Email ouvert', (c) => (+c.id % 2 ? 'Oui' : 'Non'), [], opt],
    ['Ajouté le', (c) => frTime(c.created), ['extSourceSystemAudit.createdDate'], opt],
    ['Dernière action', (c) => frTime(c.updated), ['extSourceSystemAudit.lastActivityDate'], opt],
  ] },

  // ---------------------------------------------------------------- Québec email and marketing tools (fr-CA)
  { name: 'cyberimpact-contacts-fr-ca', product: 'Cyberimpact (Contacts > Exporter, CSV; French (Canada) UI, a Québec garden centre\'s newsletter with the CASL consent fields)', family: 'email', language: 'fr', schema: P, cols: [
    ['Courriel', (c) => qc(c).email, ['personalEmail.address']],
    ['Prénom', (c) => qc(c).first, ['person.name.firstName']],
    ['Nom', (c) => qc(c).last, ['person.name.lastName']],
    ['Entreprise', (c) => (+c.id % 7 === 0 ? c.company : ''), ['organizations[0]'], opt],
    ['Code postal', (c) => qc(c).cp, at(HOME, 'postalCode')],
    ['Langue', (c) => (+c.id % 6 === 0 ? 'en_ca' : 'fr_ca'), [], opt],
    ['Date de naissance', (c) => (+c.id % 3 === 0 ? isoDay(c.birth) : ''), ['person.birthDate']],
    ['Genre', (c) => (+c.id % 4 === 2 ? '' : qc(c).fem ? 'Femme' : 'Homme'), ['person.gender'], opt],
    ['Note', (c) => ['', '', 'Carte Privilège', 'A gagné le concours 2023'][+c.id % 4], []],
    ['Groupes', (c) => pick(c, CY_GRP), []],
    ['Type de consentement', (c) => pick(c, CY_CONS), [], opt],
    ['Date du consentement', (c) => qcDate(c.created), [], opt],
    ['Source du consentement', (c) => pick(c, CY_SRC), [], opt],
    ["Preuve du consentement", (c) => (pick(c, CY_CONS) === 'Tacite' ? 'Achat du ' + qcDate(c.created) : 'IP 24.48.' + (+c.id % 255) + '.' + (+c.id % 200)), [], opt],
    ["Date d'expiration du consentement", (c) => (pick(c, CY_CONS) === 'Tacite' ? qcDate(c.created + 2 * 365 * 86400000) : ''), [], opt],
    ['Statut', (c) => ['Actif', 'Actif', 'Actif', 'Désabonné', 'Rebond permanent'][+c.id % 5], [], opt],
    ["Date d'ajout", (c) => qcSec(c.created), [], opt],
    ['Dernière modification', (c) => qcSec(Math.max(c.created, c.updated)), [], opt],
  ] },
  { name: 'dialoginsight-contacts-fr-ca', product: 'Dialog Insight (Configuration > Imports / Exports > export of a project\'s contacts, CSV; French (Canada) UI, a Québec credit union\'s marketing database with project fields)', family: 'marketing', language: 'fr', schema: P, cols: [
    ['ID contact', (c) => String(2000000 + +c.id), ['_id', 'personID']],
    ['No membre', (c) => `${815}-${pad(+c.id % 100000, 5)}`, [], opt],
    ['Courriel', (c) => qc(c).email, ['personalEmail.address']],
    ['Prénom', (c) => qc(c).first, ['person.name.firstName']],
    ['Nom', (c) => qc(c).last, ['person.name.lastName']],
    ['Sexe', (c) => (qc(c).fem ? 'F' : 'M'), ['person.gender']],
    ['Langue de correspondance', (c) => (+c.id % 5 === 0 ? 'Anglais' : 'Français'), [], opt],
    ['Date de naissance', (c) => isoDay(c.birth), ['person.birthDate']],
    ['Téléphone résidence', (c, o, r) => (r() < 0.5 ? qc(c).tel : ''), ['homePhone.number']],
    ['Téléphone cellulaire', (c) => qc(c).cell, ['mobilePhone.number']],
    ['Adresse', (c) => qc(c).street, at(HOME, 'street1')],
    ['Ville', (c) => qc(c).city, at(HOME, 'city')],
    ['Province', () => 'QC', [...at(HOME, 'stateProvince'), ...at(HOME, 'state')]],
    ['Code postal', (c) => qc(c).cp, at(HOME, 'postalCode')],
    ['Pays', () => 'Canada', at(HOME, 'country')],
    ['Segment', (c) => pick(c, DI_SEG), [], opt],
    ['Abonné infolettre', (c) => (c.bool ? 'Oui' : 'Non'), [], opt],
    ['Abonné offres', (c) => (!c.bool ? 'Oui' : 'Non'), [], opt],
    ["Date d'abonnement", (c) => qcTime(c.created), [], opt],
    ['Dernière ouverture', (c, o, r) => (r() < 0.7 ? qcTime(Math.max(c.created, c.updated)) : ''), [], opt],
    ['Dernier clic', (c, o, r) => (r() < 0.4 ? qcTime(Math.max(c.created, c.updated)) : ''), [], opt],
    ["Indice d'engagement", (c) => String(+c.id % 6), [], opt],
    ['Source', (c) => ['Formulaire site web', 'Succursale', 'Importation AccèsD', 'Concours'][+c.id % 4], [], opt],
    ['Date de création', (c) => qcSec(c.created), [], opt],
    ['Date de modification', (c) => qcSec(Math.max(c.created, c.updated)), [], opt],
  ] },

  // ---------------------------------------------------------------- loyalty platforms
  { name: 'capillary-loyalty-members-en', product: 'Capillary Technologies InTouch (Member Care / Insights+ > customer export, CSV; English UI, an Indian fashion retailer\'s loyalty members, INR)', family: 'loyalty', language: 'en', schema: P, cols: [
    ['user_id', (c) => String(300000000 + +c.id * 37), ['_id', 'personID']],
    ['mobile', (c) => inMob(c), ['mobilePhone.number']],
    ['email', (c, o, r) => (r() < 0.7 ? `${slug(pick(c, IN_FIRST))}.${slug(pick(c, IN_LAST, 3))}${+c.id % 90}@${['gmail.com', 'yahoo.co.in', 'rediffmail.com'][+c.id % 3]}` : ''), ['personalEmail.address']],
    ['external_id', (c) => `LC${pad(+c.id % 10000000, 8)}`, ['loyalty.loyaltyID[0]', 'loyalty.cardsDetails[0].number'], opt],
    ['firstname', (c) => pick(c, IN_FIRST), ['person.name.firstName']],
    ['lastname', (c) => pick(c, IN_LAST, 3), ['person.name.lastName']],
    ['gender', (c) => (IN_FIRST.indexOf(pick(c, IN_FIRST)) % 2 ? 'F' : 'M'), ['person.gender']],
    ['date_of_birth', (c) => isoDay(c.birth), ['person.birthDate']],
    ['city', (c) => pick(c, IN_CITY, 7), at(HOME, 'city')],
    ['loyalty_type', (c) => (+c.id % 8 === 0 ? 'non_loyalty' : 'loyalty'), [], opt],
    ['registered_on', (c) => ist(c.created), ['loyalty.joinDate']],
    ['registered_store', (c) => pick(c, IN_STORE), [], opt],
    ['current_slab', (c) => pick(c, CP_SLAB), ['loyalty.tier']],
    ['slab_expiry_date', (c) => isoDay(Math.max(c.created, c.updated) + 365 * 86400000), ['loyalty.tierExpiryDate']],
    ['loyalty_points', (c) => String(cpPts(c)), ['loyalty.points']],
    ['lifetime_points', (c) => String(cpPts(c) + cpUsed(c) + (+c.id % 5) * 50), ['loyalty.lifetimePoints']],
    ['points_redeemed', (c) => String(cpUsed(c)), ['loyalty.pointsRedeemed']],
    ['points_expired', (c) => String((+c.id % 5) * 50), ['loyalty.expiredPoints']],
    ['lifetime_purchases', (c) => ((+c.id % 90) * 1249.5 + 799).toFixed(2), ['loyalty.lifetimePurchases']],
    ['number_of_visits', (c) => String(1 + +c.id % 30), []],
    ['last_trans_date', (c) => ist(Math.max(c.created, c.updated)), [], opt],
    ['source', (c) => ['INSTORE', 'INSTORE', 'WEBSITE', 'MOBILE_APP'][+c.id % 4], [], opt],
    ['email_subscribed', (c) => (c.bool ? '1' : '0'), [], opt],
    ['sms_subscribed', (c) => (+c.id % 5 ? '1' : '0'), [], opt],
    ['fraud_status', (c) => (+c.id % 23 === 0 ? 'MARKED' : 'NONE'), [], opt],
  ] },
  { name: 'eagleeye-air-wallet-transactions-en', product: 'Eagle Eye AIR (AIR Dashboard > Reports > Wallet Transactions > Export, CSV; English UI, a UK supermarket\'s loyalty scheme, GBP)', family: 'loyalty', language: 'en', schema: E, cols: [
    ['Wallet Transaction ID', (c, o) => String(880000000 + +o.id * 53), ['_id'], opt],
    ['Wallet ID', (c) => String(120000000 + +c.id * 7), [], opt],
    ['Parent Transaction Reference', (c, o) => `${pick(c, EE_LOC).slice(6, 10)}-${pad(+o.id % 1000, 3)}-${200000 + +o.id}`, [OR('purchaseID')]],
    ['Status', (c, o) => eeSt(o), [], opt],
    ['Type', (c, o) => (eeSt(o) === 'REFUNDED' ? 'REFUND' : 'SPEND'), ['eventType'], opt],
    ['Location', (c) => pick(c, EE_LOC), ['commerce.commerceScope.storeCode'], opt],
    ['Channel', (c) => (pick(c, EE_LOC).startsWith('ONLINE') ? 'ONLINE' : 'STORE'), [], opt],
    ['Date Created', (c, o) => ukTime(o.at), ['timestamp', OR('createdDate')]],
    ['Date Updated', (c, o) => ukTime(o.at + 3600000 * (+o.id % 48)), [OR('lastUpdatedDate')], opt],
    ['Basket Total (£)', (c, o) => eeBasket(o).toFixed(2), [OR('priceTotal')]],
    ['Total Discount (£)', (c, o) => (o.discount ? 2.5 + (+o.id % 4) : 0).toFixed(2), [OR('discountAmount')]],
    ['Points Earned', (c, o) => String(Math.floor(eeBasket(o))), []],
    ['Points Spent', (c, o) => String(+o.id % 7 === 0 ? 500 : 0), []],
    ['Currency', () => 'GBP', [OR('currencyCode')]],
    ['Campaign ID', (c, o) => (o.discount ? String(1200 + +o.id % 40) : ''), ['commerce.promotionID'], opt],
    ['Campaign Name', (c, o) => (o.discount ? ['£2.50 off £25 spend', 'Double points on fresh', '4x points weekend'][+o.id % 3] : ''), [], opt],
    ['Tender Type', (c, o) => ['CARD', 'CARD', 'CASH', 'CONTACTLESS', 'GIFTCARD'][+o.id % 5], [OR('payments[0].paymentType')], opt],
    ['Items', (c, o) => String(o.qty * 4), [], opt],
    ['Operator', (c, o) => (pick(c, EE_LOC).startsWith('ONLINE') ? 'api-ecom' : `till-${pad(+o.id % 24 + 1)}`), []],
  ] },
]
