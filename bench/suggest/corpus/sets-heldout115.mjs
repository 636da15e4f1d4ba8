// Round 115, heldout115: held-out sets written apart by a helper that never opened the suggester or a score. Same
// format as sets.mjs (sources in ../README.md). English-language exports from Nigeria, Malaysia, South Africa, the
// Philippines, India, the UK, Australia, Kenya and the US: an SMS/WhatsApp gateway's message history, a parcel
// aggregator's shipments, an event-ticketing guest list, a payment gateway's transactions, a restaurant
// online-ordering hub's orders, a UK shipping platform's shipments, a practice-management patient export, an e-mail
// marketing contact export, a social-commerce shop's customers, a B2B marketplace's buyer enquiries, a law-firm
// relationship CRM's contacts and a lead-list tool's prospects. Headers follow each product's public API or help
// pages where found (Termii delivery reports, EasyParcel order API, Bux checkout API, Cliniko patient fields and data
// export, Nexl help centre) and the writer's knowledge of the product's UI otherwise.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, at, opt } from './sets.mjs'
import { pad, shift, row } from './values.mjs'
import { slug } from './values.mjs'

const day = 86400000
const month = (ms) => new Date(ms).getUTCMonth() + 1
// local times written without offset
const wat = (ms) => shift(ms, 1) // Lagos
const myt = (ms) => shift(ms, 8) // Kuala Lumpur / Manila
const sast = (ms) => shift(ms, 2) // Johannesburg
const ist = (ms) => shift(ms, 5.5) // India
const uk = (ms) => shift(ms, [4, 5, 6, 7, 8, 9, 10].includes(month(ms)) ? 1 : 0) // London, BST approx.
const mel = (ms) => shift(ms, [4, 5, 6, 7, 8, 9].includes(month(ms)) ? 10 : 11) // Melbourne / Sydney
const bne = (ms) => shift(ms, 10) // Brisbane, no DST
const eat = (ms) => shift(ms, 3) // Nairobi
const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
const dmy = (p, s = '/') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
const h12 = (p) => `${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}`
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const bd = (ms) => v.parts(ms)
const money = (n) => (Math.round(n * 100) / 100).toFixed(2)
const thou = (n) => { const [a, b] = money(n).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${b}` }
const later = (c) => c.created + ((+c.id % 400) + 5) * day + (+c.id % 70000) * 1000

const EMAIL_ID = ['endUserIDs._experience.emailid.id']
const PHONE_ID = ['endUserIDs._experience.phonenumberid.id']
const STATE = (objs) => [...at(objs, 'stateProvince'), ...at(objs, 'state')]
const W = (leaf) => `workAddress.${leaf}`
const CO = ['b2b.companyName', 'organizations[0]']
const WE = ['workEmail.address', 'personalEmail.address']
const SHIPADDR = ['shippingAddress', ...HOME]

// ---------------------------------------------------------------- local people, seeded by the row's person
// first: [male, female]; places: [city/suburb, postcode, region]; mobile: [national display, digits with country code]
const LOC = {
  ng: { first: [['Chinedu', 'Ngozi'], ['Oluwaseun', 'Funmilayo'], ['Ibrahim', 'Aisha'], ['Emeka', 'Chiamaka'], ['Tunde', 'Yetunde'], ['Musa', 'Hauwa'], ['Femi', 'Bukola']],
    last: ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Ogunleye', 'Nwosu', 'Abubakar', 'Okonkwo', 'Balogun'],
    places: [['Ikeja', '100271', 'Lagos'], ['Lekki', '106104', 'Lagos'], ['Surulere', '101283', 'Lagos'], ['Wuse II', '900288', 'FCT'], ['Port Harcourt', '500272', 'Rivers'], ['Ibadan', '200284', 'Oyo'], ['Enugu', '400281', 'Enugu']],
    mobile: (r) => { const pre = v.pick(r, ['803', '806', '813', '816', '703', '805', '807', '815', '802', '808', '812', '809', '817']); const n = v.int(r, 1000000, 9999999); return [`0${pre}${n}`, `234${pre}${n}`] },
    mail: ['gmail.com', 'yahoo.com', 'gmail.com', 'outlook.com'] },
  my: { full: [['Muhammad Hafiz bin Abdullah', 'Nurul Aina binti Rahman'], ['Amirul Hakim Zainal', 'Siti Aishah Mohd Yusof'], ['Tan Wei Ming', 'Lim Mei Ling'], ['Wong Kok Leong', 'Chong Pei Shan'], ['Rajesh a/l Subramaniam', 'Kavitha a/p Raman'], ['Mohd Firdaus Ismail', 'Farah Nabilah Azmi']],
    places: [['Shah Alam', '40150', 'Selangor'], ['Petaling Jaya', '47301', 'Selangor'], ['Kuala Lumpur', '50450', 'Wilayah Persekutuan Kuala Lumpur'], ['Johor Bahru', '81100', 'Johor'], ['George Town', '10450', 'Pulau Pinang'], ['Ipoh', '30250', 'Perak'], ['Kota Kinabalu', '88300', 'Sabah'], ['Kuching', '93350', 'Sarawak'], ['Seremban', '70200', 'Negeri Sembilan']],
    street: (r) => `${v.pick(r, ['No. ', 'Lot ', ''])}${v.int(r, 1, 88)}, ${v.pick(r, ['Jalan Setia Murni U13/52', 'Jalan SS 2/24', 'Jalan Bukit Bintang', 'Jalan Harmonium 23/14', 'Lorong Kenari 3', 'Jalan Tun Razak', 'Persiaran Bayan Indah'])}`,
    street2: (r) => v.pick(r, ['Taman Setia Alam', 'Seksyen 13', 'Taman Desa Tebrau', '', 'Bandar Baru Bangi', '', 'Taman Tun Dr Ismail']),
    mobile: (r) => { const pre = v.pick(r, ['12', '13', '16', '17', '19', '11']); const n = pre === '11' ? v.int(r, 10000000, 69999999) : v.int(r, 1000000, 9999999); return [`0${pre}${n}`, `60${pre}${n}`] },
    mail: ['gmail.com', 'yahoo.com', 'hotmail.com', 'gmail.com'] },
  za: { first: [['Thabo', 'Lerato'], ['Sipho', 'Nomvula'], ['Pieter', 'Annelie'], ['Johan', 'Marlize'], ['Ayanda', 'Zanele'], ['Kyle', 'Megan'], ['Riaan', 'Chantelle'], ['Mohammed', 'Fatima']],
    last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Naidoo', 'Mokoena', 'Pillay', 'Khumalo', 'Jacobs', 'Steyn'],
    places: [['Sandton', '2196', 'Gauteng'], ['Randburg', '2194', 'Gauteng'], ['Pretoria', '0181', 'Gauteng'], ['Cape Town', '8001', 'Western Cape'], ['Stellenbosch', '7600', 'Western Cape'], ['Durbanville', '7550', 'Western Cape'], ['Umhlanga', '4319', 'KwaZulu-Natal'], ['Gqeberha', '6001', 'Eastern Cape'], ['Bloemfontein', '9301', 'Free State']],
    street: (r) => `${v.int(r, 1, 140)} ${v.pick(r, ['Rivonia Road', 'Main Road', 'Jan Smuts Avenue', 'Dorp Street', 'Long Street', 'Musgrave Road', 'Church Street', 'Kloof Street'])}`,
    mobile: (r) => { const pre = v.pick(r, ['82', '83', '72', '73', '76', '79', '61', '84']); const a = v.int(r, 100, 999), b = v.int(r, 1000, 9999); return [`0${pre} ${a} ${b}`, `27${pre}${a}${b}`] },
    mail: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com', 'icloud.com'] },
  ph: { first: [['Juan Carlo', 'Maria Angelica'], ['Mark Anthony', 'Kristine'], ['John Paul', 'Maricel'], ['Jerome', 'Patricia'], ['Rommel', 'Joy'], ['Paolo', 'Camille']],
    last: ['Dela Cruz', 'Santos', 'Reyes', 'Garcia', 'Mendoza', 'Bautista', 'Villanueva', 'Aquino', 'Ramos'],
    places: [['Quezon City', '1103', 'Metro Manila'], ['Makati', '1226', 'Metro Manila'], ['Pasig', '1605', 'Metro Manila'], ['Cebu City', '6000', 'Cebu'], ['Davao City', '8000', 'Davao del Sur'], ['Antipolo', '1870', 'Rizal']],
    mobile: (r) => { const pre = v.pick(r, ['917', '918', '927', '966', '977', '995', '998', '908', '919']); const n = v.int(r, 1000000, 9999999); return [`0${pre}${n}`, `63${pre}${n}`] },
    mail: ['gmail.com', 'yahoo.com', 'gmail.com'] },
  in: { first: [['Rahul', 'Priya'], ['Amit', 'Sneha'], ['Arjun', 'Ananya'], ['Vikram', 'Pooja'], ['Rohan', 'Neha'], ['Karthik', 'Divya'], ['Suresh', 'Lakshmi'], ['Harsh', 'Kavya']],
    last: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Mehta', 'Shah', 'Rao'],
    places: [['Bengaluru', '560034', 'Karnataka'], ['Mumbai', '400053', 'Maharashtra'], ['Hyderabad', '500081', 'Telangana'], ['Pune', '411014', 'Maharashtra'], ['Chennai', '600017', 'Tamil Nadu'], ['New Delhi', '110017', 'Delhi'], ['Ahmedabad', '380015', 'Gujarat'], ['Kochi', '682024', 'Kerala'], ['Jaipur', '302017', 'Rajasthan'], ['Indore', '452010', 'Madhya Pradesh']],
    mobile: (r) => { const n = `${v.pick(r, ['98', '99', '97', '96', '88', '87', '70', '63'])}${v.int(r, 10000000, 99999999)}`; return [n, `91${n}`] },
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'] },
  uk: { first: [['Oliver', 'Amelia'], ['George', 'Isla'], ['Harry', 'Ava'], ['Jack', 'Emily'], ['Callum', 'Sophie'], ['Thomas', 'Grace'], ['Aidan', 'Niamh']],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Hughes', 'Patel', 'Walsh', 'Roberts', 'Thompson'],
    places: [['Harrogate', 'HG1 2RS', 'North Yorkshire', ''], ['Leeds', 'LS6 2AB', 'West Yorkshire', 'Headingley'], ['Manchester', 'M20 2LN', 'Greater Manchester', 'Didsbury'], ['Bristol', 'BS6 5QA', '', 'Redland'], ['Bath', 'BA1 5LR', 'Somerset', ''], ['London', 'SE15 4QL', '', 'Peckham'], ['Cardiff', 'CF24 3AA', 'South Glamorgan', 'Roath'], ['Edinburgh', 'EH6 8RG', 'Midlothian', 'Leith'], ['Norwich', 'NR2 3DB', 'Norfolk', '']],
    street: (r) => `${v.int(r, 1, 180)} ${v.pick(r, ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Avenue', 'Queens Road'])}`,
    mobile: (r) => { const n = `7${v.int(r, 400, 999)}${v.int(r, 100000, 999999)}`; return [`0${n.slice(0, 4)} ${n.slice(4)}`, `44${n}`] },
    mail: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'] },
  au: { first: [['Jack', 'Charlotte'], ['Liam', 'Olivia'], ['Noah', 'Mia'], ['Lachlan', 'Isla'], ['Cooper', 'Chloe'], ['Hamish', 'Georgia']],
    last: ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', "O'Brien", 'Murphy', 'Papadopoulos'],
    places: [['Fitzroy', '3065', 'VIC'], ['Richmond', '3121', 'VIC'], ['Brunswick', '3056', 'VIC'], ['South Yarra', '3141', 'VIC'], ['Carlton North', '3054', 'VIC'], ['Hawthorn', '3122', 'VIC'], ['Footscray', '3011', 'VIC']],
    street: (r) => `${v.int(r, 1, 220)} ${v.pick(r, ['Brunswick Street', 'Swan Street', 'Sydney Road', 'Chapel Street', 'Rathdowne Street', 'Glenferrie Road', 'Barkly Street'])}`,
    mobile: (r) => { const a = v.int(r, 400, 499), b = v.int(r, 100, 999), c = v.int(r, 100, 999); return [`0${a} ${b} ${c}`, `61${a}${b}${c}`] },
    mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'hotmail.com'] },
  ke: { first: [['Brian', 'Faith'], ['Kevin', 'Mercy'], ['Dennis', 'Wanjiru'], ['Collins', 'Achieng'], ['Peter', 'Njeri'], ['Kelvin', 'Cynthia']],
    last: ['Otieno', 'Kamau', 'Mwangi', 'Ochieng', 'Kiprotich', 'Njoroge', 'Mutua', 'Wafula', 'Omondi'],
    // [area, town, county, delivery address]
    places: [['Westlands', 'Nairobi', 'Nairobi', 'Waiyaki Way, Mirage Towers Apt 6B'], ['Kilimani', 'Nairobi', 'Nairobi', 'Argwings Kodhek Rd, Hse 14'], ['Kasarani', 'Nairobi', 'Nairobi', 'Thika Rd, Sunrise Estate Blk C'], ['Ruaka', 'Kiambu', 'Kiambu', 'Limuru Rd, Ruaka Square'], ['Thika', 'Thika', 'Kiambu', 'Kenyatta Hwy, Section 9'], ['Nyali', 'Mombasa', 'Mombasa', 'Links Rd, Nyali Centre'], ['Milimani', 'Kisumu', 'Kisumu', 'Oginga Odinga St, Mega Plaza'], ['Section 58', 'Nakuru', 'Nakuru', 'Kenyatta Ave, Hse 22'], ['Elgon View', 'Eldoret', 'Uasin Gishu', 'Uganda Rd, Elgon View Hse 7']],
    mobile: (r) => { const pre = v.pick(r, ['712', '722', '733', '701', '110', '115', '768', '790', '745', '708']); const a = v.int(r, 100, 999), b = v.int(r, 100, 999); return [`0${pre} ${a} ${b}`, `254${pre}${a}${b}`] },
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'] },
}
const memo = new Map()
const loc = (c, cc) => {
  const k = `${cc}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 131 + c.last.length * 17 + cc.charCodeAt(0) * 13 + cc.charCodeAt(1) * 5)
  const d = LOC[cc]
  const female = r() < 0.5
  let first, last
  if (d.full) { first = v.pick(r, d.full)[female ? 1 : 0]; last = '' } else { first = v.pick(r, d.first)[female ? 1 : 0]; last = v.pick(r, d.last) }
  const [city, zip, region, locality] = v.pick(r, d.places)
  const [mobile, msisdn] = d.mobile(r)
  const fs = slug(first.split(' ')[0]), ls = slug(last || first.split(' ').slice(-1)[0])
  const p = { first, last, female, city, zip, region, locality: cc === 'ke' ? '' : locality ?? '', mobile, msisdn,
    full: last ? `${first} ${last}` : first,
    street: d.street ? d.street(r) : cc === 'ke' ? locality : '', street2: d.street2 ? d.street2(r) : '',
    email: `${fs}${v.pick(r, ['.', '', '_'])}${ls}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, d.mail)}` }
  memo.set(k, p)
  return p
}

// ---------------------------------------------------------------- catalogues
// EasyParcel: a Shah Alam baju kurung and tudung seller: [content, declared value RM]
const MY_ITEMS = [['Baju Kurung Moden', 129], ['Tudung Bawal Cotton', 35], ['Kurung Pahang Satin', 159], ['Shawl Chiffon', 45], ['Jubah Muslimah', 189], ['Telekung Travel', 79]]
const MY_COURIERS = [['J&T Express', 'J&T Express (Drop-off)'], ['Ninja Van', 'Ninja Van (Pick-up)'], ['Pos Laju', 'Pos Laju Next Day (Drop-off)'], ['DHL eCommerce', 'DHL eCommerce (Pick-up)'], ['City-Link Express', 'City-Link Express (Drop-off)']]
// Quicket: a Stellenbosch food-and-wine festival: [ticket type, price R]
const ZA_TICKETS = [['General Access - Saturday', 350], ['General Access - Sunday', 300], ['Weekend Pass', 590], ['VIP Tasting Lounge', 950], ['Kids (under 12)', 0], ['Designated Driver', 150]]
// Bux: a Quezon City bakery: [description, amount PHP]
const PH_ORDERS = [['Ube Cheese Pandesal (12 pcs) x2', 480], ['Ensaymada Box of 6', 390], ['Custom Birthday Cake 8"', 1850], ['Leche Flan Tub x3', 675], ['Pastillas Gift Box', 320], ['Mango Float Tray (Large)', 950], ['Assorted Pastries Party Tray', 1250]]
const PH_CHANNELS = [['GCash', ''], ['Maya', ''], ['7-Eleven', 'otc'], ['Cebuana Lhuillier', 'otc'], ['BPI Online', ''], ['UnionBank Online', ''], ['Palawan Express', 'otc'], ['GCash', '']]
// UrbanPiper: a Bengaluru cloud-kitchen biryani brand: [item, price INR]
const IN_MENU = [['Chicken Dum Biryani (Full)', 349], ['Mutton Biryani (Full)', 449], ['Paneer Biryani', 299], ['Chicken 65', 229], ['Double Ka Meetha', 119], ['Veg Biryani Combo', 259], ['Egg Biryani', 249]]
const BLR = [['Koramangala 5th Block', '560095'], ['HSR Layout Sector 2', '560102'], ['Indiranagar', '560038'], ['BTM Layout 2nd Stage', '560076'], ['Bellandur', '560103'], ['Jayanagar 4th Block', '560041'], ['Whitefield', '560066']]
const BLR_FLATS = ['Flat 302, Sobha Daffodil, 17th Cross', '#45, 2nd Main, 6th Cross', 'Flat G-12, Prestige Shantiniketan', 'No. 118, 27th Main Road', 'Flat 1104, Brigade Metropolis', '3rd Floor, 80 Feet Road', 'House 9, 4th B Cross']
const UP_STORES = [['Biryani Bros - Koramangala', 'BB-BLR-KRM'], ['Biryani Bros - HSR', 'BB-BLR-HSR'], ['Biryani Bros - Indiranagar', 'BB-BLR-IND']]
// Despatch Bay: a Harrogate candle shop: [courier, service, tracking shape]
const UK_SERVICES = [['Evri', 'Evri Drop-Off 48', (n) => `H${String(n).padStart(15, '0').slice(-15)}`], ['DPD', 'DPD Next Day', (n) => `1550${String(n).padStart(10, '0').slice(-10)}`], ['Parcelforce', 'Parcelforce Express 48', (n) => `PB${String(n).padStart(7, '0').slice(-7)}GB`], ['Yodel', 'Yodel Xpect 48', (n) => `JJD000${String(n).padStart(10, '0').slice(-10)}`], ['UPS', 'UPS Standard', (n) => `1Z9W3F${String(n).padStart(10, '0').slice(-10)}`]]
const UK_CONTENTS = ['Soy wax candles', 'Reed diffuser set', 'Wax melts x4', 'Candle gift box', 'Room spray']
// ExportersIndia: buyers of stainless-steel commercial-kitchen equipment from a Rajkot manufacturer
const IN_BUYERS = [['Shree Ganesh Caterers', ''], ['Hotel Sai Palace', 'hotelsaipalace.in'], ['Annapurna Foods Pvt. Ltd.', 'annapurnafoods.co.in'], ['Royal Banquets & Events', ''], ['Spice Route Restaurants LLP', 'spiceroute.in'], ['Green Leaf Hospitality Pvt Ltd', 'greenleafhotels.com'], ['', '']]
const GST_STATE = { Karnataka: '29', Maharashtra: '27', Telangana: '36', 'Tamil Nadu': '33', Delhi: '07', Gujarat: '24', Kerala: '32', Rajasthan: '08', 'Madhya Pradesh': '23' }
const IN_PRODUCTS = [['Commercial Tandoor Oven', '1 Piece', 'Rs. 50,000 to 1 Lakh'], ['Stainless Steel Kitchen Equipment', '1 Set', 'Rs. 5 Lakh to 10 Lakh'], ['Bain Marie Counter', '2 Piece', 'Rs. 1 Lakh to 2 Lakh'], ['Dosa Plate Bhatti', '1 Piece', 'Up to Rs. 50,000'], ['Chapati Making Machine', '1 Unit', 'Rs. 2 Lakh to 5 Lakh'], ['SS Work Table', '6 Piece', 'Rs. 50,000 to 1 Lakh']]
// Nexl: a Brisbane commercial law firm's contacts: [company, domain, type, industry, city, postcode, state]
const AU_COS = [['Sunstate Logistics Pty Ltd', 'sunstatelogistics.com.au', 'Client', 'Transportation & Logistics', 'Brisbane City', '4000', 'QLD'], ['Moreton Bay Developments Pty Ltd', 'mbdevelopments.com.au', 'Client', 'Real Estate', 'Fortitude Valley', '4006', 'QLD'], ['Kestrel Mining Services Pty Ltd', 'kestrelmining.com.au', 'Prospect', 'Mining & Metals', 'Brisbane City', '4000', 'QLD'], ['Coral Coast Resorts Group', 'coralcoastresorts.com.au', 'Client', 'Hospitality', 'Southport', '4215', 'QLD'], ['Harbourside Capital Partners', 'harboursidecap.com.au', 'Referral Source', 'Financial Services', 'Sydney', '2000', 'NSW'], ['Darling Downs Agri Holdings', 'ddagri.com.au', 'Prospect', 'Farming', 'Toowoomba', '4350', 'QLD'], ['Bennett & Shaw Accountants', 'bennettshaw.com.au', 'Referral Source', 'Accounting', 'Melbourne', '3000', 'VIC']]
const AU_TITLES = ['General Counsel', 'Chief Financial Officer', 'Managing Director', 'Head of Legal', 'Company Secretary', 'Partner', 'Chief Operating Officer', 'Senior Legal Counsel']
const AU_PARTNERS = ['Catherine Doyle', 'Michael Tran', 'Rebecca Sutherland', 'Andrew McKenzie']
// LeadFuze: facility decision-makers for a US commercial-cleaning franchise
const US_COS = [['Summit Property Group', 'summitpropertygroup.com', 'Real Estate', '51-200', '$10M - $50M'], ['Lakeview Medical Partners', 'lakeviewmedical.com', 'Hospital & Health Care', '201-500', '$50M - $100M'], ['Crestline Logistics', 'crestlinelogistics.com', 'Logistics and Supply Chain', '501-1000', '$100M - $250M'], ['Harbor Point Senior Living', 'harborpointliving.com', 'Hospital & Health Care', '201-500', '$10M - $50M'], ['Pinnacle Office REIT', 'pinnaclereit.com', 'Commercial Real Estate', '51-200', '$50M - $100M'], ['Redwood Charter Schools', 'redwoodcharter.org', 'Education Management', '201-500', '$10M - $50M']]
const US_TITLES = [['Facilities Manager', 'Manager', 'Facilities'], ['Director of Facilities', 'Director', 'Facilities'], ['Operations Manager', 'Manager', 'Operations'], ['Property Manager', 'Manager', 'Real Estate'], ['VP of Operations', 'VP', 'Operations'], ['Office Manager', 'Manager', 'Administrative']]
const US_STATES = { NY: 'New York', TX: 'Texas', WA: 'Washington', IL: 'Illinois', CO: 'Colorado', MA: 'Massachusetts', OR: 'Oregon' }

const termii = (o) => row([['sms', 'generic', 'MedPlug', 'Campaign'], ['sms', 'dnd', 'N-Alert', 'API'], ['whatsapp', 'whatsapp', 'MedPlug', 'API'], ['sms', 'generic', 'MedPlug', 'API'], ['sms', 'dnd', 'N-Alert', 'API']], +o.id % 5)
const tmSt = (o) => row(['Delivered', 'Delivered', 'Message Sent', 'Delivered', 'DND Active on Phone Number', 'Delivered', 'Message Failed', 'Delivered', 'Expired'], (+o.id >> 1) % 9)
const network = (msisdn) => { const p = msisdn.slice(3, 6); return ['803', '806', '813', '816', '703'].includes(p) ? 'MTN' : ['805', '807', '815'].includes(p) ? 'Glo' : ['802', '808', '812'].includes(p) ? 'Airtel' : '9mobile' }
const myCourier = (o) => row(MY_COURIERS, +o.id % 5)
const myAwb = (o) => row([`63${pad(+o.id * 31337 % 10000000000, 10)}`, `NVMY${v.alnum(v.rng(+o.id), 8).toUpperCase()}`, `ER${pad(+o.id * 7 % 1000000000, 9)}MY`, `MYCGU${pad(+o.id * 13 % 100000000, 8)}`, `06${pad(+o.id * 101 % 10000000000, 10)}`], +o.id % 5)
const zaTicket = (o, i) => row(ZA_TICKETS, i + +o.id % 6)
const qkEvent = (o) => o.at - (o.at % day) + ((+o.id % 40) + 3) * day + 8 * 3600000
const qkSt = (o, i) => row(['Valid', 'Valid', 'Valid', 'Valid', 'Valid', 'Refunded', 'Valid', 'Cancelled'], (+o.id + i) % 8)
const phOrder = (o, i) => row(PH_ORDERS, i + +o.id % 7)
const phChan = (o) => row(PH_CHANNELS, +o.id % 8)
const bxSt = (o) => row(['Paid', 'Paid', 'Paid', 'Pending', 'Paid', 'Expired', 'Paid', 'Cancelled'], (+o.id >> 1) % 8)
const upChannel = (o) => row(['swiggy', 'zomato', 'swiggy', 'web', 'zomato', 'app'], +o.id % 6)
const upLines = (o) => { const a = row(IN_MENU, +o.id % 7), b = row(IN_MENU, (+o.id >> 3) % 7); const q = 1 + (+o.id % 2); return [[a[0], q, a[1] * q], ...(+o.id % 3 ? [[b[0], 1, b[1]]] : [])] }
const upSub = (o) => upLines(o).reduce((s, l) => s + l[2], 0)
const upDisc = (o) => (+o.id % 4 === 0 ? Math.round(upSub(o) * 0.2) : 0)
const upPack = (o) => 20 * upLines(o).length
const upDel = (o) => (upChannel(o) === 'web' || upChannel(o) === 'app' ? 30 : 0)
const upTax = (o) => Math.round((upSub(o) - upDisc(o) + upPack(o)) * 0.05 * 100) / 100
const ukSvc = (o) => row(UK_SERVICES, +o.id % 5)
const auCo = (c) => row(AU_COS, +c.id % 7)
const usCo = (c) => row(US_COS, +c.id % 6)
const usTitle = (c) => row(US_TITLES, (+c.id >> 2) % 6)

export const SETS = [
  // ---------------------------------------------------------------- Nigeria: SMS / WhatsApp gateway
  { name: 'termii-message-history-ng', product: 'Termii (Lagos; Dashboard > Messaging > Message History > Export CSV, one row per message on the generic, DND and WhatsApp channels, a Lagos online pharmacy\'s order notifications, refill reminders and a promo campaign; times WAT)', family: 'sms', language: 'en', schema: E, cols: [
    ['Message ID', (c, o, r) => `${v.int(r, 3000000000, 3099999999)}${v.int(r, 100000000, 999999999)}`, ['_id']],
    ['Request ID', (c, o, r) => v.uuid(r), [], opt],
    ['Date Sent', (c, o) => { const p = wat(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Sender ID', (c, o) => termii(o)[2], []],
    ['Receiver', (c) => loc(c, 'ng').msisdn, PHONE_ID],
    ['Message', (c, o) => (termii(o)[3] === 'Campaign' ? 'MedPlug: Get 15% off vitamins & supplements this weekend. Use code WELL15 at medplug.ng. Reply STOP to opt out' : +o.id % 2 ? `Your MedPlug order #MP${o.id} has been dispatched. Track: medplug.ng/t/${o.id}` : `Hi ${loc(c, 'ng').first}, your refill for order #MP${o.id} is due in 3 days. Reorder at medplug.ng/refill`), []],
    ['Type', (c, o) => (termii(o)[3] === 'Campaign' ? 'plain' : termii(o)[0] === 'whatsapp' ? 'plain' : 'unicode'), []],
    ['Channel', (c, o) => termii(o)[1], []],
    ['Direction', () => 'Outbound', [], opt],
    ['Pages', (c, o) => (termii(o)[3] === 'Campaign' ? '2' : '1'), []],
    ['Cost', (c, o) => (termii(o)[0] === 'whatsapp' ? '5.00' : termii(o)[1] === 'dnd' ? '4.50' : termii(o)[3] === 'Campaign' ? '8.00' : '4.00'), []],
    ['Currency', () => 'NGN', []],
    ['Status', (c, o) => tmSt(o), []],
    ['Delivered At', (c, o) => (tmSt(o) === 'Delivered' ? (() => { const p = wat(o.at + (3 + +o.id % 80) * 1000); return `${ymd(p)} ${hms(p)}` })() : ''), [], opt],
    ['Network', (c) => network(loc(c, 'ng').msisdn), ['environment.carrier'], opt],
    ['Country', () => 'Nigeria', [], opt],
    ['Campaign', (c, o) => (termii(o)[3] === 'Campaign' ? 'Weekend Wellness Promo' : ''), ['marketing.campaignName'], opt],
    ['Campaign ID', (c, o) => (termii(o)[3] === 'Campaign' ? `C${pad(+o.id % 1000, 3)}5W8Q` : ''), ['marketing.trackingCode'], opt],
    ['Phonebook', (c, o) => (termii(o)[3] === 'Campaign' ? 'Customers Lagos 2024' : ''), []],
    ['Source', (c, o) => (termii(o)[3] === 'Campaign' ? 'Campaign' : 'API'), []],
  ] },
  // ---------------------------------------------------------------- Malaysia: parcel aggregator
  { name: 'easyparcel-my-shipments-export', product: 'EasyParcel (Malaysia; My Shipments > Export to Excel, one row per parcel, English UI, a Shah Alam baju kurung and tudung seller on Shopee, TikTok Shop and its own WooCommerce store, shipping by J&T, Ninja Van, Pos Laju, DHL eCommerce and City-Link; times MYT, RM)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Order No', (c, o) => `EI-${v.alnum(v.rng(+o.id * 7 + 3), 5).toUpperCase()}`, [], opt],
    ['Parcel No', (c, o) => `EP-${v.alnum(v.rng(+o.id * 11 + 5), 5).toUpperCase()}`, ['_id'], opt],
    ['Order Reference', (c, o) => row([`24${pad(bd(o.at).m)}${pad(bd(o.at).d)}${v.alnum(v.rng(+o.id), 6).toUpperCase()}`, `#${4000 + (+o.id % 5000)}`, `5771${pad(+o.id * 977 % 100000000000, 11)}`], +o.id % 3), [OR('purchaseID')]],
    ['Sales Channel', (c, o) => row(['Shopee', 'WooCommerce', 'TikTok Shop'], +o.id % 3), [], opt],
    ['Created Date', (c, o) => { const p = myt(o.at); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Collection Date', (c, o) => ymd(myt(o.at + day)), ['commerce.shipping.shipDate'], opt],
    ['Courier', (c, o) => myCourier(o)[0], ['commerce.shipping.shippingMethod']],
    ['Service', (c, o) => myCourier(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['AWB No', (c, o) => myAwb(o), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o) => `https://easyparcel.com/my/en/track/details/?courier=${encodeURIComponent(myCourier(o)[0])}&awb=${myAwb(o)}`, ['commerce.shipping.trackingURL'], opt],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'In Transit', 'Pending Pickup', 'Fully Paid', 'Returned to Sender']), []],
    ['Sender Name', () => 'Butik Nur Aina Enterprise', []],
    ['Receiver Name', (c) => loc(c, 'my').full, []],
    ['Receiver Contact', (c) => loc(c, 'my').mobile, PHONE_ID, opt],
    ['Receiver Email', (c, o, r) => (r() < 0.6 ? loc(c, 'my').email : ''), EMAIL_ID, opt],
    ['Receiver Address 1', (c) => loc(c, 'my').street, [SHIP('street1')]],
    ['Receiver Address 2', (c) => loc(c, 'my').street2, [SHIP('street2')]],
    ['Receiver Postcode', (c) => loc(c, 'my').zip, [SHIP('postalCode')]],
    ['Receiver City', (c) => loc(c, 'my').city, [SHIP('city')]],
    ['Receiver State', (c) => loc(c, 'my').region, STATE(['commerce.shipping.address'])],
    ['Receiver Country', () => 'MY', [SHIP('countryCode')]],
    ['Weight (kg)', (c, o) => (0.3 * o.qty + 0.2).toFixed(2), []],
    ['Parcel Content', (c, o, r, i) => row(MY_ITEMS, i + +o.id)[0], [PL('name')], opt],
    ['Parcel Value (RM)', (c, o, r, i) => money(row(MY_ITEMS, i + +o.id)[1] * o.qty), [], opt],
    ['Shipping Fee (RM)', (c, o) => row(['6.50', '7.20', '8.90', '6.80', '7.50'], +o.id % 5), ['commerce.shipping.shippingAmount'], opt],
    ['COD Amount (RM)', (c, o, r, i) => (+o.id % 4 === 0 ? money(row(MY_ITEMS, i + +o.id)[1] * o.qty + 8) : '0.00'), [OR('payments[0].paymentAmount')], opt],
    ['Insurance', (c, o) => (+o.id % 3 === 0 ? 'EasyParcel Protection' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- South Africa: event ticketing
  { name: 'quicket-guest-list-export-za', product: 'Quicket (Cape Town; Event dashboard > Guests > Download guest list (Excel), one row per ticket with the purchaser and the ticket holder, a Stellenbosch food-and-wine festival; times SAST, rands)', family: 'ticketing', language: 'en', schema: E, cols: [
    ['Ticket ID', (c, o, r, i) => String(48200000 + +o.id * 3 + i), ['_id']],
    ['Order ID', (c, o) => String(9100000 + +o.id * 7), [OR('purchaseID')]],
    ['Barcode', (c, o, r) => `Q${v.int(r, 100000000, 999999999)}${v.int(r, 100, 999)}`, []],
    ['Event', () => 'Stellenbosch Wine & Food Festival', [PL('name')], opt],
    ['Event Date', (c, o, r, i) => ymd(sast(qkEvent(o) + (zaTicket(o, i)[0].includes('Sunday') ? day : 0)), '/'), [], opt],
    ['Ticket Type', (c, o, r, i) => zaTicket(o, i)[0], [PL('name')]],
    ['Ticket Price', (c, o, r, i) => money(zaTicket(o, i)[1]), [PL('priceTotal'), OR('priceTotal')]],
    ['Discount Code', (c, o) => (+o.id % 5 === 0 ? 'EARLYBIRD' : ''), ['commerce.promotionID'], opt],
    ['Discount', (c, o, r, i) => (+o.id % 5 === 0 ? money(zaTicket(o, i)[1] * 0.15) : '0.00'), [OR('discountAmount'), PL('discountAmount')], opt],
    ['Service Fee', (c, o, r, i) => money(zaTicket(o, i)[1] ? 15 + zaTicket(o, i)[1] * 0.02 : 0), []],
    ['Purchase Date', (c, o) => { const p = sast(o.at); return `${ymd(p, '/')} ${hm(p)}` }, ['timestamp']],
    ['Payment Method', (c, o, r, i) => (zaTicket(o, i)[1] ? row(['Credit Card', 'Instant EFT', 'SnapScan', 'Credit Card', 'Zapper'], +o.id % 5) : 'Free'), [OR('payments[0].paymentType')], opt],
    ['Purchaser First Name', (c) => loc(c, 'za').first, []],
    ['Purchaser Surname', (c) => loc(c, 'za').last, []],
    ['Purchaser Email', (c) => loc(c, 'za').email, EMAIL_ID, opt],
    ['Purchaser Cellphone', (c) => loc(c, 'za').mobile, PHONE_ID, opt],
    ['Attendee First Name', (c, o, r, i) => (i % 3 ? loc(c, 'za').first : v.pick(r, ['Nadia', 'Wian', 'Lindiwe', 'Grant'])), []],
    ['Attendee Surname', (c, o, r, i) => (i % 3 ? loc(c, 'za').last : v.pick(r, ['Pretorius', 'Mahlangu', 'Adams', 'Coetzee'])), []],
    ['Attendee Email', (c, o, r, i) => (i % 3 ? loc(c, 'za').email : ''), EMAIL_ID, opt],
    ['Attendee Cellphone', (c, o, r, i) => (i % 3 ? loc(c, 'za').mobile : ''), PHONE_ID, opt],
    ['ID Number', (c, o, r) => (r() < 0.5 ? `${String(bd(c.birth).y).slice(2)}${pad(bd(c.birth).m)}${pad(bd(c.birth).d)}${v.int(r, 1000, 9999)}08${v.int(r, 1, 9)}` : ''), []],
    ['How did you hear about us?', (c, o, r) => v.pick(r, ['Instagram', 'Facebook', 'Friend', 'Radio (KFM)', '']), []],
    ['Checked In', (c, o, r, i) => (qkSt(o, i) === 'Valid' && (+o.id + i) % 4 ? 'Yes' : 'No'), []],
    ['Check-in Time', (c, o, r, i) => (qkSt(o, i) === 'Valid' && (+o.id + i) % 4 ? (() => { const p = sast(qkEvent(o) + (zaTicket(o, i)[0].includes('Sunday') ? day : 0) + (1 + (+o.id % 300)) * 60000); return `${ymd(p, '/')} ${hm(p)}` })() : ''), [], opt],
    ['Status', (c, o, r, i) => qkSt(o, i), []],
  ] },
  // ---------------------------------------------------------------- Philippines: payment gateway
  { name: 'bux-ph-transactions-export', product: 'Bux (UBX Philippines; Dashboard > Transactions > Export CSV, one row per payment request, a Quezon City bakery\'s online orders paid by GCash, Maya, online banking and over-the-counter at 7-Eleven, Cebuana and Palawan; times PHT, pesos)', family: 'payments', language: 'en', schema: E, cols: [
    ['Reference Code', (c, o, r) => `BX${v.alnum(r, 10).toUpperCase()}`, [OR('payments[0].transactionID'), '_id']],
    ['Request ID', (c, o) => `BKY-${bd(o.at).y}-${pad(+o.id % 10000, 4)}`, [OR('purchaseID')]],
    ['Date Created', (c, o) => { const p = myt(o.at); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${h12(p)}` }, ['timestamp']],
    ['Description', (c, o, r, i) => phOrder(o, i)[0], []],
    ['Amount', (c, o, r, i) => thou(phOrder(o, i)[1] + (+o.id % 3 ? 80 : 0)), [OR('payments[0].paymentAmount'), OR('priceTotal')]],
    ['Currency', () => 'PHP', [OR('payments[0].currencyCode'), OR('currencyCode')]],
    ['Fee', (c, o, r, i) => thou(phChan(o)[1] ? 20 : (phOrder(o, i)[1] + (+o.id % 3 ? 80 : 0)) * 0.023), []],
    ['Net Amount', (c, o, r, i) => { const a = phOrder(o, i)[1] + (+o.id % 3 ? 80 : 0); return thou(a - (phChan(o)[1] ? 20 : a * 0.023)) }, []],
    ['Channel', (c, o) => phChan(o)[0], [OR('payments[0].paymentType')]],
    ['Payment Code', (c, o, r) => (phChan(o)[1] ? String(v.int(r, 100000000000, 999999999999)) : ''), []],
    ['Status', (c, o) => bxSt(o), []],
    ['Date Paid', (c, o) => (bxSt(o) === 'Paid' ? (() => { const p = myt(o.at + (2 + +o.id % 600) * 60000); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${h12(p)}` })() : ''), [], opt],
    ['Expiry', (c, o) => { const p = myt(o.at + 2 * day); return `${MON[p.m - 1]} ${pad(p.d)}, ${p.y} ${h12(p)}` }, [], opt],
    ['Customer Name', (c) => loc(c, 'ph').full, []],
    ['Email', (c) => loc(c, 'ph').email, EMAIL_ID, opt],
    ['Mobile Number', (c) => loc(c, 'ph').mobile, PHONE_ID, opt],
    ['Checkout Type', (c, o) => row(['API Checkout', 'Payment Link', 'API Checkout', 'Invoice'], +o.id % 4), []],
    ['Client ID', () => '0000018266', []],
    ['Payout Status', (c, o) => (bxSt(o) === 'Paid' ? (+o.id % 5 ? 'Settled' : 'For Payout') : ''), []],
    ['Remarks', (c, o, r) => v.pick(r, ['', '', '', 'Pickup at Cubao branch', 'Deliver via Lalamove']), []],
  ] },
  // ---------------------------------------------------------------- India: restaurant online-ordering hub
  { name: 'urbanpiper-orders-export-in', product: 'UrbanPiper (Bengaluru; Prime > Orders > Export, one row per order from Swiggy, Zomato and the brand\'s own web and app ordering, a Bengaluru cloud-kitchen biryani brand with three outlets; times IST, rupees)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(210000000 + +o.id * 9173 % 90000000), [OR('purchaseID'), '_id']],
    ['Channel', (c, o) => upChannel(o), [], opt],
    ['Channel Order ID', (c, o) => (upChannel(o) === 'swiggy' ? String(158000000000 + +o.id * 7919) : upChannel(o) === 'zomato' ? String(5400000000 + +o.id * 613) : ''), [OR('purchaseID'), OR('purchaseOrderNumber')], opt],
    ['Store', (c, o) => row(UP_STORES, +o.id % 3)[0], ['commerce.commerceScope.storeCode'], opt],
    ['Store Ref ID', (c, o) => row(UP_STORES, +o.id % 3)[1], ['commerce.commerceScope.storeCode'], opt],
    ['Order Type', (c, o) => (+o.id % 9 === 0 ? 'pickup' : 'delivery'), ['commerce.shipping.shippingMethod'], opt],
    ['Order State', (c, o, r) => v.pick(r, ['Completed', 'Completed', 'Completed', 'Dispatched', 'Cancelled', 'Food Ready']), []],
    ['Created At', (c, o) => { const p = ist(o.at); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}, ${h12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Delivery Time', (c, o) => { const p = ist(o.at + 38 * 60000); return `${pad(p.d)} ${MON[p.m - 1]} ${p.y}, ${h12(p)}` }, [], opt],
    ['Customer Name', (c) => loc(c, 'in').full, []],
    ['Customer Phone', (c, o) => (upChannel(o) === 'zomato' ? '' : `+91${loc(c, 'in').mobile}`), PHONE_ID, opt],
    ['Customer Email', (c, o) => (upChannel(o) === 'web' || upChannel(o) === 'app' ? loc(c, 'in').email : ''), EMAIL_ID, opt],
    ['Delivery Address', (c, o) => (+o.id % 9 === 0 ? '' : row(BLR_FLATS, +c.id % 7)), [SHIP('street1')]],
    ['Sub Locality', (c, o) => (+o.id % 9 === 0 ? '' : row(BLR, +c.id % 7)[0]), [SHIP('street2'), SHIP('street3')], opt],
    ['City', (c, o) => (+o.id % 9 === 0 ? '' : 'Bengaluru'), [SHIP('city')]],
    ['Pincode', (c, o) => (+o.id % 9 === 0 ? '' : row(BLR, +c.id % 7)[1]), [SHIP('postalCode')]],
    ['Items', (c, o) => upLines(o).map((l) => `${l[0]} x ${l[1]}`).join(', '), [PL('name')], opt],
    ['Item Count', (c, o) => String(upLines(o).reduce((s, l) => s + l[1], 0)), [], opt],
    ['Subtotal', (c, o) => money(upSub(o)), [], opt],
    ['Packaging Charges', (c, o) => money(upPack(o)), []],
    ['Delivery Charges', (c, o) => money(upDel(o)), ['commerce.shipping.shippingAmount'], opt],
    ['Discount', (c, o) => money(upDisc(o)), [OR('discountAmount')]],
    ['Coupon Code', (c, o) => (upDisc(o) ? row(['TRYNEW', 'BIRYANI20', 'SWIGGYIT'], +o.id % 3) : ''), ['commerce.promotionID'], opt],
    ['Taxes', (c, o) => money(upTax(o)), [OR('taxAmount')]],
    ['Order Total', (c, o) => money(upSub(o) - upDisc(o) + upPack(o) + upDel(o) + upTax(o)), [OR('priceTotal')]],
    ['Payment Mode', (c, o) => (upChannel(o) === 'web' && +o.id % 2 ? 'Cash on Delivery' : 'Prepaid'), [OR('payments[0].paymentType')], opt],
    ['Instructions', (c, o, r) => v.pick(r, ['', '', '', 'Less spicy please', 'Send cutlery', 'Call on arrival, do not ring bell']), []],
    ['Cancellation Reason', (c, o) => '', [], opt],
  ] },
  // ---------------------------------------------------------------- UK: shipping platform
  { name: 'despatch-bay-shipments-uk', product: 'Despatch Bay (UK; Shipments > History > Export CSV, one row per shipment, a Harrogate candle and home-fragrance shop on Shopify, Etsy and eBay shipping by Evri, DPD, Parcelforce, Yodel and UPS; UK time, GBP)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Shipment ID', (c, o) => `100-${pad(+o.id % 10000, 4)}-${pad(+o.id * 337 % 100000, 5)}`, ['_id'], opt],
    ['Client Reference', (c, o) => row([`#${2000 + (+o.id % 8000)}`, `${3100000000 + +o.id * 17}`, `${16000000000 + +o.id * 29}`], +o.id % 3), [OR('purchaseID')]],
    ['Channel', (c, o) => row(['Shopify', 'Etsy', 'eBay'], +o.id % 3), [], opt],
    ['Created', (c, o) => { const p = uk(o.at); return `${dmy(p)} ${hm(p)}` }, ['timestamp']],
    ['Collection Date', (c, o) => dmy(uk(o.at + day)), ['commerce.shipping.shipDate'], opt],
    ['Courier', (c, o) => ukSvc(o)[0], ['commerce.shipping.shippingMethod']],
    ['Service', (c, o) => ukSvc(o)[1], ['commerce.shipping.shippingMethod'], opt],
    ['Tracking Number', (c, o) => ukSvc(o)[2](+o.id * 7919 + 12345), ['commerce.shipping.trackingNumber']],
    ['Status', (c, o, r) => v.pick(r, ['Delivered', 'Delivered', 'In Transit', 'Collected', 'Manifested', 'Exception']), []],
    ['Recipient Name', (c) => loc(c, 'uk').full, []],
    ['Company Name', (c, o, r) => (r() < 0.08 ? 'The Old Rectory B&B' : ''), []],
    ['Street', (c) => loc(c, 'uk').street, [SHIP('street1')]],
    ['Locality', (c) => loc(c, 'uk').locality, [SHIP('street2')], opt],
    ['Town/City', (c) => loc(c, 'uk').city, [SHIP('city')]],
    ['County', (c) => loc(c, 'uk').region, STATE(['commerce.shipping.address']), opt],
    ['Postcode', (c) => loc(c, 'uk').zip, [SHIP('postalCode')]],
    ['Country Code', () => 'GB', [SHIP('countryCode')]],
    ['Recipient Email', (c, o) => (+o.id % 3 === 1 ? '' : loc(c, 'uk').email), EMAIL_ID, opt],
    ['Recipient Telephone', (c, o) => (+o.id % 4 === 0 ? '' : loc(c, 'uk').mobile), PHONE_ID, opt],
    ['Parcels', () => '1', []],
    ['Weight (kg)', (c, o) => (0.45 * o.qty).toFixed(2), []],
    ['Contents', (c, o) => row(UK_CONTENTS, +o.id % 5), [PL('name')], opt],
    ['Protection Value', (c, o) => (+o.id % 3 === 0 ? money(o.subtotal) : ''), [], opt],
    ['Cost (ex VAT)', (c, o) => row(['2.79', '5.99', '7.95', '2.99', '6.45'], +o.id % 5), ['commerce.shipping.shippingAmount'], opt],
    ['VAT', (c, o) => money(+row(['2.79', '5.99', '7.95', '2.99', '6.45'], +o.id % 5) * 0.2), []],
    ['Follow Shipment', (c, o) => (+o.id % 6 === 0 ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- Australia: practice-management patients
  { name: 'cliniko-patients-data-export-au', product: 'Cliniko (Melbourne; Settings > Data exports > Patients, Patients-Cliniko-yyyyMMdd.csv, one row per patient, a Melbourne physiotherapy and clinical Pilates clinic)', family: 'booking', language: 'en', schema: P, cols: [
    ['ID', (c) => String(1040000000000000000n + BigInt(+c.id) * 7919n), ['_id', 'personID']],
    ['Title', (c, o, r) => (r() < 0.4 ? '' : loc(c, 'au').female ? v.pick(r, ['Ms', 'Mrs', 'Miss', 'Dr']) : v.pick(r, ['Mr', 'Mr', 'Dr'])), ['person.name.courtesyTitle']],
    ['First Name', (c) => loc(c, 'au').first, ['person.name.firstName']],
    ['Preferred First Name', (c, o, r) => (r() < 0.15 ? v.pick(r, ['Charlie', 'Liv', 'Lachie', 'Millie']) : ''), [], opt],
    ['Last Name', (c) => loc(c, 'au').last, ['person.name.lastName']],
    ['Date of Birth', (c) => ymd(bd(c.birth)), ['person.birthDate']],
    ['Sex', (c) => (loc(c, 'au').female ? 'Female' : 'Male'), ['person.gender']],
    ['Pronouns', (c, o, r) => (r() < 0.3 ? (loc(c, 'au').female ? 'she/her' : 'he/him') : ''), []],
    ['Email', (c) => loc(c, 'au').email, ['personalEmail.address']],
    ['Mobile Phone', (c) => loc(c, 'au').mobile, ['mobilePhone.number']],
    ['Home Phone', (c, o, r) => (r() < 0.15 ? `(03) 9${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number']],
    ['Work Phone', (c, o, r) => (r() < 0.1 ? `(03) 8${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number'], opt],
    ['Address 1', (c) => loc(c, 'au').street, at(HOME, 'street1')],
    ['Address 2', (c, o, r) => (r() < 0.2 ? `Unit ${v.int(r, 1, 30)}` : ''), at(HOME, 'street2')],
    ['Address 3', () => '', at(HOME, 'street3'), opt],
    ['City', (c) => loc(c, 'au').city, at(HOME, 'city')],
    ['State', (c) => loc(c, 'au').region, STATE(HOME)],
    ['Post Code', (c) => loc(c, 'au').zip, at(HOME, 'postalCode')],
    ['Country', () => 'Australia', at(HOME, 'country')],
    ['Occupation', (c, o, r) => v.pick(r, ['Teacher', 'Nurse', 'Software Developer', 'Retired', 'Student', 'Barista', '']), []],
    ['Emergency Contact', (c, o, r) => (r() < 0.5 ? `${v.pick(r, ['Sam', 'Jess', 'Tom', 'Kate'])} ${loc(c, 'au').last} (partner) ${loc(c, 'au').mobile.slice(0, 5)}${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` : ''), []],
    ['Medicare', (c, o, r) => (+c.id % 5 < 3 ? `${v.int(r, 2, 6)}${v.int(r, 100, 999)} ${v.int(r, 10000, 99999)} ${v.int(r, 1, 9)}` : ''), []],
    ['Medicare Reference Number', (c) => (+c.id % 5 < 3 ? String(1 + (+c.id % 4)) : ''), []],
    ['DVA Card Number', (c, o, r) => (r() < 0.05 ? `V${v.int(r, 100000, 999999)}` : ''), []],
    ['Referral Source', (c, o, r) => v.pick(r, ['Google', 'GP referral', 'Friend or family', 'Instagram', '']), [], opt],
    ['Reminder Type', (c, o, r) => v.pick(r, ['SMS & Email', 'SMS', 'Email', 'None']), []],
    ['Accepted Privacy Policy', (c, o, r) => (r() < 0.85 ? 'true' : ''), [], opt],
    ['Accepted Email Marketing', (c) => (c.bool ? 'true' : 'false'), [], opt],
    ['Accepted SMS Marketing', (c, o, r) => (r() < 0.3 ? 'true' : 'false'), [], opt],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Prefers female practitioner', 'Private health: Bupa', 'WorkCover claim - see file']), []],
    ['Created At', (c) => new Date(c.created).toISOString().replace('.000Z', 'Z'), [], opt],
    ['Unapplied Account Credit', (c, o, r) => (r() < 0.15 ? money(v.int(r, 10, 120)) : '0.00'), []],
  ] },
  // ---------------------------------------------------------------- South Africa: e-mail marketing contacts
  { name: 'everlytic-contacts-export-za', product: 'Everlytic (Johannesburg; Contacts > Lists > Export, field keys as headers, one row per contact, a Stellenbosch wine estate\'s newsletter and wine-club list with custom fields)', family: 'email', language: 'en', schema: P, cols: [
    ['contact_id', (c) => String(4800000 + +c.id * 3), ['_id', 'personID']],
    ['contact_unique_id', (c, o, r) => (r() < 0.6 ? `WC${pad(+c.id % 100000, 5)}` : ''), ['_id', 'personID'], opt],
    ['contact_title', (c, o, r) => (r() < 0.5 ? (loc(c, 'za').female ? v.pick(r, ['Ms', 'Mrs']) : 'Mr') : ''), ['person.name.courtesyTitle']],
    ['contact_name', (c) => loc(c, 'za').first, ['person.name.firstName']],
    ['contact_lastname', (c) => loc(c, 'za').last, ['person.name.lastName']],
    ['contact_email', (c) => loc(c, 'za').email, ['personalEmail.address']],
    ['contact_mobile', (c, o, r) => (r() < 0.8 ? loc(c, 'za').msisdn : ''), ['mobilePhone.number']],
    ['contact_telephone', (c, o, r) => (r() < 0.2 ? `0${v.pick(r, ['11', '21', '31'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}` : ''), ['homePhone.number', 'workPhone.number'], opt],
    ['contact_company_name', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Discovery Ltd', 'Sanlam', 'Own business', 'Capitec']) : ''), ['organizations[0]'], opt],
    ['contact_position', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Attorney', 'Financial Advisor', 'Director']) : ''), []],
    ['contact_birthday', (c, o, r) => (r() < 0.5 ? ymd(bd(c.birth)) : ''), ['person.birthDate']],
    ['contact_gender', (c, o, r) => (r() < 0.7 ? (loc(c, 'za').female ? 'F' : 'M') : ''), ['person.gender']],
    ['contact_address', (c, o, r) => (r() < 0.4 ? loc(c, 'za').street : ''), at(HOME, 'street1')],
    ['contact_city', (c) => loc(c, 'za').city, at(HOME, 'city')],
    ['contact_province', (c) => loc(c, 'za').region, STATE(HOME)],
    ['contact_postal_code', (c, o, r) => (r() < 0.4 ? loc(c, 'za').zip : ''), at(HOME, 'postalCode')],
    ['contact_country', () => 'South Africa', at(HOME, 'country')],
    ['contact_language', (c, o, r) => v.pick(r, ['English', 'English', 'Afrikaans']), [], opt],
    ['contact_email_status', (c, o, r) => v.pick(r, ['subscribed', 'subscribed', 'subscribed', 'unsubscribed', 'bounced']), ['personalEmail.status'], opt],
    ['contact_sms_status', (c, o, r) => v.pick(r, ['subscribed', 'unsubscribed', '']), ['mobilePhone.status'], opt],
    ['contact_source', (c, o, r) => v.pick(r, ['Website signup form', 'Tasting room iPad', 'Import', 'Wine club application']), []],
    ['contact_create_date', (c) => { const p = sast(c.created); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['contact_last_modified', (c) => { const p = sast(later(c)); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['custom_wine_club_tier', (c, o, r) => v.pick(r, ['', '', 'Cellar Club', 'Reserve Club', 'Founders Circle']), ['loyalty.tier'], opt],
    ['custom_member_card_no', (c, o, r) => (r() < 0.3 ? `DV${v.int(r, 100000, 999999)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
    ['popia_consent', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
  ] },
  // ---------------------------------------------------------------- Kenya: social-commerce shop customers
  { name: 'hustlesasa-customers-export-ke', product: 'Hustlesasa (Nairobi; Dashboard > Customers > Export CSV, one row per customer, a Nairobi sneaker and streetwear shop selling through Instagram and its Hustlesasa store, M-Pesa payments, KES)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(60000 + +c.id % 900000), ['_id', 'personID']],
    ['Name', (c) => loc(c, 'ke').full, ['person.name.fullName']],
    ['Phone Number', (c) => loc(c, 'ke').msisdn, ['mobilePhone.number']],
    ['Email', (c, o, r) => (r() < 0.65 ? loc(c, 'ke').email : ''), ['personalEmail.address']],
    ['Gender', (c, o, r) => (r() < 0.5 ? (loc(c, 'ke').female ? 'Female' : 'Male') : ''), ['person.gender']],
    ['Birthday', (c, o, r) => (r() < 0.4 ? `${pad(bd(c.birth).d)}/${pad(bd(c.birth).m)}` : ''), ['person.birthDayAndMonth'], opt],
    ['Delivery Address', (c) => loc(c, 'ke').street, at(SHIPADDR, 'street1')],
    ['Area', (c) => loc(c, 'ke').city, at(SHIPADDR, 'street2'), opt],
    ['Town', (c) => loc(c, 'ke').zip, at(SHIPADDR, 'city')],
    ['County', (c) => loc(c, 'ke').region, STATE(SHIPADDR), opt],
    ['Country', () => 'Kenya', at(SHIPADDR, 'country')],
    ['M-Pesa Name', (c, o, r) => (r() < 0.6 ? loc(c, 'ke').full.toUpperCase() : ''), ['person.name.fullName'], opt],
    ['Instagram Handle', (c, o, r) => (r() < 0.7 ? `@${slug(loc(c, 'ke').first)}_${slug(loc(c, 'ke').last)}${v.int(r, 1, 99)}` : ''), []],
    ['Orders', (c, o) => String(1 + (+o.id % 9)), []],
    ['Total Spent (KES)', (c, o) => thou((1 + (+o.id % 9)) * (3500 + (+c.id % 40) * 100)), ['loyalty.lifetimePurchases'], opt],
    ['Average Order Value (KES)', (c) => thou(3500 + (+c.id % 40) * 100), []],
    ['First Order Date', (c) => dmy(eat(c.created)), [], opt],
    ['Last Order Date', (c) => dmy(eat(later(c))), [], opt],
    ['Preferred Payment', (c, o) => row(['M-Pesa', 'M-Pesa', 'M-Pesa', 'Card', 'Pay on Delivery'], +o.id % 5), []],
    ['Source', (c, o, r) => v.pick(r, ['Instagram', 'WhatsApp', 'Store link', 'TikTok']), []],
    ['Accepts Marketing', (c) => (c.bool ? 'Yes' : 'No'), [], opt],
    ['Tags', (c, o, r) => v.pick(r, ['', '', 'VIP', 'Size 43', 'Wholesale']), []],
    ['Notes', (c, o, r) => v.pick(r, ['', '', '', 'Deliver after 5pm', 'Pick up at CBD stage']), []],
  ] },
  // ---------------------------------------------------------------- India: B2B marketplace buyer enquiries
  { name: 'exportersindia-enquiries-export-in', product: 'ExportersIndia (Weblink.In, New Delhi; Seller panel > Enquiries > Export to Excel, one row per buyer enquiry, a Rajkot manufacturer of stainless-steel commercial-kitchen equipment)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Enquiry ID', (c, o) => String(48000000 + +o.id * 1231), B2BID, opt],
    ['Enquiry Date', (c, o) => { const p = ist(o.at); return `${dmy(p, '-')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Enquiry Type', (c, o) => row(['Direct Enquiry', 'Buy Lead', 'Direct Enquiry', 'Call Enquiry'], +o.id % 4), ['b2b.personSource'], opt],
    ['Buyer Name', (c) => `${loc(c, 'in').female ? 'Ms.' : 'Mr.'} ${loc(c, 'in').full}`, ['person.name.fullName']],
    ['Company Name', (c) => row(IN_BUYERS, +c.id % 7)[0], CO],
    ['Mobile No.', (c) => `+91-${loc(c, 'in').mobile}`, ['mobilePhone.number']],
    ['Phone No.', (c, o, r) => (r() < 0.2 ? `+91-${v.pick(r, ['79', '22', '80', '40'])}-${v.int(r, 20000000, 29999999)}` : ''), ['workPhone.number'], opt],
    ['Email ID', (c) => (row(IN_BUYERS, +c.id % 7)[1] ? `${slug(loc(c, 'in').first)}@${row(IN_BUYERS, +c.id % 7)[1]}` : loc(c, 'in').email), WE],
    ['Address', (c, o, r) => (r() < 0.5 ? `${v.int(r, 1, 120)}, ${v.pick(r, ['MG Road', 'Station Road', 'Ring Road', 'Industrial Area Phase 2', 'Main Bazaar'])}` : ''), [W('street1')]],
    ['City', (c) => loc(c, 'in').city, [W('city')]],
    ['State', (c) => loc(c, 'in').region, STATE(['workAddress'])],
    ['Pincode', (c, o, r) => (r() < 0.5 ? loc(c, 'in').zip : ''), [W('postalCode')]],
    ['Country', () => 'India', [W('country')]],
    ['Product Name', (c, o) => row(IN_PRODUCTS, +o.id % 6)[0], []],
    ['Subject', (c, o) => `Enquiry for ${row(IN_PRODUCTS, +o.id % 6)[0]}`, []],
    ['Requirement Details', (c, o) => `I am interested in ${row(IN_PRODUCTS, +o.id % 6)[0]}. Kindly send price and delivery details to ${loc(c, 'in').city}.`, []],
    ['Quantity', (c, o) => row(IN_PRODUCTS, +o.id % 6)[1], []],
    ['Approx. Order Value', (c, o) => row(IN_PRODUCTS, +o.id % 6)[2], []],
    ['Purpose', (c, o) => row(['Business Use', 'Reselling', 'Business Use', ''], +o.id % 4), []],
    ['Status', (c, o, r) => v.pick(r, ['Unread', 'Read', 'Replied', 'Replied']), ['b2b.personStatus'], opt],
    ['GST No.', (c, o, r) => (r() < 0.4 ? `${GST_STATE[loc(c, 'in').region] ?? '24'}${Array.from({ length: 5 }, () => v.pick(r, [...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('')}${v.int(r, 1000, 9999)}${v.pick(r, [...'ABCDEFGHJKLMNPRSTUVWXYZ'])}1Z${v.int(r, 1, 9)}` : ''), []],
  ] },
  // ---------------------------------------------------------------- Australia: law-firm relationship CRM
  { name: 'nexl-firm-contacts-export-au', product: 'Nexl (Sydney; Contacts > Firm-wide contacts > Export to CSV, one row per contact with company, relationship partner and interaction data, a Brisbane commercial law firm)', family: 'crm', language: 'en', schema: B, cols: [
    ['Contact ID', (c, o, r) => v.uuid(r), B2BID],
    ['First Name', (c) => loc(c, 'au').first, ['person.name.firstName']],
    ['Last Name', (c) => loc(c, 'au').last, ['person.name.lastName']],
    ['Job Title', (c) => row(AU_TITLES, (+c.id >> 1) % 8), ['extendedWorkDetails.jobTitle']],
    ['Company', (c) => auCo(c)[0], CO],
    ['Company Type', (c) => auCo(c)[2], [], opt],
    ['Industry', (c) => auCo(c)[3], []],
    ['Email', (c) => `${slug(loc(c, 'au').first)}.${slug(loc(c, 'au').last)}@${auCo(c)[1]}`, ['workEmail.address']],
    ['Phone', (c, o, r) => (r() < 0.6 ? `(0${auCo(c)[6] === 'NSW' ? 2 : auCo(c)[6] === 'VIC' ? 3 : 7}) ${v.int(r, 3000, 3999)} ${v.int(r, 1000, 9999)}` : ''), ['workPhone.number']],
    ['Mobile', (c, o, r) => (r() < 0.5 ? loc(c, 'au').mobile : ''), ['mobilePhone.number']],
    ['Assistant', (c, o, r) => (r() < 0.2 ? v.pick(r, ['Tegan Walsh', 'Priya Chand', 'Megan Ross']) : ''), ['extendedWorkDetails.assistantDetails.name.fullName'], opt],
    ['Street Address', (c, o, r) => (r() < 0.5 ? `Level ${v.int(r, 2, 30)}, ${v.int(r, 10, 480)} ${v.pick(r, ['Queen Street', 'Eagle Street', 'Adelaide Street', 'Ann Street', 'George Street'])}` : ''), [W('street1')]],
    ['City', (c) => auCo(c)[4], [W('city')]],
    ['State', (c) => auCo(c)[6], STATE(['workAddress'])],
    ['Postcode', (c) => auCo(c)[5], [W('postalCode')]],
    ['Country', () => 'Australia', [W('country')]],
    ['LinkedIn URL', (c, o, r) => (r() < 0.7 ? `https://www.linkedin.com/in/${slug(loc(c, 'au').first)}-${slug(loc(c, 'au').last)}-${v.hex(r, 6)}` : ''), []],
    ['Relationship Partner', (c) => row(AU_PARTNERS, +c.id % 4), []],
    ['Relationship Strength', (c, o) => row(['Strong', 'Medium', 'Weak', 'Strong', 'Medium'], +o.id % 5), []],
    ['Last Interaction', (c) => dmy(bne(later(c))), ['extSourceSystemAudit.lastActivityDate'], opt],
    ['First Interaction', (c) => dmy(bne(c.created)), ['extSourceSystemAudit.createdDate'], opt],
    ['Interactions (12 months)', (c, o) => String(+o.id % 140), []],
    ['Marketing Lists', (c, o) => row(['Client Alerts - Property; Christmas Party', 'Client Alerts - Employment', '', 'Mining & Resources Briefing'], +o.id % 4), []],
    ['Practice Area', (c, o) => row(['Corporate & Commercial', 'Property & Development', 'Employment & Safety', 'Disputes'], +o.id % 4), []],
    ['Unsubscribed', (c, o) => (+o.id % 13 === 0 ? 'Yes' : 'No'), ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email', 'b2b.isMarketingSuspended'], opt],
    ['Date Added', (c) => dmy(bne(c.created)), ['extSourceSystemAudit.createdDate'], opt],
  ] },
  // ---------------------------------------------------------------- US: lead-list tool
  { name: 'leadfuze-leads-export-us', product: 'LeadFuze (Lists > Export to CSV, one row per lead, a US commercial-cleaning franchise\'s list of facility decision-makers in its service areas)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['First Name', (c) => c.first, ['person.name.firstName']],
    ['Last Name', (c) => c.last, ['person.name.lastName']],
    ['Title', (c) => usTitle(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => usTitle(c)[1], []],
    ['Department', (c) => usTitle(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${slug(c.first)}.${slug(c.last)}@${usCo(c)[1]}`, ['workEmail.address']],
    ['Email Verification', (c, o) => row(['Valid', 'Valid', 'Accept All', 'Valid', 'Unknown'], +o.id % 5), ['workEmail.status'], opt],
    ['Personal Email', (c, o) => (+o.id % 3 === 0 ? c.email : ''), ['personalEmail.address']],
    ['Direct Phone', (c, o) => (+o.id % 2 ? c.phone : ''), ['workPhone.number']],
    ['Mobile Phone', (c, o) => (+o.id % 3 === 1 ? c.mobile : ''), ['mobilePhone.number']],
    ['Company Phone', (c, o, r) => `(${v.int(r, 201, 989)}) ${v.int(r, 200, 999)}-${pad(v.int(r, 0, 9999), 4)}`, ['workPhone.number'], opt],
    ['LinkedIn', (c, o, r) => `https://www.linkedin.com/in/${slug(c.first)}${slug(c.last)}${v.int(r, 1, 999)}`, []],
    ['Company Name', (c) => usCo(c)[0], CO],
    ['Company Website', (c) => `https://www.${usCo(c)[1]}`, ['b2b.companyWebsite']],
    ['Company LinkedIn', (c) => `https://www.linkedin.com/company/${slug(usCo(c)[0])}`, []],
    ['Industry', (c) => usCo(c)[2], []],
    ['Employee Count', (c) => usCo(c)[3], []],
    ['Annual Revenue', (c) => usCo(c)[4], []],
    ['Company Address', (c) => c.street, [W('street1')]],
    ['Company City', (c) => c.city, [W('city')]],
    ['Company State', (c) => c.region, STATE(['workAddress'])],
    ['Company Zip', (c) => c.postcode, [W('postalCode')]],
    ['Company Country', () => 'United States', [W('country')]],
    ['Person City', (c) => c.city, at(['workAddress', 'homeAddress'], 'city'), opt],
    ['Person State', (c) => US_STATES[c.region] ?? c.region, STATE(['workAddress', 'homeAddress']), opt],
    ['List', () => 'Facility Managers - Key Metros Q3', []],
    ['Date Added', (c) => { const p = bd(c.created); return `${p.m}/${p.d}/${p.y}` }, ['extSourceSystemAudit.createdDate'], opt],
  ] },
]
