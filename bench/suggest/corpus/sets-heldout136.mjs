// heldout136: held-out sets written blind by a helper that never opened the suggester or a score. Same format as
// sets.mjs (sources in ../README.md). English-language exports from India, Singapore, Malaysia, the Philippines, South
// Africa, Nigeria, Kenya and the UAE: a corporate ride account's transport report (Grab for Business, SG), a
// Philippine payment gateway's transaction report (Paynamics), a Lagos food-delivery vendor's orders (Chowdeck), a
// Nairobi ticketing platform's ticket sales (Mookh), an Indian D2C checkout's orders (GoKwik), a South African
// shipping platform's shipments (Bob Go), an Indian coaching-app's students (Classplus), an Indian WhatsApp-commerce
// tool's contacts (Zoko), a Singapore web-store builder's customers in Malaysia (Shopmatic), a B2B data platform's
// contact list of UAE prospects (Slintel), an Indian B2B contact-data tool's revealed leads (EasyLeadz) and an Indian
// event platform's attendee report (Explara) (en 12; E 6, P 3, B 3). Headers are written from the writer's knowledge
// of each product; nothing was copied from a real export.
import { E, P, B, v, HOME, B2BID, PL, OR, SHIP, BILL, at, opt, EMAIL_ID, PHONE_ID, CUST_ID, STATE, W, CO, ACCT } from './sets.mjs'
import { pad, shift, row, ymd, hms, hm, hm12, thou } from './values.mjs'
import { slug, hash, digits } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const two = (x) => (Math.round(x * 100) / 100).toFixed(2)
const r2 = (x) => Math.round(x * 100) / 100
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const dd = (p) => pad(p.d)
// none of these zones keeps summer time: India +5:30, SG/MY/PH +8, Lagos +1, Nairobi +3, South Africa +2, UAE +4
const ist = (ms) => shift(ms, 5.5)
const sgt = (ms) => shift(ms, 8)
const wat = (ms) => shift(ms, 1)
const eat = (ms) => shift(ms, 3)
const sast = (ms) => shift(ms, 2)
// the same instant moved into waking hours (lo .. lo+span-1 local) of a zone off hours from UTC
const open = (ms, off, lo = 8, span = 14) => { const H = shift(ms, off).H; return ms + ((lo + (H % span)) - H) * 3600000 }
// a person's first contact in a window, and a later activity some days after it
const born = (c, from, span) => from + (c.created % (span * day))
const after = (c, ms) => ms + ((n(c) % 200) + 5) * day + (n(c) % 70000) * 1000
// Indian grouping (lakh/crore): 112500 → '1,12,500.00'
const lakh = (x, dp = 2) => {
  const [a, b] = (Math.round(x * 100) / 100).toFixed(dp).split('.')
  const head = a.slice(0, -3), tail = a.slice(-3)
  const g = head ? `${head.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${tail}` : tail
  return b === undefined ? g : `${g}.${b}`
}
const WE = ['workEmail.address', 'personalEmail.address']
const GEO = (leaf) => `placeContext.geo.${leaf}`
const SHIP_STATE = STATE(['commerce.shipping.address'])
const BILL_STATE = STATE(['commerce.billing.address'])

// ---------------------------------------------------------------- local people, seeded by the row's person
const memo = new Map()
const keep = (k, f) => { if (!memo.has(k)) memo.set(k, f()); return memo.get(k) }
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}:${c.first}:${c.last}:${salt}`) ^ 0x5bd1e995); r(); r(); return r }
const NAMES = {
  in: { f: ['Priya', 'Ananya', 'Sneha', 'Kavya', 'Pooja', 'Divya', 'Neha', 'Aishwarya', 'Ritika', 'Meera', 'Shruti', 'Anjali'], m: ['Rahul', 'Arjun', 'Rohan', 'Vikram', 'Aditya', 'Karthik', 'Siddharth', 'Amit', 'Nikhil', 'Varun', 'Harsh', 'Yash'],
    l: ['Sharma', 'Verma', 'Iyer', 'Nair', 'Reddy', 'Patel', 'Gupta', 'Menon', 'Kulkarni', 'Singh', 'Joshi', 'Agarwal', 'Rao', 'Das', 'Mehta', 'Chatterjee'] },
  raj: { f: ['Riya', 'Khushi', 'Tanvi', 'Ishita', 'Palak', 'Simran', 'Aditi', 'Nandini', 'Sakshi', 'Muskan'], m: ['Aryan', 'Dev', 'Kunal', 'Lakshya', 'Manav', 'Ritesh', 'Tushar', 'Vivek', 'Yuvraj', 'Harshit'],
    l: ['Sharma', 'Jain', 'Agarwal', 'Meena', 'Choudhary', 'Rathore', 'Shekhawat', 'Saini', 'Gupta', 'Khandelwal', 'Mathur', 'Joshi'] },
  ker: { f: ['Anjali', 'Aswathy', 'Lakshmi', 'Reshma', 'Fathima', 'Anu', 'Neethu', 'Sreelakshmi', 'Ann Mary', 'Divya'], m: ['Arun', 'Vishnu', 'Rahul', 'Akhil', 'Mohammed', 'Jithin', 'Sreejith', 'Nikhil', 'Jobin', 'Abhijith'],
    l: ['Nair', 'Menon', 'Pillai', 'Thomas', 'Kurian', 'Varghese', 'Krishnan', 'Joseph', 'Rahman', 'Panicker', 'George', 'Warrier'] },
  sg: [{ f: ['Wei Ling', 'Hui Min', 'Xin Yi', 'Shu Fen', 'Jasmine', 'Michelle'], m: ['Jun Jie', 'Kai Xiang', 'Zhi Hao', 'Wei Ming', 'Marcus', 'Darren'], l: ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Koh', 'Teo'] },
    { f: ['Nurul', 'Siti Nurhaliza', 'Farhana'], m: ['Faris', 'Hafiz', 'Irfan'], l: ['Rahman', 'Ismail', 'Osman'] }, { f: ['Priya', 'Kavitha'], m: ['Arun', 'Suresh'], l: ['Pillai', 'Nair', 'Rajan'] }],
  my: [{ f: ['Nurul Aina', 'Siti Aisyah', 'Farah Nadia', 'Nur Syafiqah', 'Aishah', 'Sharifah Nadia', 'Nur Izzati', 'Amirah'], m: ['Muhammad Hafiz', 'Ahmad Faiz', 'Amirul'], l: ['Abdullah', 'Ismail', 'Rahman', 'Yusof', 'Hassan', 'Ibrahim'] },
    { f: ['Nurul Aina', 'Siti Aisyah', 'Nur Syafiqah', 'Amirah'], m: ['Muhammad Hafiz'], l: ['Abdullah', 'Ismail', 'Yusof'] },
    { f: ['Mei Ling', 'Hui Yee', 'Jia Yi'], m: ['Wei Jie', 'Jun Hao'], l: ['Tan', 'Lim', 'Wong', 'Ong', 'Chong'] }, { f: ['Kavitha', 'Revathi'], m: ['Ravi'], l: ['Subramaniam', 'Krishnan'] }],
  ph: { f: ['Maria Cristina', 'Angelica', 'Kristine', 'Patricia', 'Joy', 'Rhea', 'Camille', 'Bea', 'Janine', 'Carmela'], m: ['Jose', 'Mark Anthony', 'John Paul', 'Carlo', 'Miguel', 'Paolo', 'Rafael', 'Jerome', 'Kenneth', 'Nico'],
    l: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Navarro'] },
  ng: { f: ['Adaeze', 'Temitope', 'Aisha', 'Funmilayo', 'Ngozi', 'Zainab', 'Chiamaka', 'Folake', 'Amaka', 'Tolulope'], m: ['Chinonso', 'Oluwaseun', 'Ibrahim', 'Chukwuemeka', 'Emeka', 'Babatunde', 'Tunde', 'Uche', 'Segun', 'Kelechi'],
    l: ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Okonkwo', 'Balogun', 'Ogunleye', 'Nwosu', 'Abubakar', 'Adebayo', 'Olawale', 'Obi'] },
  ke: { f: ['Wanjiru', 'Achieng', 'Njeri', 'Akinyi', 'Wambui', 'Faith', 'Mercy', 'Chebet', 'Nyambura', 'Atieno'], m: ['Kamau', 'Otieno', 'Kiprono', 'Mwangi', 'Omondi', 'Brian', 'Kevin', 'Dennis', 'Kiptoo', 'Onyango'],
    l: ['Mwangi', 'Otieno', 'Kamau', 'Wanjiku', 'Odhiambo', 'Kiprop', 'Njoroge', 'Mutua', 'Ochieng', 'Chebet', 'Kariuki', 'Wafula'] },
  za: [{ f: ['Lerato', 'Nomvula', 'Zanele', 'Ayanda', 'Thandeka', 'Refilwe'], m: ['Thabo', 'Sipho', 'Bongani', 'Tshepo', 'Sibusiso'], l: ['Nkosi', 'Dlamini', 'Mokoena', 'Khumalo', 'Ndlovu', 'Mahlangu'] },
    { f: ['Annelie', 'Chantelle', 'Michelle', 'Marike'], m: ['Pieter', 'Johan', 'Ruan', 'Riaan', 'Kyle'], l: ['van der Merwe', 'Botha', 'Smit', 'Pretorius', 'Jacobs', 'du Plessis'] },
    { f: ['Priyanka', 'Kerisha'], m: ['Kevin', 'Rajen'], l: ['Naidoo', 'Pillay', 'Govender'] }],
  ae: [{ f: ['Fatima', 'Noura', 'Hind', 'Reem'], m: ['Mohammed', 'Khalid', 'Faisal', 'Omar'], l: ['Al Mansoori', 'Al Hashimi', 'Al Zaabi', 'Al Suwaidi'] },
    { f: ['Rania', 'Lina'], m: ['Ahmed', 'Omar', 'Karim'], l: ['Haddad', 'Saleh', 'Khoury'] }, { f: ['Priya', 'Anjali'], m: ['Rajesh', 'Vikram', 'Sanjay'], l: ['Sharma', 'Menon', 'Iyer'] },
    { f: ['Maria', 'Sarah'], m: ['James', 'Imran'], l: ['D\'Souza', 'Fernandes', 'Qureshi', 'Khan'] }],
}
// [city, state/province, state code, postcodes, localities/streets]
const PLACES = {
  in: [['Bengaluru', 'Karnataka', 'KA', ['560034', '560102', '560038', '560076'], ['27th Main, HSR Layout Sector 2', '12th Cross, Indiranagar 2nd Stage', '80 Feet Road, Koramangala 4th Block', 'Bannerghatta Road, JP Nagar 7th Phase']],
    ['Mumbai', 'Maharashtra', 'MH', ['400050', '400053', '400076'], ['Hill Road, Bandra West', 'Lokhandwala Complex, Andheri West', 'Hiranandani Gardens, Powai']],
    ['Pune', 'Maharashtra', 'MH', ['411045', '411014', '411038'], ['Baner Road, Baner', 'Nagar Road, Viman Nagar', 'Paud Road, Kothrud']],
    ['New Delhi', 'Delhi', 'DL', ['110017', '110048', '110085'], ['Press Enclave Marg, Saket', 'M Block, Greater Kailash II', 'Sector 9, Rohini']],
    ['Gurugram', 'Haryana', 'HR', ['122002', '122018'], ['DLF Phase 3', 'Sector 49, Sohna Road']],
    ['Hyderabad', 'Telangana', 'TS', ['500033', '500081'], ['Road No. 36, Jubilee Hills', 'Madhapur, HITEC City']],
    ['Chennai', 'Tamil Nadu', 'TN', ['600020', '600040', '600097'], ['2nd Avenue, Besant Nagar', '3rd Main Road, Anna Nagar West', 'OMR, Perungudi']],
    ['Kolkata', 'West Bengal', 'WB', ['700019', '700091'], ['Gariahat Road, Ballygunge', 'Sector V, Salt Lake']],
    ['Ahmedabad', 'Gujarat', 'GJ', ['380015', '380054'], ['Satellite Road', 'Bodakdev, SG Highway']],
    ['Jaipur', 'Rajasthan', 'RJ', ['302017', '302021'], ['Malviya Nagar', 'Vaishali Nagar']],
    ['Lucknow', 'Uttar Pradesh', 'UP', ['226010', '226016'], ['Vibhuti Khand, Gomti Nagar', 'Indira Nagar']]],
  raj: [['Jaipur', 'Rajasthan', 'RJ', ['302017', '302021', '302039'], ['Malviya Nagar', 'Vaishali Nagar', 'Jhotwara Road']],
    ['Kota', 'Rajasthan', 'RJ', ['324005', '324009'], ['Talwandi', 'Mahaveer Nagar', 'Rajeev Gandhi Nagar']],
    ['Ajmer', 'Rajasthan', 'RJ', ['305001'], ['Vaishali Nagar', 'Civil Lines']],
    ['Jodhpur', 'Rajasthan', 'RJ', ['342001', '342008'], ['Shastri Nagar', 'Paota']],
    ['Udaipur', 'Rajasthan', 'RJ', ['313001'], ['Hiran Magri Sector 4', 'Fatehpura']],
    ['Sikar', 'Rajasthan', 'RJ', ['332001'], ['Piprali Road', 'Station Road']],
    ['Gwalior', 'Madhya Pradesh', 'MP', ['474011'], ['City Centre', 'Thatipur']],
    ['Hisar', 'Haryana', 'HR', ['125001'], ['Urban Estate II', 'Model Town']]],
  ker: [['Kochi', 'Kerala', 'KL', ['682024', '682036', '682020'], ['Edappally', 'Panampilly Nagar', 'Kadavanthra']],
    ['Thiruvananthapuram', 'Kerala', 'KL', ['695004', '695010'], ['Pattom', 'Kowdiar']],
    ['Kozhikode', 'Kerala', 'KL', ['673001', '673006'], ['Mavoor Road', 'Nadakkavu']],
    ['Thrissur', 'Kerala', 'KL', ['680001', '680020'], ['Round South', 'Punkunnam']],
    ['Bengaluru', 'Karnataka', 'KA', ['560034', '560037'], ['HSR Layout Sector 1', 'Marathahalli']],
    ['Chennai', 'Tamil Nadu', 'TN', ['600041'], ['Thiruvanmiyur']],
    ['Mumbai', 'Maharashtra', 'MH', ['400706'], ['Sector 17, Vashi']]],
  my: [['Petaling Jaya', 'Selangor', 'SGR', ['47301', '47400', '46150'], ['Jalan SS 2/24', 'Jalan 17/1, Seksyen 17', 'Jalan PJU 7/3, Mutiara Damansara']],
    ['Shah Alam', 'Selangor', 'SGR', ['40150', '40460'], ['Jalan Plumbum 7/102, Seksyen 7', 'Jalan Kristal 7/70']],
    ['Subang Jaya', 'Selangor', 'SGR', ['47500', '47610'], ['Jalan SS 15/4', 'Jalan USJ 9/5']],
    ['Kuala Lumpur', 'W.P. Kuala Lumpur', 'KUL', ['50450', '59100', '53300'], ['Jalan Telawi 3, Bangsar Baru', 'Jalan Ampang', 'Jalan Genting Kelang, Setapak']],
    ['Johor Bahru', 'Johor', 'JHR', ['80100', '81200'], ['Jalan Tebrau', 'Jalan Mutiara Emas 9']],
    ['George Town', 'Pulau Pinang', 'PNG', ['10200', '10450'], ['Lebuh Chulia', 'Jalan Burma']],
    ['Ipoh', 'Perak', 'PRK', ['30450', '31400'], ['Jalan Sultan Idris Shah', 'Persiaran Bercham']],
    ['Kota Kinabalu', 'Sabah', 'SBH', ['88000', '88300'], ['Jalan Gaya', 'Jalan Lintas']]],
  ph: [['Makati City', 'Metro Manila', 'NCR', ['1226', '1209'], ['Ayala Avenue', 'Jupiter Street, Bel-Air', 'Legazpi Street, Legaspi Village']],
    ['Quezon City', 'Metro Manila', 'NCR', ['1108', '1103'], ['Katipunan Avenue, Loyola Heights', 'Tomas Morato Avenue', 'Maginhawa Street, Teachers Village']],
    ['Taguig City', 'Metro Manila', 'NCR', ['1634'], ['5th Avenue, Bonifacio Global City', 'C5 Road, Ususan']],
    ['Pasig City', 'Metro Manila', 'NCR', ['1605', '1603'], ['Emerald Avenue, Ortigas Center', 'East Capitol Drive, Kapitolyo']],
    ['Cebu City', 'Cebu', 'CEB', ['6000'], ['Archbishop Reyes Avenue, Lahug', 'Salinas Drive, Lahug']],
    ['Davao City', 'Davao del Sur', 'DAS', ['8000'], ['J.P. Laurel Avenue, Bajada', 'Roxas Avenue']],
    ['Parañaque City', 'Metro Manila', 'NCR', ['1720'], ['Aguirre Avenue, BF Homes']],
    ['Antipolo City', 'Rizal', 'RIZ', ['1870'], ['Sumulong Highway']]],
  za: [['Johannesburg', 'Gauteng', 'GP', ['2196'], ['Rivonia Road', 'West Street', 'Katherine Street'], 'Sandton'],
    ['Johannesburg', 'Gauteng', 'GP', ['2194'], ['Republic Road', 'Bram Fischer Drive'], 'Randburg'],
    ['Pretoria', 'Gauteng', 'GP', ['0081'], ['Lynnwood Road', 'Atterbury Road'], 'Lynnwood'],
    ['Centurion', 'Gauteng', 'GP', ['0157'], ['Lenchen Avenue South', 'Jean Avenue'], 'Lyttelton'],
    ['Cape Town', 'Western Cape', 'WC', ['8005'], ['Main Road', 'Regent Road', 'Beach Road'], 'Sea Point'],
    ['Cape Town', 'Western Cape', 'WC', ['7708'], ['Main Road', 'Protea Road'], 'Claremont'],
    ['Cape Town', 'Western Cape', 'WC', ['7550'], ['Wellington Road', 'Durban Road'], 'Durbanville'],
    ['Durban', 'KwaZulu-Natal', 'KZN', ['4319'], ['Lighthouse Road', 'Chartwell Drive'], 'Umhlanga'],
    ['Durban', 'KwaZulu-Natal', 'KZN', ['4001'], ['Florida Road', 'Innes Road'], 'Morningside'],
    ['Bloemfontein', 'Free State', 'FS', ['9301'], ['Zastron Street', 'Kellner Street'], 'Westdene'],
    ['Gqeberha', 'Eastern Cape', 'EC', ['6001'], ['Marine Drive', 'Admiralty Way'], 'Summerstrand']],
}
const MAIL = { in: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'], sg: ['gmail.com', 'hotmail.com', 'yahoo.com.sg', 'outlook.com'], my: ['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com'],
  ph: ['gmail.com', 'yahoo.com', 'gmail.com', 'outlook.com'], ng: ['gmail.com', 'yahoo.com', 'gmail.com', 'outlook.com'], ke: ['gmail.com', 'yahoo.com', 'gmail.com'], za: ['gmail.com', 'icloud.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com'], ae: ['gmail.com', 'hotmail.com', 'outlook.com'] }
// national significant numbers of mobiles (no trunk 0) and the country code
const MOBILE = {
  in: (r) => `${v.pick(r, ['9', '9', '8', '7', '6'])}${digits(r, 9)}`,
  sg: (r) => `${v.pick(r, ['9', '8'])}${digits(r, 7)}`,
  my: (r) => `1${v.pick(r, ['2', '3', '6', '7', '9', '1'])}${digits(r, 7)}`,
  ph: (r) => `9${v.pick(r, ['17', '18', '27', '55', '66', '77', '95', '98'])}${digits(r, 7)}`,
  ng: (r) => `${v.pick(r, ['803', '806', '813', '816', '703', '706', '810', '903', '905', '802', '808', '701'])}${digits(r, 7)}`,
  ke: (r) => `${v.pick(r, ['712', '722', '723', '726', '733', '741', '757', '768', '790', '110', '113'])}${digits(r, 6)}`,
  za: (r) => `${v.pick(r, ['82', '83', '84', '72', '73', '76', '79', '60', '61', '71'])}${digits(r, 7)}`,
  ae: (r) => `5${v.pick(r, ['0', '2', '4', '5', '6', '8'])}${digits(r, 7)}`,
}
const CC = { in: '91', raj: '91', ker: '91', sg: '65', my: '60', ph: '63', ng: '234', ke: '254', za: '27', ae: '971' }
const ctry = (key) => (['raj', 'ker'].includes(key) ? 'in' : key)
const mk = (c, key) => {
  const r = seeded(c, key)
  const k = ctry(key)
  const g = NAMES[key] ?? NAMES[k]
  const nm = Array.isArray(g) ? v.pick(r, g) : g
  const female = r() < (key === 'my' ? 0.8 : 0.5)
  const first = v.pick(r, female ? nm.f : nm.m), last = v.pick(r, nm.l)
  const pl = PLACES[key] ?? PLACES[k]
  const place = pl ? v.pick(r, pl) : ['', '', '', [''], ['']]
  const [city, state, stCode, codes, streets, suburb] = place
  const nsn = MOBILE[k](r)
  return {
    female, first, last, full: `${first} ${last}`, city, state, stCode, suburb: suburb ?? '', zip: v.pick(r, codes), locality: v.pick(r, streets),
    house: v.int(r, 1, 240), flat: v.int(r, 1, 14) * 100 + v.int(r, 1, 8),
    bldg: v.pick(r, ['Lake View Residency', 'Sunshine Towers', 'Green Park Apartments', 'Shanti Niketan', 'Royal Enclave', 'Sai Krupa Apartments', 'Palm Meadows', 'Silver Oak Heights']),
    nsn, cc: CC[key], e164: `+${CC[key]}${nsn}`,
    email: `${slug(first.split(' ')[0])}${v.pick(r, ['.', '', '_'])}${slug(last)}${r() < 0.6 ? v.int(r, 1, 99) : ''}@${v.pick(r, MAIL[k])}`,
    birth: Date.UTC(1975 + v.int(r, 0, 28), v.int(r, 0, 11), v.int(r, 1, 28)), n: v.int(r, 0, 999999),
  }
}
const who = (c, key) => keep(`${key}:${c.id}:${c.first}:${c.last}`, () => mk(c, key))
// local phone writings
const inMob = (p) => `${p.nsn.slice(0, 5)} ${p.nsn.slice(5)}`
const ngLocal = (p) => `0${p.nsn.slice(0, 3)} ${p.nsn.slice(3, 6)} ${p.nsn.slice(6)}`
const zaLocal = (p) => `0${p.nsn.slice(0, 2)} ${p.nsn.slice(2, 5)} ${p.nsn.slice(5)}`
const myIntl = (p) => `+60 ${p.nsn.slice(0, 2)}-${p.nsn.slice(2, p.nsn.length - 4)} ${p.nsn.slice(-4)}`
const phLocal = (p) => `0${p.nsn}`
const aeIntl = (p) => `+971 ${p.nsn.slice(0, 2)} ${p.nsn.slice(2, 5)} ${p.nsn.slice(5)}`

// ---------------------------------------------------------------- 1. Grab for Business transport report (E, SG)
// [service, fare multiplier]
const GB_SVC = [['JustGrab', 1.0], ['GrabCar Premium', 1.45], ['JustGrab', 1.0], ['GrabCar 6-Seater', 1.3], ['Standard Taxi', 0.95], ['GrabCar Plus', 1.2], ['JustGrab', 1.0]]
const GB_OFFICE = '71 Ayer Rajah Crescent, #04-12, Singapore 139951'
const GB_SITES = ['Changi Airport Terminal 3, 65 Airport Boulevard, Singapore 819663', 'JTC Space @ Tuas, 1 Tuas South Avenue 4, Singapore 637609', 'Marina Bay Financial Centre Tower 3, 12 Marina Boulevard, Singapore 018982',
  'Jurong East MRT Station, 10 Jurong East Street 12, Singapore 609690', 'Woodlands Checkpoint, 21 Woodlands Crossing, Singapore 738203', 'Punggol Digital District, 1 Punggol Coast Road, Singapore 828608', 'LTA Depot, 10 Sin Ming Drive, Singapore 575701']
const GB_GROUPS = ['Civil & Structural', 'Mechanical & Electrical', 'Project Management', 'Business Development', 'Management']
const gbSvc = (o) => row(GB_SVC, n(o))
const gbCancel = (o) => n(o) % 11 === 3
const gbKm = (o) => (gbCancel(o) ? 0 : 3 + ((n(o) * 37) % 230) / 10)
const gbFare = (o) => (gbCancel(o) ? 0 : r2((3.6 + gbKm(o) * 0.72) * gbSvc(o)[1]))
const gbToll = (o) => (gbCancel(o) || n(o) % 4 ? 0 : row([1, 2, 3, 0.5, 2.5], n(o) >> 2))
const gbPlat = (o) => (gbCancel(o) ? 0 : 0.9)
const gbCxl = (o) => (gbCancel(o) ? 4 : 0)
const gbGst = (o) => r2((gbFare(o) + gbPlat(o) + gbCxl(o)) * 0.09)
const gbTotal = (o) => gbFare(o) + gbToll(o) + gbPlat(o) + gbCxl(o) + gbGst(o)
const gbAt = (o) => open(Date.UTC(2024, 0, 2) + (o.at % (160 * day)), 8, 7, 15)
const gbOut = (o) => n(o) % 2 === 0
const gbEmp = (c) => who(c, 'sg')
const gbTrip = (o) => row([['PRJ-2317', 'Tuas depot site inspection'], ['PRJ-2290', 'MBFC M&E handover meeting'], ['BD-0042', 'Client lunch - Punggol Digital District'], ['ADM-001', 'Overtime transport claim'], ['PRJ-2317', 'Tuas depot progress meeting'], ['TRV-118', 'Airport transfer - KL trip']], n(o) >> 1)

// ---------------------------------------------------------------- 2. Paynamics transactions (E, PH)
// [payment channel, payment method]
const PN_CH = [['GCash', 'wallet'], ['Maya', 'wallet'], ['Credit Card', 'cc'], ['7-Eleven CLiQQ', 'nonbank_otc'], ['BPI Online', 'onlinebanktransfer'], ['Cebuana Lhuillier', 'nonbank_otc'], ['GrabPay', 'wallet'], ['Credit Card', 'cc'], ['GCash', 'wallet']]
const pnCh = (o) => row(PN_CH, n(o))
const pnAmt = (o) => r2(row([349, 1250, 2180, 689, 4575, 899, 1599, 3240, 528, 7850], n(o) >> 1) + (n(o) % 3) * 85)
const pnStatus = (o) => (pnCh(o)[1] === 'nonbank_otc' && n(o) % 3 === 0 ? 'PENDING' : n(o) % 13 === 5 ? 'FAILED' : n(o) % 17 === 2 ? 'REFUNDED' : 'SUCCESS')
const PN_RESP = { SUCCESS: ['GR001', 'Transaction Successful'], REFUNDED: ['GR001', 'Transaction Successful'], PENDING: ['GR033', 'Transaction Pending'], FAILED: ['GR003', 'Transaction Failed'] }
const pnFee = (o) => ({ wallet: r2(pnAmt(o) * 0.02), cc: r2(pnAmt(o) * 0.035), nonbank_otc: 25, onlinebanktransfer: 15 }[pnCh(o)[1]])
const pnAt = (o) => open(Date.UTC(2023, 0, 1) + (o.at % (540 * day)), 8, 8, 15)
const pnWho = (c) => who(c, 'ph')

// ---------------------------------------------------------------- 3. Chowdeck vendor orders (E, NG)
const CD_MENU = [['Amala + Ewedu + Gbegiri', 2500], ['Assorted Meat', 1500], ['Ofada Rice + Ayamase Sauce', 4200], ['Pounded Yam + Egusi', 3800], ['Goat Meat Pepper Soup', 3500], ['Chapman', 1800], ['Zobo (50cl)', 800], ['Fried Plantain (Dodo)', 1000], ['Jollof Rice + Chicken', 4500], ['Ponmo', 500]]
const cdLines = (o) => {
  const k = 1 + (n(o) % 3)
  return Array.from({ length: k }, (_, j) => [row(CD_MENU, (n(o) >> 1) + j * 3), 1 + ((n(o) >> (j + 2)) % 3 === 0 ? 1 : 0)])
}
const cdSub = (o) => cdLines(o).reduce((s, [[, p], q]) => s + p * q, 0)
const cdPickup = (o) => n(o) % 7 === 2
const cdStatus = (o) => (n(o) % 9 === 4 ? 'Cancelled' : n(o) % 13 === 7 ? 'Rejected' : 'Delivered')
// [area, streets, delivery fee]
const CD_AREAS = [['Lekki Phase 1', ['Admiralty Way', 'Fola Osibo Road', 'Bayo Kuku Road'], 1200], ['Ikoyi', ['Bourdillon Road', 'Glover Road', 'Awolowo Road'], 1800], ['Victoria Island', ['Adeola Odeku Street', 'Ajose Adeogun Street'], 1800], ['Oniru', ['Palace Road', 'Yesufu Abiodun Road'], 1500], ['Ajah', ['Addo Road', 'Badore Road'], 2200], ['Chevron', ['Chevron Drive', 'Orchid Road'], 1000], ['Ikate', ['Ikate Elegushi Road', 'Freedom Way'], 900]]
const cdArea = (c) => row(CD_AREAS, n(c))
const cdDel = (c, o) => (cdPickup(o) ? 0 : cdArea(c)[2])
const cdPack = (o) => cdLines(o).length * 200
const cdSvc = (o) => Math.min(r2(cdSub(o) * 0.05), 600)
const cdDisc = (o) => (n(o) % 6 === 1 ? 1000 : 0)
const cdTotal = (c, o) => cdSub(o) + cdPack(o) + cdDel(c, o) + cdSvc(o) - cdDisc(o)
const naira = (x) => `₦${thou(x, ',', '.')}`
const cdAt = (o) => open(Date.UTC(2024, 1, 1) + (o.at % (120 * day)), 1, 10, 12)
const cdWho = (c) => who(c, 'ng')

// ---------------------------------------------------------------- 4. Mookh ticket sales (E, KE)
const MK_TIX = [['Early Bird', 1500], ['Regular', 2500], ['VIP', 6000], ['Regular', 2500], ['Group of 5 (Regular)', 11000], ['Kids (Under 12)', 500], ['Advance', 2000]]
const mkTix = (o) => row(MK_TIX, n(o))
const mkQty = (o) => (mkTix(o)[0].startsWith('Group') ? 1 : 1 + (n(o) % 4 === 0 ? 1 : 0) + (n(o) % 9 === 0 ? 2 : 0))
const mkPromo = (o) => (n(o) % 6 === 1 && !mkTix(o)[0].startsWith('Kids') ? 'JAZZ10' : '')
const mkDisc = (o) => (mkPromo(o) ? r2(mkTix(o)[1] * mkQty(o) * 0.1) : 0)
const mkPaid = (o) => mkTix(o)[1] * mkQty(o) - mkDisc(o)
const mkPay = (o) => row(['M-PESA', 'M-PESA', 'Card', 'M-PESA', 'Airtel Money', 'M-PESA', 'Card'], n(o) >> 1)
const mkStatus = (o) => (n(o) % 14 === 3 ? 'Refunded' : 'Paid')
const mkAt = (o) => Date.UTC(2024, 2, 25, 6) + (o.at % (90 * day))
const ksh = (x) => `KSh ${thou(x, ',', '.')}`
const mkWho = (c) => who(c, 'ke')
const MP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const mpesaRef = (o) => { const r = v.rng(n(o) * 31 + 7); const m = new Date(mkAt(o)).getUTCMonth(); return `S${'CDEF'[m - 2] ?? 'E'}${Array.from({ length: 8 }, () => MP[v.int(r, 0, 35)]).join('')}` }

// ---------------------------------------------------------------- 5. GoKwik orders (E, IN)
const GK_BASKET = [1499, 2899, 4350, 899, 12500, 6799, 112500, 3199, 18999, 1899, 245000, 2499]
const gkSub = (o) => row(GK_BASKET, n(o))
const gkItems = (o) => (gkSub(o) > 20000 ? 1 : 1 + (n(o) % 3))
const gkPay = (o) => { const p = row(['UPI', 'COD', 'Card', 'UPI', 'COD', 'Netbanking', 'UPI', 'EMI', 'Wallet', 'COD'], n(o) >> 1); return p === 'COD' && gkSub(o) > 20000 ? 'UPI' : p }
const gkCod = (o) => gkPay(o) === 'COD'
const gkCoupon = (o) => (n(o) % 5 === 2 ? 'FIRST10' : n(o) % 7 === 3 ? 'SILVER500' : '')
const gkDisc = (o) => (gkCoupon(o) === 'FIRST10' ? r2(gkSub(o) * 0.1) : gkCoupon(o) === 'SILVER500' ? 500 : 0)
const gkPre = (o) => (gkCod(o) ? 0 : r2((gkSub(o) - gkDisc(o)) * 0.05))
const gkShip = (o) => (gkSub(o) >= 999 ? 0 : 79)
const gkCodFee = (o) => (gkCod(o) ? 49 : 0)
const gkTotal = (o) => gkSub(o) - gkDisc(o) - gkPre(o) + gkShip(o) + gkCodFee(o)
const gkAt = (o) => open(Date.UTC(2024, 2, 1) + (o.at % (100 * day)), 5.5, 8, 16)
const gkWho = (c) => who(c, 'in')
const gkUtm = (o) => row([['instagram', 'akshaya_tritiya_sale'], ['facebook', 'retargeting_catalog'], ['google', 'brand_search'], ['', ''], ['whatsapp', 'mothers_day_24'], ['instagram', 'reels_silver_anklets']], n(o) >> 1)

// ---------------------------------------------------------------- 6. Bob Go shipments (E, ZA)
// [courier, service level, rate incl. VAT, reference prefix]
const BG_SVC = [['The Courier Guy', 'Economy (ECO)', 89, 'TCG'], ['The Courier Guy', 'Overnight Express (ONX)', 149, 'TCG'], ['Pargo', 'Pargo Pickup Point', 65, 'PGO'], ['Aramex', 'Domestic Express Parcel', 109, ''], ['Dawn Wing', 'Economy Road', 95, 'DW'], ['The Courier Guy', 'Economy (ECO)', 89, 'TCG']]
const bgSvc = (o) => row(BG_SVC, n(o))
const bgStatus = (o) => { const s = row(['Delivered', 'Delivered', 'In transit', 'Delivered', 'Collected', 'Delivered', 'Pending collection', 'Delivered', 'Cancelled', 'Delivered'], n(o) >> 1); return s === 'Cancelled' || bgAt(o) > Date.UTC(2024, 4, 12) ? s : 'Delivered' }
const bgAt = (o) => open(Date.UTC(2023, 10, 1) + (o.at % (200 * day)), 2, 8, 9)
const bgRef = (o) => { const s = bgSvc(o); const k = pad((n(o) * 7919) % 100000000, 8); return s[3] === 'TCG' ? `TCG${k}` : s[3] === 'PGO' ? `PGO${k.slice(0, 7)}` : s[3] === 'DW' ? `DW${k}` : `3${pad((n(o) * 104729) % 10000000000, 10)}` }
const bgWho = (c) => who(c, 'za')
const PARGO = [['PEP Sea Point, 48 Regent Road', 'Sea Point', 'Cape Town', 'Western Cape', '8005'], ['Clicks Sandton City, 83 Rivonia Road', 'Sandton', 'Johannesburg', 'Gauteng', '2196'], ['PEP Gateway, 1 Palm Boulevard', 'Umhlanga', 'Durban', 'KwaZulu-Natal', '4319'], ['Clicks Menlyn, Atterbury Road', 'Menlo Park', 'Pretoria', 'Gauteng', '0081']]
const bgDest = (c, o) => { const p = bgWho(c); if (bgSvc(o)[0] === 'Pargo') { const x = row(PARGO, n(c)); return { street: `Pargo Point: ${x[0]}`, suburb: x[1], city: x[2], prov: x[3], zip: x[4] } } return { street: `${p.house} ${p.locality}`, suburb: p.suburb, city: p.city, prov: p.state, zip: p.zip } }
const bgValue = (o) => row([450, 690, 1240, 385, 899, 1575, 520], n(o) >> 1)
const rand = (x) => `R${thou(x, ',', '.')}`

// ---------------------------------------------------------------- 7-9. people (P)
const cpWho = (c) => who(c, 'raj')
const CP_BATCH = [['JEE 2025 Target - Morning (Kota)', 'JEE Main + Advanced 2025 Full Course', '11th', 145000], ['NEET 2025 Dropper Batch - Evening', 'NEET 2025 Complete Course (Dropper)', 'Dropper', 98000], ['JEE 2026 Foundation - Weekend', 'JEE 2026 Two-Year Programme', '11th', 165000], ['NEET 2025 Target - Morning', 'NEET 2025 Complete Course', '12th', 72500], ['Class 10 Olympiad Batch', 'NTSE + Olympiad Crash Course', '10th', 18500]]
const cpBatch = (c) => row(CP_BATCH, n(c) >> 1)
const cpPaid = (c) => (n(c) % 3 === 0 ? cpBatch(c)[3] : Math.round(cpBatch(c)[3] * row([0.5, 0.25, 0.75, 0.4], n(c)) / 500) * 500)
const cpBirth = (c) => Date.UTC(2006 + (n(c) % 3) + (cpBatch(c)[2] === '10th' ? 2 : 0), n(c) % 12, 1 + (n(c) % 28))
const cpJoin = (c) => Date.UTC(2023, 3, 1) + (c.created % (400 * day))
const zkWho = (c) => who(c, 'ker')
const zkBorn = (c) => born(c, Date.UTC(2022, 0, 10), 700)
const zkOpt = (c) => n(c) % 6 !== 4
const zkOrders = (c) => (n(c) % 5 === 3 ? 0 : 1 + (n(c) % 6))
const zkSpent = (c) => zkOrders(c) * row([649, 1180, 899, 1549, 420], n(c) >> 1)
const zkSrc = (c) => row(['Shopify Checkout', 'Website Widget', 'Click to WhatsApp Ad', 'Shopify Checkout', 'Imported', 'QR Code'], n(c))
const smWho = (c) => who(c, 'my')
const smBorn = (c) => born(c, Date.UTC(2021, 6, 1), 900)
const smOrders = (c) => 1 + (n(c) % 7)
const smSpent = (c) => smOrders(c) * row([129, 189, 259, 99, 349], n(c) >> 1)

// ---------------------------------------------------------------- 10-12. B2B (B)
// [company, domain, industry, employees, revenue, HQ city, emirate/area code, technologies]
const SL_FIRMS = [
  ['Al Noor General Trading LLC', 'alnoortrading.ae', 'Wholesale', '201-500', '$50M - $100M', 'Dubai', '4', 'Tally ERP 9; Microsoft Excel; Zoho Books'],
  ['Gulf Horizon Logistics', 'gulfhorizonlogistics.com', 'Logistics & Supply Chain', '501-1000', '$100M - $250M', 'Dubai', '4', 'SAP Business One; Salesforce; Microsoft Dynamics 365'],
  ['Desert Rose Hospitality Group', 'desertrosehotels.com', 'Hospitality', '1001-5000', '$250M - $500M', 'Dubai', '4', 'Oracle Opera PMS; Sage Intacct; HubSpot'],
  ['Emirates Precision Engineering', 'epe-uae.com', 'Mechanical or Industrial Engineering', '201-500', '$25M - $50M', 'Sharjah', '6', 'Tally Prime; AutoCAD; Microsoft 365'],
  ['Falcon Crest Real Estate', 'falconcrestre.ae', 'Real Estate', '51-200', '$10M - $25M', 'Abu Dhabi', '2', 'Yardi; QuickBooks Online; Zoho CRM'],
  ['Saadiyat Medical Centre', 'saadiyatmedical.ae', 'Hospital & Health Care', '201-500', '$25M - $50M', 'Abu Dhabi', '2', 'Microsoft Dynamics GP; Epic; Microsoft Excel'],
  ['Blue Dhow Foodstuff Trading', 'bluedhowfoods.com', 'Food & Beverages', '51-200', '$10M - $25M', 'Dubai', '4', 'Tally ERP 9; Odoo; WhatsApp Business'],
]
const slFirm = (c) => row(SL_FIRMS, n(c) >> 1)
const slWho = (c) => who(c, 'ae')
const slJob = (c) => row([['Chief Financial Officer', 'C-Level', 'Finance'], ['Finance Manager', 'Manager', 'Finance'], ['Head of Finance', 'Director', 'Finance'], ['Financial Controller', 'Manager', 'Finance'], ['VP Finance', 'VP', 'Finance'], ['IT Manager', 'Manager', 'Information Technology'], ['Chief Accountant', 'Manager', 'Finance & Accounting']], n(c) >> 2)
// [company, website, industry, size, turnover, city, state, STD code]
const EL_FIRMS = [
  ['Sahyadri Auto Components Pvt. Ltd.', 'sahyadriauto.in', 'Automotive', '1001-5000 employees', '₹500 Cr - ₹1,000 Cr', 'Pune', 'Maharashtra', '20'],
  ['Narmada Polymers Ltd.', 'narmadapolymers.com', 'Chemicals', '501-1000 employees', '₹100 Cr - ₹500 Cr', 'Vadodara', 'Gujarat', '265'],
  ['Kaveri Textiles Pvt. Ltd.', 'kaveritextiles.co.in', 'Textiles', '1001-5000 employees', '₹500 Cr - ₹1,000 Cr', 'Coimbatore', 'Tamil Nadu', '422'],
  ['Deccan Pharma Labs Pvt. Ltd.', 'deccanpharmalabs.com', 'Pharmaceuticals', '501-1000 employees', '₹100 Cr - ₹500 Cr', 'Hyderabad', 'Telangana', '40'],
  ['Shivalik Steel Industries', 'shivaliksteel.in', 'Steel', '201-500 employees', '₹50 Cr - ₹100 Cr', 'Ludhiana', 'Punjab', '161'],
  ['Ganga Agro Foods Pvt. Ltd.', 'gangaagrofoods.com', 'Food Processing', '501-1000 employees', '₹100 Cr - ₹500 Cr', 'Kanpur', 'Uttar Pradesh', '512'],
  ['Malabar Packaging Solutions', 'malabarpack.in', 'Packaging', '201-500 employees', '₹50 Cr - ₹100 Cr', 'Kochi', 'Kerala', '484'],
]
const elFirm = (c) => row(EL_FIRMS, n(c) >> 1)
const elWho = (c) => who(c, 'in')
const elJob = (c) => row(['Head - Human Resources', 'HR Manager', 'Chief Human Resources Officer', 'Senior Manager - Talent Acquisition', 'GM - HR & Admin', 'Plant HR Head', 'AVP - Human Resources'], n(c) >> 2)
const landline = (std, c) => { const rest = 10 - std.length; const s = pad((n(c) * 7919 + 2000000) % 10 ** rest, rest); return `+91-${std}-${s.slice(0, rest - 4)} ${s.slice(rest - 4)}` }
// [company, domain, city, GST state code]
const EX_FIRMS = [['Zentrix Software Pvt Ltd', 'zentrix.io', 'Bengaluru', '29', '51-200'], ['Finlogic Technologies', 'finlogic.in', 'Mumbai', '27', '201-500'], ['Cloudnine Analytics', 'cloudnineanalytics.com', 'Hyderabad', '36', '11-50'], ['Kovai Labs', 'kovailabs.com', 'Coimbatore', '33', '1-10'], ['Nimbus HR Tech', 'nimbushr.in', 'Pune', '27', '11-50'], ['Tejas Retail Systems', 'tejasretail.com', 'Chennai', '33', '500+'], ['Bharat Logistics Cloud', 'bharatlogisticscloud.com', 'Gurugram', '06', '201-500']]
const exFirm = (c) => row(EX_FIRMS, n(c) >> 1)
const exWho = (c) => who(c, 'in')
const EX_TIX = [['Early Bird Delegate', 4999], ['Standard Delegate', 7999], ['Startup Pass', 2999], ['Conference + Workshop', 11999], ['Standard Delegate', 7999]]
const exTix = (c) => row(EX_TIX, n(c))
const exCode = (c) => (n(c) % 5 === 2 ? 'SAASBLR20' : '')
const exNet = (c) => exTix(c)[1] * (exCode(c) ? 0.8 : 1)
const exGst = (c) => r2(exNet(c) * 0.18)
const exStatus = (c) => (n(c) % 12 === 7 ? 'Cancelled' : 'Confirmed')
const exAt = (c) => open(Date.UTC(2024, 4, 2) + (c.created % (100 * day)), 5.5, 8, 15)
const exGstin = (c) => { const k = EX_FIRMS.indexOf(exFirm(c)); return n(c) % 3 === 0 ? '' : `${exFirm(c)[3]}AAC${'CDFHKLM'[k]}${slug(exFirm(c)[0])[0].toUpperCase()}${pad((k * 1373 + 2011) % 10000, 4)}${'ABCDEFG'[k]}1Z${k + 2}` }
const inr = (x) => `₹ ${lakh(x)}`

export const SETS = [
  // ---------------------------------------------------------------- 1. SG corporate rides (E)
  { name: 'grab-for-business-transport-report-sg', product: 'Grab for Business (Grab; business dashboard > Reports > Transport > Download report (CSV), one row per ride billed to the company account, a Singapore engineering consultancy\'s staff rides between office, sites and the airport; dates and times SGT, S$ with 9% GST)', family: 'booking', language: 'en', schema: E, cols: [
    ['Booking ID', (c, o) => `A-${v.alnum(v.rng(n(o) * 13 + 5), 12).toUpperCase()}`, ['_id', OR('purchaseID')]],
    ['Date', (c, o) => { const p = sgt(gbAt(o)); return `${dd(p)} ${MON[p.m - 1]} ${p.y}` }, ['timestamp']],
    ['Time', (c, o) => hm(sgt(gbAt(o))), [], opt],
    ['Employee Name', (c) => gbEmp(c).full, []],
    ['Employee Email', (c) => `${slug(gbEmp(c).first)}.${slug(gbEmp(c).last)}@tkpartners.com.sg`, EMAIL_ID],
    ['Employee ID', (c) => `TKP${pad(n(c) % 1000, 4)}`, CUST_ID, opt],
    ['Mobile Number', (c) => gbEmp(c).e164, PHONE_ID, opt],
    ['Group', (c) => row(GB_GROUPS, n(c)), []],
    ['Service', (c, o) => gbSvc(o)[0], [PL('name')], opt],
    ['City', () => 'Singapore', [GEO('city')], opt],
    ['Pick Up Location', (c, o) => (gbOut(o) ? GB_OFFICE : row(GB_SITES, n(o) >> 1)), []],
    ['Drop Off Location', (c, o) => (gbOut(o) ? row(GB_SITES, n(o) >> 1) : GB_OFFICE), []],
    ['Distance (km)', (c, o) => gbKm(o).toFixed(1), []],
    ['Trip Code', (c, o) => gbTrip(o)[0], []],
    ['Trip Description', (c, o) => gbTrip(o)[1], []],
    ['Status', (c, o) => (gbCancel(o) ? 'Cancelled' : 'Completed'), []],
    ['Payment Method', (c, o) => (n(c) % 5 === 0 ? 'Corporate Card (Visa ending 4421)' : 'Monthly Billing'), [OR('payments[0].paymentType')], opt],
    ['Currency', () => 'SGD', [OR('currencyCode')]],
    ['Fare', (c, o) => two(gbFare(o)), [], opt],
    ['Tolls & Surcharges', (c, o) => two(gbToll(o)), []],
    ['Platform Fee', (c, o) => two(gbPlat(o)), []],
    ['Cancellation Fee', (c, o) => two(gbCxl(o)), []],
    ['GST', (c, o) => two(gbGst(o)), [OR('taxAmount')]],
    ['Total Amount', (c, o) => two(gbTotal(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ] },
  // ---------------------------------------------------------------- 2. PH payment gateway (E)
  { name: 'paynamics-transaction-report-ph', product: 'Paynamics (PayNamics Technologies, Makati; Merchant Portal > Reports > Transaction Report > Export to CSV, one row per payment request, a Quezon City café-supplies and milk-tea-powder web shop taking cards, e-wallets, online banking and over-the-counter payments; times PHT, ₱)', family: 'payments', language: 'en', schema: E, cols: [
    ['Response ID', (c, o) => `${pad(1000000000 + (n(o) * 104723) % 900000000, 10)}`, ['_id', OR('payments[0].transactionID')]],
    ['Request ID', (c, o) => { const p = sgt(pnAt(o)); return `CSQ-${String(p.y).slice(2)}${pad(p.m)}${dd(p)}-${pad(n(o) % 1000, 5)}` }, [OR('purchaseID')]],
    ['Merchant ID', () => '00000071241A6F3E', []],
    ['Transaction Date', (c, o) => { const p = sgt(pnAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp']],
    ['Payment Channel', (c, o) => pnCh(o)[0], [OR('payments[0].paymentType')]],
    ['Payment Method', (c, o) => pnCh(o)[1], [OR('payments[0].paymentType')], opt],
    ['Currency', () => 'PHP', [OR('currencyCode'), OR('payments[0].currencyCode')]],
    ['Amount', (c, o) => thou(pnAmt(o), ',', '.'), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Convenience Fee', (c, o) => thou(pnFee(o), ',', '.'), []],
    ['Status', (c, o) => pnStatus(o), []],
    ['Response Code', (c, o) => PN_RESP[pnStatus(o)][0], []],
    ['Response Message', (c, o) => PN_RESP[pnStatus(o)][1], []],
    ['Refund Amount', (c, o) => (pnStatus(o) === 'REFUNDED' ? thou(pnAmt(o), ',', '.') : ''), [OR('refundTotal'), OR('refunds[0].refundAmount')]],
    ['First Name', (c) => pnWho(c).first, []],
    ['Last Name', (c) => pnWho(c).last, []],
    ['Email', (c) => pnWho(c).email, EMAIL_ID],
    ['Mobile No.', (c) => phLocal(pnWho(c)), PHONE_ID, opt],
    ['Address', (c) => `${pnWho(c).house} ${pnWho(c).locality}`, [BILL('street1')]],
    ['City', (c) => pnWho(c).city, [BILL('city')]],
    ['Province', (c) => pnWho(c).state, BILL_STATE],
    ['ZIP Code', (c) => pnWho(c).zip, [BILL('postalCode')]],
    ['Country', () => 'PH', [BILL('countryCode')]],
    ['Card Number', (c, o) => (pnCh(o)[1] === 'cc' ? `${row(['4', '5'], n(c))}${pad((n(c) * 17) % 100000, 5)}******${pad((n(c) * 31) % 10000, 4)}` : ''), []],
    ['Processor Reference', (c, o) => (pnStatus(o) === 'FAILED' ? '' : pnCh(o)[1] === 'nonbank_otc' ? `7${pad((n(o) * 7907) % 100000000000, 11)}` : v.alnum(v.rng(n(o) + 11), 14).toUpperCase()), []],
    ['Settlement Date', (c, o) => (['SUCCESS', 'REFUNDED'].includes(pnStatus(o)) ? ymd(sgt(pnAt(o) + 2 * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- 3. NG food delivery (E)
  { name: 'chowdeck-vendor-orders-export-ng', product: 'Chowdeck (Lagos food delivery; Chowdeck Vendor dashboard > Orders > date range > Export (CSV), one row per order, a Lekki amala-and-swallow restaurant; times WAT, ₦)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => String(3180000 + n(o) * 7), [OR('purchaseID'), '_id']],
    ['Order Date', (c, o) => { const p = wat(cdAt(o)); return `${dd(p)}/${pad(p.m)}/${p.y} ${hm12(p)}` }, ['timestamp', OR('createdDate')]],
    ['Status', (c, o) => cdStatus(o), []],
    ['Order Type', (c, o) => (cdPickup(o) ? 'Pickup' : 'Delivery'), ['commerce.shipping.shippingMethod'], opt],
    ['Customer Name', (c) => `${cdWho(c).first} ${cdWho(c).last[0]}.`, []],
    ['Customer Phone', (c) => ngLocal(cdWho(c)), PHONE_ID, opt],
    ['Items', (c, o) => cdLines(o).map(([[name], q]) => `${q}x ${name}`).join(', '), [PL('name')], opt],
    ['Item Count', (c, o) => String(cdLines(o).reduce((s, [, q]) => s + q, 0)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => naira(cdSub(o)), [], opt],
    ['Packaging Fee', (c, o) => naira(cdPack(o)), []],
    ['Delivery Fee', (c, o) => naira(cdDel(c, o)), ['commerce.shipping.shippingAmount']],
    ['Service Fee', (c, o) => naira(cdSvc(o)), []],
    ['Discount', (c, o) => naira(cdDisc(o)), [OR('discountAmount')]],
    ['Total', (c, o) => naira(cdTotal(c, o)), [OR('priceTotal')]],
    ['Payment Method', (c, o) => row(['Card', 'Bank Transfer', 'Chowdeck Wallet', 'Card', 'Bank Transfer'], n(o) >> 1), [OR('payments[0].paymentType')]],
    ['Delivery Address', (c, o) => (cdPickup(o) ? '' : `${cdWho(c).flat % 97 + 1} ${row(cdArea(c)[1], n(c) >> 1)}`), [SHIP('street1')]],
    ['Area', (c, o) => (cdPickup(o) ? '' : cdArea(c)[0]), [SHIP('city'), SHIP('region'), SHIP('street2')], opt],
    ['Rider', (c, o) => (cdPickup(o) || cdStatus(o) !== 'Delivered' ? '' : row(['Sodiq A.', 'Emmanuel O.', 'Yusuf B.', 'Kehinde A.', 'Samuel E.'], n(o) >> 2)), []],
    ['Prep Time (mins)', (c, o) => (cdStatus(o) === 'Delivered' ? String(12 + (n(o) % 25)) : ''), []],
    ['Vendor Earnings', (c, o) => naira(cdStatus(o) === 'Delivered' ? r2((cdSub(o) + cdPack(o)) * 0.85) : 0), []],
    ['Customer Note', (c, o) => row(['', '', 'Extra pepper abeg', '', 'No onions in the pepper soup', 'Call when you get to the gate', ''], n(o) >> 1), []],
    ['Rating', (c, o) => (cdStatus(o) === 'Delivered' && n(o) % 3 ? String(row([5, 4, 5, 5, 3], n(o) >> 1)) : ''), []],
  ] },
  // ---------------------------------------------------------------- 4. KE event ticketing (E)
  { name: 'mookh-ticket-sales-export-ke', product: 'Mookh (Nairobi; organiser dashboard > Events > an event > Sales > Export CSV, one row per ticket order, a Nairobi jazz-and-food festival at the Ngong Racecourse paid mostly by M-PESA; times EAT, KSh)', family: 'ticketing', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `MK${pad((n(o) * 7349) % 10000000, 7)}`, ['_id', OR('purchaseID')]],
    ['Date Purchased', (c, o) => { const p = eat(mkAt(o)); return `${ymd(p)} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Event', () => 'Nairobi Jazz & Nyama Fest 2024', [PL('name')], opt],
    ['Event Date', () => '2024-06-29 12:00', []],
    ['Ticket Type', (c, o) => mkTix(o)[0], [PL('name'), PL('selectedOptions[0].value')], opt],
    ['Quantity', (c, o) => String(mkQty(o)), [PL('quantity')]],
    ['Unit Price', (c, o) => ksh(mkTix(o)[1]), [], opt],
    ['Promo Code', (c, o) => mkPromo(o), ['commerce.promotionID']],
    ['Discount', (c, o) => ksh(mkDisc(o)), [OR('discountAmount')]],
    ['Amount Paid', (c, o) => ksh(mkPaid(o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
    ['Currency', () => 'KES', [OR('currencyCode')]],
    ['Payment Method', (c, o) => mkPay(o), [OR('payments[0].paymentType')]],
    ['M-PESA Receipt', (c, o) => (mkPay(o) === 'M-PESA' ? mpesaRef(o) : ''), [OR('payments[0].transactionID')]],
    ['Status', (c, o) => mkStatus(o), []],
    ['Buyer Name', (c) => mkWho(c).full, []],
    ['Buyer Email', (c) => mkWho(c).email, EMAIL_ID],
    ['Buyer Phone', (c) => `${mkWho(c).cc}${mkWho(c).nsn}`, PHONE_ID, opt],
    ['Ticket Numbers', (c, o) => Array.from({ length: mkQty(o) }, (_, j) => `NJF-${pad((n(o) * 13 + j) % 100000, 5)}`).join('; '), []],
    ['Checked In', (c, o) => (mkStatus(o) === 'Paid' && n(o) % 4 ? 'Yes' : 'No'), []],
    ['How did you hear about us?', (c, o) => row(['Instagram', 'A friend', 'X (Twitter)', 'Capital FM', 'TikTok', ''], n(c)), []],
  ] },
  // ---------------------------------------------------------------- 5. IN D2C checkout orders (E)
  { name: 'gokwik-orders-export-in', product: 'GoKwik (checkout for Indian D2C brands; GoKwik merchant dashboard > Orders > Export (CSV), one row per order placed through the one-click checkout, a Jaipur silver- and gold-jewellery brand on Shopify; COD risk flags, times IST, amounts with Indian lakh grouping)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
    ['Order ID', (c, o) => `#SJ${10200 + (n(o) % 9000)}`, [OR('purchaseID'), '_id']],
    ['GoKwik Order ID', (c, o) => `GK${pad((n(o) * 48271) % 1000000000, 9)}`, ['_id'], opt],
    ['Order Date', (c, o) => { const p = ist(gkAt(o)); return `${dd(p)}-${pad(p.m)}-${p.y} ${hms(p)}` }, ['timestamp', OR('createdDate')]],
    ['Customer Name', (c) => gkWho(c).full, []],
    ['Phone', (c) => gkWho(c).nsn, PHONE_ID, opt],
    ['Email', (c) => gkWho(c).email, EMAIL_ID],
    ['Payment Method', (c, o) => gkPay(o), [OR('payments[0].paymentType')]],
    ['Payment Gateway', (c, o) => (gkCod(o) ? '' : row(['Razorpay', 'PayU', 'Cashfree'], n(o) >> 2)), []],
    ['Total Items', (c, o) => String(gkItems(o)), [PL('quantity')], opt],
    ['Subtotal', (c, o) => lakh(gkSub(o)), [], opt],
    ['Coupon Code', (c, o) => gkCoupon(o), ['commerce.promotionID']],
    ['Discount', (c, o) => lakh(gkDisc(o)), [OR('discountAmount')]],
    ['Prepaid Discount', (c, o) => lakh(gkPre(o)), [], opt],
    ['Shipping Charges', (c, o) => lakh(gkShip(o)), ['commerce.shipping.shippingAmount']],
    ['COD Charges', (c, o) => lakh(gkCodFee(o)), []],
    ['Order Total', (c, o) => lakh(gkTotal(o)), [OR('priceTotal')]],
    ['RTO Risk', (c, o) => (gkCod(o) ? row(['Low', 'Medium', 'High', 'Low'], n(c)) : 'Low'), []],
    ['COD to Prepaid', (c, o) => (!gkCod(o) && n(o) % 4 === 1 ? 'Yes' : 'No'), []],
    ['Address Line 1', (c) => `Flat ${gkWho(c).flat}, ${gkWho(c).bldg}`, [SHIP('street1')]],
    ['Address Line 2', (c) => gkWho(c).locality, [SHIP('street2')]],
    ['City', (c) => gkWho(c).city, [SHIP('city')]],
    ['State', (c) => gkWho(c).state, SHIP_STATE],
    ['Pincode', (c) => gkWho(c).zip, [SHIP('postalCode')]],
    ['UTM Source', (c, o) => gkUtm(o)[0], [], opt],
    ['UTM Campaign', (c, o) => gkUtm(o)[1], ['marketing.campaignName']],
    ['Order Status', (c, o) => (n(o) % 11 === 6 ? 'Cancelled' : 'Confirmed'), []],
  ] },
  // ---------------------------------------------------------------- 6. ZA shipping platform (E)
  { name: 'bob-go-shipments-export-za', product: 'Bob Go (Cape Town shipping platform, formerly uAfrica.com Shipping; Shipments > filter > Export (CSV), one row per shipment, a Cape Town rooibos-and-biltong gift-box shop shipping its WooCommerce orders with The Courier Guy, Pargo, Aramex and Dawn Wing; times SAST, rands incl. VAT)', family: 'delivery', language: 'en', schema: E, cols: [
    ['Shipment ID', (c, o) => String(8400000 + n(o) * 3), ['_id']],
    ['Order number', (c, o) => `#${10400 + (n(o) % 3000)}`, [OR('purchaseID')]],
    ['Sales channel', (c, o) => (n(o) % 8 === 5 ? 'Manual' : 'WooCommerce'), []],
    ['Created', (c, o) => { const p = sast(bgAt(o)); return `${ymd(p)} ${hm(p)}` }, ['timestamp']],
    ['Collection date', (c, o) => (['Pending collection', 'Cancelled'].includes(bgStatus(o)) ? '' : ymd(sast(bgAt(o) + day))), ['commerce.shipping.shipDate']],
    ['Courier', (c, o) => bgSvc(o)[0], ['commerce.shipping.shippingMethod'], opt],
    ['Service level', (c, o) => bgSvc(o)[1], ['commerce.shipping.shippingMethod']],
    ['Tracking reference', (c, o) => (bgStatus(o) === 'Cancelled' ? '' : bgRef(o)), ['commerce.shipping.trackingNumber']],
    ['Tracking URL', (c, o) => (bgStatus(o) === 'Cancelled' ? '' : `https://track.bobgo.co.za/${bgRef(o)}`), ['commerce.shipping.trackingURL']],
    ['Status', (c, o) => bgStatus(o), []],
    ['Recipient name', (c) => bgWho(c).full, []],
    ['Recipient mobile', (c) => zaLocal(bgWho(c)), PHONE_ID, opt],
    ['Recipient email', (c) => bgWho(c).email, EMAIL_ID],
    ['Delivery address', (c, o) => bgDest(c, o).street, [SHIP('street1')]],
    ['Suburb', (c, o) => bgDest(c, o).suburb, [SHIP('street2'), SHIP('region')], opt],
    ['City', (c, o) => bgDest(c, o).city, [SHIP('city')]],
    ['Province', (c, o) => bgDest(c, o).prov, SHIP_STATE],
    ['Postal code', (c, o) => bgDest(c, o).zip, [SHIP('postalCode')]],
    ['Country', () => 'ZA', [SHIP('countryCode')]],
    ['Parcels', (c, o) => String(1 + (bgValue(o) > 1000 ? 1 : 0)), []],
    ['Total weight (kg)', (c, o) => (0.6 + (bgValue(o) / 400)).toFixed(1), []],
    ['Declared value', (c, o) => rand(bgValue(o)), [OR('priceTotal')], opt],
    ['Rate charged', (c, o) => rand(bgStatus(o) === 'Cancelled' ? 0 : bgSvc(o)[2]), ['commerce.shipping.shippingAmount']],
    ['Insurance', (c, o) => (bgValue(o) > 1000 ? 'Yes' : 'No'), []],
    ['Delivered date', (c, o) => (bgStatus(o) === 'Delivered' ? ymd(sast(bgAt(o) + (bgSvc(o)[1].startsWith('Overnight') ? 2 : 4) * day)) : ''), [], opt],
  ] },
  // ---------------------------------------------------------------- 7. IN coaching app: students (P)
  { name: 'classplus-students-export-in', product: 'Classplus (Noida; institute admin app/web > Students > Export (Excel), one row per enrolled student, a Kota JEE/NEET coaching institute\'s white-label app; dates dd-mm-yyyy, fees in ₹ with lakh grouping)', family: 'crm', language: 'en', schema: P, cols: [
    ['Student Id', (c) => String(41800000 + (n(c) * 97) % 900000), ['_id', 'personID']],
    ['Name', (c) => cpWho(c).full, ['person.name.fullName']],
    ['Mobile Number', (c) => `+91-${cpWho(c).nsn}`, ['mobilePhone.number']],
    ['Email', (c) => (n(c) % 4 === 1 ? '' : cpWho(c).email), ['personalEmail.address']],
    ['Gender', (c) => (cpWho(c).female ? 'Female' : 'Male'), ['person.gender']],
    ['Date Of Birth', (c) => { const p = v.parts(cpBirth(c)); return `${dd(p)}-${pad(p.m)}-${p.y}` }, ['person.birthDate']],
    ['Parent Name', (c) => `${row(['Rajesh', 'Suresh', 'Mahesh', 'Dinesh', 'Ramesh', 'Anil'], n(c))} ${cpWho(c).last}`, []],
    ['Parent Mobile Number', (c) => `+91-${row(['94140', '98290', '94600', '99280'], n(c))}${pad((n(c) * 7) % 100000, 5)}`, [], opt],
    ['Class', (c) => cpBatch(c)[2], []],
    ['Batch', (c) => cpBatch(c)[0], []],
    ['Course Purchased', (c) => cpBatch(c)[1], []],
    ['School/College', (c) => row(['Kendriya Vidyalaya No. 1', 'DPS Kota', 'St. Xavier\'s School', 'Sophia Sr. Sec. School', 'Govt. Sr. Sec. School', ''], n(c) >> 1), ['organizations[0]'], opt],
    ['Address', (c) => `${cpWho(c).house}, ${cpWho(c).locality}`, at(HOME, 'street1')],
    ['City', (c) => cpWho(c).city, at(HOME, 'city')],
    ['State', (c) => cpWho(c).state, STATE(HOME)],
    ['Pincode', (c) => cpWho(c).zip, at(HOME, 'postalCode')],
    ['Joined On', (c) => { const p = ist(cpJoin(c)); return `${dd(p)}-${pad(p.m)}-${p.y}` }, [], opt],
    ['Last Active', (c) => { const p = ist(open(cpJoin(c) + (5 + (n(c) % 60)) * day, 5.5, 6, 17)); return `${dd(p)}-${pad(p.m)}-${p.y} ${hm12(p)}` }, []],
    ['App Downloaded', (c) => (n(c) % 9 === 4 ? 'No' : 'Yes'), []],
    ['Total Fee (₹)', (c) => lakh(cpBatch(c)[3], 0), []],
    ['Fee Paid (₹)', (c) => lakh(cpPaid(c), 0), []],
    ['Fee Due (₹)', (c) => lakh(cpBatch(c)[3] - cpPaid(c), 0), []],
    ['Status', (c) => (n(c) % 13 === 6 ? 'Inactive' : 'Active'), []],
  ] },
  // ---------------------------------------------------------------- 8. IN WhatsApp commerce: contacts (P)
  { name: 'zoko-customers-export-in', product: 'Zoko (Bengaluru WhatsApp commerce platform; Customers > select all > Export CSV, one row per WhatsApp contact with the Shopify sync fields, a Kochi ayurvedic-skincare D2C brand; times IST)', family: 'marketing', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => v.uuid(v.rng(n(c) * 17 + 3)), ['_id', 'personID']],
    ['Name', (c) => zkWho(c).full, ['person.name.fullName']],
    ['First Name', (c) => zkWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => zkWho(c).last, ['person.name.lastName']],
    ['Phone', (c) => `91${zkWho(c).nsn}`, ['mobilePhone.number']],
    ['Email', (c) => (zkSrc(c) === 'Click to WhatsApp Ad' ? '' : zkWho(c).email), ['personalEmail.address']],
    ['Tags', (c) => [zkOrders(c) > 1 ? 'repeat-buyer' : zkOrders(c) === 1 ? 'first-order' : 'lead', n(c) % 3 === 0 ? 'kumkumadi-serum' : '', n(c) % 4 === 1 ? 'cod-customer' : ''].filter(Boolean).join(', '), []],
    ['Opted In', (c) => (zkOpt(c) ? 'true' : 'false'), []],
    ['Opt-in Source', (c) => (zkOpt(c) ? zkSrc(c) : ''), [], opt],
    ['Shopify Customer ID', (c) => (zkOrders(c) ? String(7120000000000 + (n(c) * 7919) % 9000000000) : ''), [], opt],
    ['Total Orders', (c) => String(zkOrders(c)), []],
    ['Total Spent', (c) => two(zkSpent(c)), []],
    ['Last Order Date', (c) => (zkOrders(c) ? ymd(ist(after(c, zkBorn(c)))) : ''), []],
    ['Address', (c) => (zkOrders(c) ? `${zkWho(c).bldg}, ${zkWho(c).locality}` : ''), at(HOME, 'street1')],
    ['City', (c) => (zkOrders(c) ? zkWho(c).city : ''), at(HOME, 'city')],
    ['State', (c) => (zkOrders(c) ? zkWho(c).state : ''), STATE(HOME)],
    ['Pincode', (c) => (zkOrders(c) ? zkWho(c).zip : ''), at(HOME, 'postalCode')],
    ['Country', () => 'India', at(HOME, 'country')],
    ['Language', (c) => row(['English', 'Malayalam', 'English', 'English', 'Hindi'], n(c)), []],
    ['Assigned Agent', (c) => row(['Sreya', 'Nithin', '', 'Sreya', ''], n(c) >> 1), []],
    ['Last Message At', (c) => { const p = ist(open(after(c, zkBorn(c)) + 3 * day, 5.5, 8, 15)); return `${ymd(p)} ${hms(p)}` }, []],
    ['Created At', (c) => { const p = ist(zkBorn(c)); return `${ymd(p)} ${hms(p)}` }, [], opt],
    ['Blocked', (c) => (n(c) % 19 === 7 ? 'Yes' : 'No'), []],
  ] },
  // ---------------------------------------------------------------- 9. MY web store: customers (P)
  { name: 'shopmatic-customers-export-my', product: 'Shopmatic (Singapore web-store builder; Shopmatic dashboard > Customers > Export, one row per customer, a Petaling Jaya baju kurung and modest-wear shop\'s webstore; RM totals, dates dd/mm/yyyy)', family: 'ecommerce-customers', language: 'en', schema: P, cols: [
    ['Customer ID', (c) => String(2280000 + (n(c) * 13) % 700000), ['_id', 'personID']],
    ['First Name', (c) => smWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => smWho(c).last, ['person.name.lastName']],
    ['Email', (c) => smWho(c).email, ['personalEmail.address']],
    ['Phone', (c) => myIntl(smWho(c)), ['mobilePhone.number', 'homePhone.number']],
    ['Birthday', (c) => (n(c) % 3 ? '' : `${dd(v.parts(smWho(c).birth))}/${pad(v.parts(smWho(c).birth).m)}/${v.parts(smWho(c).birth).y}`), ['person.birthDate']],
    ['Company', (c) => (n(c) % 11 === 3 ? 'Butik Nur Kasih Enterprise' : ''), ['organizations[0]'], opt],
    ['Address 1', (c) => `No. ${smWho(c).house}, ${smWho(c).locality}`, [...at(HOME, 'street1'), 'shippingAddress.street1']],
    ['Address 2', (c) => (n(c) % 4 === 2 ? `Taman ${row(['Megah', 'Sri Muda', 'Bukit Indah', 'Desa'], n(c) >> 2)}` : ''), [...at(HOME, 'street2'), 'shippingAddress.street2']],
    ['City', (c) => smWho(c).city, [...at(HOME, 'city'), 'shippingAddress.city']],
    ['State', (c) => smWho(c).state, [...STATE(HOME), ...STATE(['shippingAddress'])]],
    ['Postcode', (c) => smWho(c).zip, [...at(HOME, 'postalCode'), 'shippingAddress.postalCode']],
    ['Country', () => 'Malaysia', [...at(HOME, 'country'), 'shippingAddress.country']],
    ['Accepts Marketing', (c) => (n(c) % 3 === 1 ? 'No' : 'Yes'), [], opt],
    ['Customer Group', (c) => row(['Default', 'Default', 'VIP', 'Default', 'Reseller'], n(c)), [], opt],
    ['Total Orders', (c) => String(smOrders(c)), []],
    ['Total Spent', (c) => `RM ${thou(smSpent(c), ',', '.')}`, []],
    ['Last Order', (c) => { const p = sgt(after(c, smBorn(c))); return `${dd(p)}/${pad(p.m)}/${p.y}` }, []],
    ['Date Joined', (c) => { const p = sgt(smBorn(c)); return `${dd(p)}/${pad(p.m)}/${p.y}` }, [], opt],
    ['Notes', (c) => row(['', '', 'Saiz XL, suka warna pastel', '', 'Reseller Kelantan - harga borong', ''], n(c)), []],
  ] },
  // ---------------------------------------------------------------- 10. B2B data platform: UAE contacts (B)
  { name: 'slintel-contacts-export-ae', product: 'Slintel (now part of 6sense; Slintel app > Contacts > a saved list > Export CSV, one row per contact with company firmographics and technographics, a Dubai cloud-ERP reseller\'s list of finance leaders at UAE trading, logistics, hospitality and healthcare firms)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['Contact ID', (c) => `ct_${(n(c) * 2654435761 >>> 0).toString(16).padStart(8, '0')}`, B2BID],
    ['First Name', (c) => slWho(c).first, ['person.name.firstName']],
    ['Last Name', (c) => slWho(c).last, ['person.name.lastName']],
    ['Job Title', (c) => slJob(c)[0], ['extendedWorkDetails.jobTitle']],
    ['Seniority', (c) => slJob(c)[1], [], opt],
    ['Department', (c) => slJob(c)[2], ['extendedWorkDetails.departments[0]']],
    ['Email', (c) => `${slug(slWho(c).first)}.${slug(slWho(c).last)}@${slFirm(c)[1]}`, WE],
    ['Email Status', (c) => row(['Verified', 'Verified', 'Catch-All', 'Verified', 'Unknown'], n(c)), []],
    ['Direct Dial', (c) => (n(c) % 3 ? `+971 ${slFirm(c)[6]} ${pad(300 + (n(c) * 7) % 700, 3)} ${pad((n(c) * 13) % 10000, 4)}` : ''), ['workPhone.number']],
    ['Mobile', (c) => (n(c) % 4 === 0 ? aeIntl(slWho(c)) : ''), ['mobilePhone.number']],
    ['Person LinkedIn URL', (c) => `https://www.linkedin.com/in/${slug(slWho(c).first)}-${slug(slWho(c).last)}-${(n(c) % 9000) + 1000}`, []],
    ['Person City', (c) => (n(c) % 5 === 0 ? 'Dubai' : slFirm(c)[5]), [W('city')], opt],
    ['Person Country', () => 'United Arab Emirates', [W('country')], opt],
    ['Company Name', (c) => slFirm(c)[0], CO],
    ['Company Domain', (c) => slFirm(c)[1], ['b2b.companyWebsite']],
    ['Company LinkedIn URL', (c) => `https://www.linkedin.com/company/${slFirm(c)[1].split('.')[0]}`, []],
    ['Industry', (c) => slFirm(c)[2], []],
    ['Employee Range', (c) => slFirm(c)[3], []],
    ['Revenue Range', (c) => slFirm(c)[4], []],
    ['Company HQ City', (c) => slFirm(c)[5], [W('city')], opt],
    ['Company HQ Country', () => 'United Arab Emirates', [W('country')], opt],
    ['Technologies Used', (c) => slFirm(c)[7], []],
    ['Buying Intent Topics', (c) => row(['Cloud ERP; VAT Compliance', 'Accounts Payable Automation', '', 'Financial Consolidation; Cloud ERP', 'E-invoicing'], n(c)), []],
    ['Slintel Company ID', (c) => `cmp_${pad((SL_FIRMS.indexOf(slFirm(c)) + 1) * 600011, 8)}`, ACCT],
  ] },
  // ---------------------------------------------------------------- 11. IN B2B contact data: revealed leads (B)
  { name: 'easyleadz-leads-export-in', product: 'EasyLeadz (New Delhi B2B contact-data tool; web app > My Leads > select > Export to Excel, one row per revealed contact, a Pune HR-tech start-up\'s list of HR heads at Indian manufacturers; Indian phone formats, turnover in ₹ crore)', family: 'b2b-leads', language: 'en', schema: B, cols: [
    ['S.No.', (c, o, r, i) => String(i + 1), []],
    ['Name', (c) => elWho(c).full, ['person.name.fullName']],
    ['Designation', (c) => elJob(c), ['extendedWorkDetails.jobTitle']],
    ['Department', () => 'Human Resources', ['extendedWorkDetails.departments[0]']],
    ['Seniority', (c) => row(['Head', 'Manager', 'CXO', 'Senior Manager', 'GM', 'Head', 'VP'], n(c) >> 2), [], opt],
    ['Company Name', (c) => elFirm(c)[0], CO],
    ['Company Website', (c) => `www.${elFirm(c)[1]}`, ['b2b.companyWebsite']],
    ['Company LinkedIn', (c) => `linkedin.com/company/${slug(elFirm(c)[0].split(' ')[0])}-${slug(elFirm(c)[0].split(' ')[1])}`, []],
    ['Email ID', (c) => `${slug(elWho(c).first)}.${slug(elWho(c).last)}@${elFirm(c)[1]}`, WE],
    ['Email Status', (c) => row(['Valid', 'Valid', 'Risky', 'Valid'], n(c)), []],
    ['Mobile Number', (c) => (n(c) % 5 === 3 ? '' : `+91 ${inMob(elWho(c))}`), ['mobilePhone.number']],
    ['Landline Number', (c) => (n(c) % 2 ? landline(elFirm(c)[7], c) : ''), ['workPhone.number']],
    ['LinkedIn Profile', (c) => `linkedin.com/in/${slug(elWho(c).first)}-${slug(elWho(c).last)}-${(n(c) * 7 % 900) + 100}a${(n(c) % 90) + 10}`, []],
    ['Industry', (c) => elFirm(c)[2], []],
    ['Company Size', (c) => elFirm(c)[3], []],
    ['Turnover', (c) => elFirm(c)[4], []],
    ['City', (c) => elFirm(c)[5], [W('city')]],
    ['State', (c) => elFirm(c)[6], STATE(['workAddress'])],
    ['Country', () => 'India', [W('country')]],
    ['Downloaded On', (c) => { const p = ist(open(Date.UTC(2024, 3, 1) + (c.created % (60 * day)), 5.5, 9, 10)); return `${dd(p)}-${MON[p.m - 1]}-${p.y}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Credits Used', (c) => String(n(c) % 5 === 3 ? 1 : 2), []],
  ] },
  // ---------------------------------------------------------------- 12. IN event platform: attendees (B)
  { name: 'explara-attendee-report-in', product: 'Explara (Bengaluru; organiser dashboard > Event > Attendees > Download attendee report (CSV), one row per ticket holder with the custom registration questions, a Bengaluru SaaS and cloud summit; times IST, ₹ plus 18% GST)', family: 'events', language: 'en', schema: B, cols: [
    ['Ticket ID', (c) => `EXT${pad((n(c) * 7349) % 10000000, 7)}`, B2BID, opt],
    ['Order ID', (c) => `EXO${pad((n(c) * 4271) % 1000000, 6)}`, []],
    ['Booking Date', (c) => { const p = ist(exAt(c)); return `${dd(p)} ${MONTH[p.m - 1]} ${p.y} ${pad(p.H % 12 || 12)}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` }, ['extSourceSystemAudit.createdDate'], opt],
    ['Ticket Name', (c) => exTix(c)[0], ['b2b.personType'], opt],
    ['Attendee Name', (c) => exWho(c).full, ['person.name.fullName']],
    ['Attendee Email', (c) => `${slug(exWho(c).first)}${n(c) % 2 ? '.' : ''}${slug(exWho(c).last)}@${exFirm(c)[1]}`, WE],
    ['Attendee Mobile', (c) => `+91${exWho(c).nsn}`, ['mobilePhone.number']],
    ['Company Name', (c) => exFirm(c)[0], CO],
    ['Designation', (c) => row(['Founder & CEO', 'VP Engineering', 'Product Manager', 'Head of Growth', 'Senior Software Engineer', 'CTO', 'Director - Sales'], n(c) >> 2), ['extendedWorkDetails.jobTitle']],
    ['City', (c) => exFirm(c)[2], [W('city')], opt],
    ['GSTIN', (c) => exGstin(c), []],
    ['Ticket Price', (c) => inr(exTix(c)[1]), []],
    ['Discount Code', (c) => exCode(c), []],
    ['GST (18%)', (c) => inr(exGst(c)), []],
    ['Amount Paid', (c) => inr(exNet(c) + exGst(c)), []],
    ['Payment Mode', (c) => row(['UPI', 'Credit Card', 'Net Banking', 'UPI', 'Debit Card'], n(c) >> 1), []],
    ['Booking Status', (c) => exStatus(c), [], opt],
    ['Check-in Status', (c) => (exStatus(c) === 'Confirmed' && n(c) % 3 ? 'Checked In' : 'Not Checked In'), []],
    ['Buyer Email', (c) => (n(c) % 4 === 0 ? `events@${exFirm(c)[1]}` : `${slug(exWho(c).first)}${n(c) % 2 ? '.' : ''}${slug(exWho(c).last)}@${exFirm(c)[1]}`), [], opt],
    ['Which track interests you the most?', (c) => row(['GenAI in SaaS', 'Go-to-Market for Global SaaS', 'Cloud Cost Optimisation', 'Product-led Growth'], n(c)), []],
    ['Company size', (c) => exFirm(c)[4], []],
    ['LinkedIn profile URL', (c) => (n(c) % 3 ? `https://www.linkedin.com/in/${slug(exWho(c).first)}${slug(exWho(c).last)}` : ''), []],
  ] },
]
