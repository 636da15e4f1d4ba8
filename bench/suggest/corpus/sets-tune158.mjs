// Round 77, tune158: blind tune sets written by a helper that never opened the suggester, its tests, the scorer or a
// score. Same format as sets.mjs (sources in ../README.md). Middle East, Africa, Turkey and South Asia exports, headers
// as each product's UI writes them: a Nigerian marketplace's seller order export for a Lagos phone-accessories and
// small-appliance store (Konga Seller Center) (NG, en E 1); a Turkish tour-operator system's reservation list for an
// Antalya domestic holiday-package operator (Tourvisio) (TR, tr E 1); a Moroccan online-kitty/crowdfunding platform's
// contribution export for a Casablanca association's Ramadan food-basket kitty (Cotizi) (MA, fr E 1); an Iranian
// e-book and audiobook store's publisher-panel sales report for a Tehran publisher (Taaghche / طاقچه) (IR, fa E 1); a
// flower and gift marketplace's seller order export for a Dubai florist (Flowwow) (AE, en E 1); a Saudi salon-and-spa
// management platform's client list for a Riyadh spa (Glamera) (SA, ar P 1); an Indian retail POS's customer master
// for a Nairobi wines-and-spirits shop (GoFrugal) (KE, en P 1); an Indian email-marketing tool's subscriber export for
// a Kolkata bookshop's newsletter (Pabbly Email Marketing) (IN, en P 1); an Indian online travel agency's corporate
// travel tool's employee list for a Pune IT-services company (MakeMyTrip myBiz) (IN, en B 1); an Israeli
// email-marketing platform's contact export for a Tel Aviv wine importer's trade newsletter to restaurants, bars,
// hotels and wine shops (inwise) (IL, he B 1). E 5, P 3, B 2.
// Headers: written from the writer's knowledge of each product for all 10 sets; a short source hunt in the pages and
// docs corpora (Konga seller community threads, M-Changa/Cotizi press pages, a Hebrew contact-export help page of
// another Israeli tool, Glamera/GoFrugal/myBiz/Tourvisio/Taaghche queries) found no public export column list for any
// of them; Konga's community threads were read for its order life cycle (New, Shipped, Delivered, auto-cancel, K-Express
// vs self-fulfilled) only. A realistic subset of each export's columns in the order the writer knows. Nothing was
// copied from a real export; every value is generated.
import { E, P, B, v, B2BID, PL, OR, SHIP, BILL, opt, EMAIL_ID, PHONE_ID, W, CO, HOME, at, STATE } from './sets.mjs'
import { pad, row, ymd, hm, dmy, shift, local, dec, thou, group, hash } from './values.mjs'

const day = 86400000
const n = (x) => +x.id
const ID = ['_id', 'personID']
const WE = ['workEmail.address', 'personalEmail.address']
const HOMES = (leaf) => at(HOME, leaf)
const OPT_EMAIL = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/email']
const OPT_SMS = ['b2b.personOptInOut.https://ns.adobe.com/xdm/channels/sms']
// Lagos UTC+1, Casablanca UTC+1 (the Ramadan switch to UTC+0 ignored), Istanbul, Riyadh and Nairobi UTC+3, Tehran
// UTC+3:30, Dubai UTC+4, India UTC+5:30: no summer time; Israel UTC+2 with summer time
const lag = (ms) => shift(ms, 1)
const cas = (ms) => shift(ms, 1)
const ist = (ms) => shift(ms, 3)
const ksa = (ms) => shift(ms, 3)
const nbo = (ms) => shift(ms, 3)
const thr = (ms) => shift(ms, 3.5)
const dxb = (ms) => shift(ms, 4)
const ind = (ms) => shift(ms, 5.5)
const isr = (ms) => local(ms, 2)
const bd = (ms) => shift(ms, 0)
const ascii = (s) => v.slug(s.replace(/ı/g, 'i').replace(/İ/g, 'I'))

// ---------------------------------------------------------------- local people, seeded by the row's person
const seeded = (c, salt) => { const r = v.rng(hash(`${c.id}|${c.first}|${c.last}|${salt}`) ^ 0x2c1b3c6d); r(); r(); return r }
const d = (r, k) => v.digits(r, k)
// names are plain strings, or [native, latin] pairs where the export writes a non-Latin script and e-mails are Latin
const LOC = {
  ng: { m: ['Chinedu', 'Emeka', 'Tunde', 'Olumide', 'Ibrahim', 'Segun', 'Obinna', 'Musa', 'Kelechi', 'Babatunde'], f: ['Ngozi', 'Funmilayo', 'Aisha', 'Chiamaka', 'Bukola', 'Halima', 'Adaeze', 'Yetunde', 'Blessing', 'Temitope'],
    last: ['Okafor', 'Adeyemi', 'Balogun', 'Eze', 'Okonkwo', 'Bello', 'Nwosu', 'Adebayo', 'Ogunleye', 'Abubakar', 'Ibekwe', 'Olawale', 'Uche', 'Danjuma'],
    // [area, city, state, streets of that area]
    places: [['Lekki Phase 1', 'Lekki', 'Lagos', ['Admiralty Way', 'Fola Osibo Road', 'Bisola Durosinmi-Etti Drive']], ['Ikeja GRA', 'Ikeja', 'Lagos', ['Isaac John Street', 'Oduduwa Crescent', 'Joel Ogunnaike Street']], ['Computer Village', 'Ikeja', 'Lagos', ['Otigba Street', 'Pepple Street', 'Medical Road']], ['Sabo', 'Yaba', 'Lagos', ['Herbert Macaulay Way', 'Commercial Avenue', 'Hughes Avenue']], ['Surulere', 'Surulere', 'Lagos', ['Adeniran Ogunsanya Street', 'Bode Thomas Street', 'Ogunlana Drive']], ['Ajah', 'Ajah', 'Lagos', ['Addo Road', 'Badore Road']], ['Wuse 2', 'Abuja', 'FCT', ['Aminu Kano Crescent', 'Adetokunbo Ademola Crescent', 'Gimbiya Street']], ['Garki', 'Abuja', 'FCT', ['Ahmadu Bello Way', 'Ladoke Akintola Boulevard']], ['GRA Phase 2', 'Port Harcourt', 'Rivers', ['Tombia Street', 'Evo Road', 'Olu Obasanjo Road']], ['Bodija', 'Ibadan', 'Oyo', ['Awolowo Avenue', 'Bodija Market Road']], ['Independence Layout', 'Enugu', 'Enugu', ['Nza Street', 'Chime Avenue']], ['Nassarawa GRA', 'Kano', 'Kano', ['Sultan Road', 'Race Course Road']]],
    mob: (r) => `0${v.pick(r, ['803', '806', '813', '816', '703', '706', '810', '905', '802', '808', '812', '701', '902', '805', '815', '807', '811'])}${d(r, 7)}`,
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'gmail.com', 'hotmail.com', 'outlook.com'] },
  tr: { m: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Murat', 'Can', 'Kerem', 'Hakan', 'Onur'], f: ['Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Merve', 'Selin', 'Esra', 'Deniz', 'Gizem', 'Büşra'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç', 'Kurt'],
    // [ilçe, il, posta kodu]
    places: [['Kadıköy', 'İstanbul', '34710'], ['Beşiktaş', 'İstanbul', '34353'], ['Ataşehir', 'İstanbul', '34750'], ['Çankaya', 'Ankara', '06690'], ['Karşıyaka', 'İzmir', '35540'], ['Nilüfer', 'Bursa', '16120'], ['Seyhan', 'Adana', '01120'], ['Selçuklu', 'Konya', '42060'], ['Tepebaşı', 'Eskişehir', '26130']],
    streets: ['Bağdat Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah.', 'İnönü Cad.', 'Gazi Bulvarı'],
    mob: (r) => `05${v.pick(r, ['32', '33', '35', '42', '43', '44', '05', '06', '07', '52', '53', '55'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'] },
  ma: { m: ['Youssef', 'Mehdi', 'Amine', 'Hamza', 'Omar', 'Karim', 'Anas', 'Reda', 'Othmane', 'Ayoub'], f: ['Salma', 'Imane', 'Khadija', 'Nadia', 'Sara', 'Meryem', 'Fatima-Zahra', 'Houda', 'Ghita', 'Kenza'],
    last: ['El Amrani', 'Benali', 'Alaoui', 'Bennani', 'Tazi', 'El Idrissi', 'Berrada', 'Chraibi', 'Lahlou', 'Fassi Fihri', 'Ouazzani', 'Benjelloun', 'Naciri', 'Sqalli'],
    places: [['Casablanca', 'Maroc'], ['Casablanca', 'Maroc'], ['Casablanca', 'Maroc'], ['Rabat', 'Maroc'], ['Marrakech', 'Maroc'], ['Fès', 'Maroc'], ['Tanger', 'Maroc'], ['Agadir', 'Maroc'], ['Paris', 'France'], ['Lyon', 'France'], ['Bruxelles', 'Belgique'], ['Montréal', 'Canada'], ['Madrid', 'Espagne']],
    mob: (r) => `06${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.fr', 'yahoo.fr', 'outlook.fr', 'menara.ma', 'hotmail.com'] },
  // communities: [male first names, female first names, last names]; a person's names come from one community
  ae: { groups: [[['Ahmed', 'Khalid', 'Mohammed', 'Saeed', 'Rashid'], ['Fatima', 'Mariam', 'Hessa', 'Shamma', 'Aisha'], ['Al Mansoori', 'Al Hashimi', 'Al Nuaimi', 'Al Falasi', 'Al Ketbi']], [['Omar', 'Tariq', 'Karim', 'Fadi'], ['Layla', 'Noor', 'Rania', 'Dina'], ['Haddad', 'Khoury', 'Nasser', 'Saleh']], [['Rahul', 'Arjun', 'Rohan', 'Vivek', 'Anil'], ['Priya', 'Anjali', 'Sneha', 'Deepa', 'Lakshmi'], ['Nair', 'Menon', 'Sharma', 'Pillai', 'Kapoor']], [['James', 'Daniel', 'Tom', 'Mark'], ['Sarah', 'Emma', 'Charlotte', 'Lucy'], ['Thompson', 'Walker', 'Hughes', 'Bennett']], [['John', 'Mark', 'Paolo'], ['Maria', 'Grace', 'Joanna'], ['Santos', 'Reyes', 'Fernandes', 'Dela Cruz']], [['Sergei', 'Dmitry'], ['Elena', 'Olga', 'Anastasia'], [['Ivanov', 'Ivanova'], ['Petrov', 'Petrova'], ['Volkov', 'Volkova']]]],
    // [area, city, street/building]
    places: [['Dubai Marina', 'Dubai', ['Marina Gate 2', 'Princess Tower', 'Al Sahab Tower 1', 'Marina Promenade, Delphine']], ['Jumeirah Lake Towers', 'Dubai', ['Lake Shore Tower, Cluster Y', 'Goldcrest Views 1, Cluster V', 'Concorde Tower, Cluster H']], ['Business Bay', 'Dubai', ['Executive Towers, Tower B', 'Churchill Residency', 'Bay Square Building 7']], ['Downtown Dubai', 'Dubai', ['Burj Views Tower A', 'South Ridge 4', 'The Lofts East']], ['Al Barsha 1', 'Dubai', ['Villa 27, Street 14b', 'Al Murad Tower', 'Villa 9, Street 21']], ['Jumeirah 3', 'Dubai', ['Villa 41, Al Wasl Road', 'Villa 12, Street 13a']], ['Mirdif', 'Dubai', ['Villa 63, Street 35', 'Uptown Mirdif, Villa 8']], ['Al Reem Island', 'Abu Dhabi', ['Sun Tower', 'Gate Tower 2', 'Marina Square, RAK Tower']], ['Al Khalidiyah', 'Abu Dhabi', ['Khalidiya Palace Residence', 'Villa 5, 30th Street']], ['Al Majaz 2', 'Sharjah', ['Al Majaz Tower', 'Jamal Abdul Nasser St, Bldg 22']]],
    mob: (r) => `+971 5${v.pick(r, ['0', '2', '4', '5', '6', '8'])} ${d(r, 3)} ${d(r, 4)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'icloud.com', 'yahoo.com', 'outlook.com'] },
  sa: { m: [['عبدالله', 'abdullah'], ['فهد', 'fahad'], ['سلطان', 'sultan'], ['تركي', 'turki'], ['خالد', 'khalid'], ['ناصر', 'nasser'], ['بندر', 'bandar'], ['يزيد', 'yazeed']],
    f: [['نورة', 'noura'], ['سارة', 'sara'], ['ريم', 'reem'], ['هيفاء', 'haifa'], ['لمى', 'lama'], ['العنود', 'alanoud'], ['منيرة', 'munira'], ['جواهر', 'jawaher'], ['دانة', 'dana'], ['شهد', 'shahad'], ['الجوهرة', 'aljohara'], ['رغد', 'raghad']],
    last: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الشمري', 'alshammari'], ['الدوسري', 'aldosari'], ['الحربي', 'alharbi'], ['المطيري', 'almutairi'], ['الغامدي', 'alghamdi'], ['الزهراني', 'alzahrani'], ['السبيعي', 'alsubaie'], ['العنزي', 'alanazi'], ['السديري', 'alsudairi'], ['الشهري', 'alshehri']],
    // [district, city]
    places: [['النرجس', 'الرياض'], ['الملقا', 'الرياض'], ['الياسمين', 'الرياض'], ['الصحافة', 'الرياض'], ['العليا', 'الرياض'], ['الربيع', 'الرياض'], ['قرطبة', 'الرياض'], ['حطين', 'الرياض'], ['الورود', 'الرياض'], ['الشاطئ', 'جدة'], ['الفيصلية', 'الدمام']],
    mob: (r) => `05${v.pick(r, ['0', '3', '4', '5', '6', '9'])}${d(r, 7)}`,
    mail: ['gmail.com', 'gmail.com', 'hotmail.com', 'icloud.com', 'outlook.sa', 'yahoo.com'] },
  ke: { m: ['Brian', 'Kevin', 'Dennis', 'Collins', 'Moses', 'Daniel', 'Victor', 'James', 'Peter', 'Samuel'], f: ['Faith', 'Mercy', 'Grace', 'Purity', 'Esther', 'Joy', 'Caroline', 'Janet', 'Wanjiru', 'Akinyi'],
    last: ['Otieno', 'Kamau', 'Mwangi', 'Ochieng', 'Njoroge', 'Kiprotich', 'Mutua', 'Omondi', 'Kariuki', 'Wafula', 'Chebet', 'Muriuki', 'Odhiambo', 'Maina'],
    // [area, city, postal code, streets of that area]
    places: [['Westlands', 'Nairobi', '00800', ['Waiyaki Way', 'Rhapta Road', 'Mpaka Road']], ['Kilimani', 'Nairobi', '00100', ['Argwings Kodhek Road', 'Lenana Road', 'Ring Road Kilimani']], ['Lavington', 'Nairobi', '00603', ['James Gichuru Road', 'Muthangari Drive', 'Hatheru Road']], ['Karen', 'Nairobi', '00502', ['Karen Road', 'Langata Road', 'Dagoretti Road']], ['Kileleshwa', 'Nairobi', '00100', ['Othaya Road', 'Kirichwa Road', 'Laikipia Road']], ['Parklands', 'Nairobi', '00623', ['Limuru Road', '3rd Parklands Avenue', 'Ojijo Road']], ['South B', 'Nairobi', '00200', ['Mchumbi Road', 'Kapiti Road']], ['Runda', 'Nairobi', '00621', ['Runda Grove', 'Kiambu Road']], ['Riverside', 'Nairobi', '00800', ['Riverside Drive', 'Dennis Pritt Road']]],
    mob: (r) => `07${v.pick(r, ['10', '11', '12', '13', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '40', '41', '42', '43', '45', '46', '48', '57', '58', '59', '68', '69', '79', '90', '91', '92'])} ${d(r, 3)} ${d(r, 3)}`,
    mail: ['gmail.com', 'gmail.com', 'yahoo.com', 'gmail.com', 'outlook.com'] },
  wb: { m: ['Arnab', 'Sourav', 'Debashis', 'Ritwik', 'Subhajit', 'Anirban', 'Rajat', 'Sayan', 'Abhijit', 'Indranil'], f: ['Riya', 'Moumita', 'Sreya', 'Paromita', 'Ananya', 'Tanushree', 'Debjani', 'Sohini', 'Rupsa', 'Madhurima'],
    last: ['Banerjee', 'Chatterjee', 'Mukherjee', 'Ghosh', 'Bose', 'Das', 'Sen', 'Dutta', 'Roy', 'Chakraborty', 'Sarkar', 'Bhattacharya', 'Mitra', 'Basu'],
    // [city, state, PIN]
    places: [['Kolkata', 'West Bengal', '700019'], ['Kolkata', 'West Bengal', '700029'], ['Kolkata', 'West Bengal', '700091'], ['Kolkata', 'West Bengal', '700064'], ['Kolkata', 'West Bengal', '700032'], ['Howrah', 'West Bengal', '711101'], ['Durgapur', 'West Bengal', '713216'], ['Siliguri', 'West Bengal', '734001'], ['Bengaluru', 'Karnataka', '560034'], ['New Delhi', 'Delhi', '110019'], ['Pune', 'Maharashtra', '411007']],
    mob: (r) => `${v.pick(r, ['98', '97', '90', '83', '62', '70', '89'])}${d(r, 8)}`,
    mail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'gmail.com', 'outlook.com'] },
  in: { m: ['Rahul', 'Amit', 'Vikram', 'Rohit', 'Karthik', 'Arjun', 'Siddharth', 'Pranav', 'Aditya', 'Nikhil'], f: ['Priya', 'Neha', 'Pooja', 'Ananya', 'Kavya', 'Sneha', 'Divya', 'Shreya', 'Aparna', 'Ishita'],
    last: ['Sharma', 'Verma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Singh', 'Patel', 'Kulkarni', 'Menon', 'Agarwal', 'Joshi', 'Deshpande', 'Rao'],
    places: [['Pune', 'Maharashtra', '411057']],
    mob: (r) => `${v.pick(r, ['98', '99', '97', '90', '88', '70', '63'])}${d(r, 8)}`,
    mail: ['gmail.com'] },
  il: { m: [['יוסי', 'yossi'], ['דני', 'danny'], ['אבי', 'avi'], ['רונן', 'ronen'], ['עומר', 'omer'], ['איתי', 'itay'], ['גיא', 'guy'], ['משה', 'moshe'], ['אלון', 'alon'], ['ניר', 'nir']],
    f: [['מיכל', 'michal'], ['נועה', 'noa'], ['שירה', 'shira'], ['יעל', 'yael'], ['רונית', 'ronit'], ['תמר', 'tamar'], ['ענבל', 'inbal'], ['הילה', 'hila'], ['אורית', 'orit'], ['דנה', 'dana']],
    last: [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton'], ['אברהם', 'avraham'], ['פרידמן', 'friedman'], ['שפירא', 'shapira'], ['אזולאי', 'azoulay'], ['גולן', 'golan'], ['בן דוד', 'bendavid'], ['קפלן', 'kaplan']],
    places: [['תל אביב-יפו']],
    mob: (r) => `05${v.pick(r, ['0', '2', '3', '4', '8'])}-${d(r, 7)}`,
    mail: ['gmail.com'] },
}
const memo = new Map()
function mk (c, cc) {
  const L = LOC[cc], r = seeded(c, cc), female = r() < (cc === 'sa' ? 0.72 : 0.5)
  const G = L.groups ? v.pick(r, L.groups) : [L.m, L.f, L.last]
  const fn = v.pick(r, female ? G[1] : G[0]), ln0 = v.pick(r, G[2])
  const ln = L.groups && Array.isArray(ln0) ? ln0[female ? 1 : 0] : ln0
  const first = Array.isArray(fn) ? fn[0] : fn, last = Array.isArray(ln) ? ln[0] : ln
  const firstLat = Array.isArray(fn) ? fn[1] : ascii(fn), lastLat = Array.isArray(ln) ? ln[1] : ascii(ln)
  const place = v.pick(r, L.places)
  const sep = v.pick(r, ['.', '.', '', '_'])
  return { female, first, last, full: `${first} ${last}`, firstLat, lastLat, place,
    street: L.streets ? `${v.int(r, 1, 120)} ${v.pick(r, L.streets)}` : Array.isArray(place[3]) ? `${v.int(r, 1, 60)} ${v.pick(r, place[3])}` : '', mobile: L.mob(r),
    mail: `${firstLat}${sep}${lastLat.replace(/^(al|el) ?/, '')}${r() < 0.5 ? v.int(r, 1, 99) : ''}@${v.pick(r, L.mail)}`,
    birth: Date.UTC(1962, 0, 1) + Math.floor(r() * 42 * 365) * day, k: v.int(r, 0, 9999) }
}
const who = (c, cc) => { const k = `${cc}|${c.id}|${c.first}|${c.last}`; if (!memo.has(k)) memo.set(k, mk(c, cc)); return memo.get(k) }
const ng = (c) => who(c, 'ng')
const tr = (c) => who(c, 'tr')
const ma = (c) => who(c, 'ma')
const ae = (c) => who(c, 'ae')
const sa = (c) => who(c, 'sa')
const ke = (c) => who(c, 'ke')
const wb = (c) => who(c, 'wb')
const inp = (c) => who(c, 'in')
const il = (c) => who(c, 'il')
// a second person on the same row (a gift's recipient), seeded apart from the buyer
const other = (c, cc) => who({ id: String(n(c) * 7 + 13), first: c.last, last: c.first }, cc)
const two = (x) => dec(x, '.')

// ---------------------------------------------------------------- 1. Konga Seller Center order export (NG, en, E)
// a Lagos (Computer Village, Ikeja) phone-accessories and small-appliance store; one row per order (one line each)
const KG_PROD = [['IKV-PB20K-BLK', 'Oraimo Traveler 4 20000mAh Power Bank - Black', 'Phones & Tablets > Mobile Accessories > Power Banks', 18500], ['IKV-FP4-WHT', 'Oraimo FreePods 4 True Wireless Earbuds', 'Phones & Tablets > Mobile Accessories > Headphones', 24900], ['IKV-CHG18-C', '18W USB-C Fast Charger with Cable', 'Phones & Tablets > Mobile Accessories > Chargers', 4500], ['IKV-BLD-450', 'Binatone 1.5L Blender BLG-450', 'Home & Kitchen > Small Appliances > Blenders', 32500], ['IKV-SG-SPK20', 'Tempered Glass Screen Protector - Tecno Spark 20 (2 Pack)', 'Phones & Tablets > Mobile Accessories > Screen Protectors', 2500], ['IKV-EXT-4W', '4-Way Surge Protector Extension Box 3m', 'Electronics > Power > Extension Boxes', 7800], ['IKV-SMW-T9', 'T900 Ultra Smart Watch', 'Phones & Tablets > Wearables > Smart Watches', 15500]]
const KG_PAY = ['Pay on Delivery', 'KongaPay', 'Card', 'Pay on Delivery', 'Bank Transfer', 'Card', 'KongaPay']
const kgP = (o) => row(KG_PROD, n(o) % 7)
const kgQty = (o) => (kgP(o)[3] < 5000 ? 1 + n(o) % 3 : n(o) % 9 === 0 ? 2 : 1)
const kgSub = (o) => kgP(o)[3] * kgQty(o)
const kgKx = (o) => n(o) % 3 !== 0
const kgState = (c) => ng(c).place[2]
const kgShip = (c, o) => (kgState(c) === 'Lagos' ? (kgKx(o) ? 1500 : 1000) : kgKx(o) ? 3200 : 2500)
const kgSt = (o) => (n(o) % 13 === 0 ? 'Cancelled' : n(o) % 17 === 0 ? 'Returned' : row(['Delivered', 'Delivered', 'Shipped', 'New', 'Delivered'], (n(o) >> 1) % 5))
const kgAt = (o) => Date.UTC(2025, 1, 3) + ((n(o) * 7919) % (120 * 86400)) * 1000
const kgShipAt = (o) => kgAt(o) + (20 + (n(o) % 26)) * 3600000
const kgDelAt = (o) => kgShipAt(o) + (1 + n(o) % 5) * day + (n(o) % 7) * 3600000
const ngT = (ms) => { const p = lag(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_KG = { name: 'konga-seller-orders-export-ng', product: 'Konga Seller Center (Konga Mall seller dashboard: Orders > All Orders > Export (CSV), one row per order with its single item, English UI, a Lagos phone-accessories and small-appliance store, Africa/Lagos, NGN)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
  ['Order Number', (c, o) => String(51000000 + (n(o) * 97) % 9000000), ['_id', OR('purchaseID')]],
  ['Order Date', (c, o) => ngT(kgAt(o)), ['timestamp', OR('createdDate')]],
  ['Order Status', (c, o) => kgSt(o), [], opt],
  ['Fulfilment Type', (c, o) => (kgKx(o) ? 'K-Express' : 'Self Fulfilled'), ['commerce.shipping.shippingMethod'], opt],
  ['Product Name', (c, o) => kgP(o)[1], [PL('name')]],
  ['Konga SKU', (c, o) => `${5000000 + (n(o) % 7) * 13577}`, [PL('SKU'), PL('product')], opt],
  ['Seller SKU', (c, o) => kgP(o)[0], [PL('SKU')]],
  ['Category', (c, o) => kgP(o)[2], [PL('productCategories[0].categoryPath'), PL('productCategories[0].categoryName')], opt],
  ['Quantity', (c, o) => String(kgQty(o)), [PL('quantity')]],
  ['Unit Price', (c, o) => two(kgP(o)[3]), [], opt],
  ['Subtotal', (c, o) => two(kgSub(o)), [PL('priceTotal')]],
  ['Shipping Fee', (c, o) => two(kgShip(c, o)), ['commerce.shipping.shippingAmount']],
  ['Order Total', (c, o) => two(kgSub(o) + kgShip(c, o)), [OR('priceTotal')]],
  ['Commission', (c, o) => two(Math.round(kgSub(o) * 0.075)), []],
  ['Payment Method', (c, o) => row(KG_PAY, n(o) % 7), [OR('payments[0].paymentType')]],
  ['Payment Status', (c, o) => (row(KG_PAY, n(o) % 7) !== 'Pay on Delivery' || kgSt(o) === 'Delivered' ? 'Paid' : 'Pending'), [], opt],
  ['Customer Name', (c) => ng(c).full, []],
  ['Customer Phone', (c) => ng(c).mobile, PHONE_ID, opt],
  ['Delivery Address', (c) => `${ng(c).street}, ${ng(c).place[0]}`, [SHIP('street1')]],
  ['City', (c) => ng(c).place[1], [SHIP('city')]],
  ['State', (c) => kgState(c), [SHIP('stateProvince'), SHIP('state')]],
  ['Date Shipped', (c, o) => (['New', 'Cancelled'].includes(kgSt(o)) ? '' : ngT(kgShipAt(o))), ['commerce.shipping.shipDate'], opt],
  ['Date Delivered', (c, o) => (['Delivered', 'Returned'].includes(kgSt(o)) ? ngT(kgDelAt(o)) : ''), []],
  ['Waybill Number', (c, o) => (kgKx(o) && !['New', 'Cancelled'].includes(kgSt(o)) ? `KX${pad((n(o) * 7919) % 100000000, 8)}` : ''), ['commerce.shipping.trackingNumber']],
  ['Cancellation Reason', (c, o) => (kgSt(o) === 'Cancelled' ? row(['Customer changed mind', 'Not shipped within 48 hours', 'Out of stock'], n(o) % 3) : ''), []],
] }

// ---------------------------------------------------------------- 2. Tourvisio reservation list (TR, tr, E)
// an Antalya tour operator selling domestic holiday packages (hotel + airport transfer) and culture tours, direct and
// through sub-agencies; one row per reservation
const TV_PROD = [['Lara Kumsal Resort & Spa', 'Paket Tur', 'Antalya - Lara', 'Standart Oda Kara Manzaralı', 'UAI', 4200], ['Kemer Çamlık Otel', 'Paket Tur', 'Antalya - Kemer', 'Standart Oda', 'AI', 3150], ['Side Antik Beach Hotel', 'Paket Tur', 'Antalya - Side', 'Aile Odası', 'AI', 5400], ['Belek Golf Garden Resort', 'Otel', 'Antalya - Belek', 'Superior Oda Deniz Manzaralı', 'UAI', 6100], ['Kapadokya Taş Konak', 'Kültür Turu', 'Nevşehir - Göreme', 'Mağara Oda', 'HB', 3600], ['Kaş Liman Butik Otel', 'Otel', 'Antalya - Kaş', 'Deniz Manzaralı Oda', 'BB', 2800]]
const TV_AG = [['', ''], ['Ege Yıldızı Turizm', 'EY'], ['', ''], ['Başkent Seyahat Acentası', 'BS'], ['Marmara Tatil', 'MT'], ['', '']]
const tvP = (o) => row(TV_PROD, n(o) % 6)
const tvAg = (o) => row(TV_AG, (n(o) >> 1) % 6)
const tvCh = (o) => (tvAg(o)[0] ? 'Acente (B2B)' : n(o) % 4 === 0 ? 'Çağrı Merkezi' : 'B2C Web')
const tvNights = (o) => (tvP(o)[1] === 'Kültür Turu' ? 2 : 3 + n(o) % 5)
const tvAd = (o) => (tvP(o)[3] === 'Aile Odası' ? 2 : 1 + (n(o) % 5 ? 1 : 0))
const tvCh2 = (o) => (tvP(o)[3] === 'Aile Odası' ? 1 + n(o) % 2 : n(o) % 6 === 0 ? 1 : 0)
const tvTr = (o) => tvP(o)[1] !== 'Otel' || n(o) % 3 === 0
const tvPrice = (o) => tvP(o)[5] * tvNights(o) * (tvAd(o) + tvCh2(o) * 0.5) / 2 + (tvTr(o) ? 900 * (tvAd(o) + tvCh2(o)) : 0)
const tvAt = (o) => Date.UTC(2025, 0, 10) + ((n(o) * 7919) % (150 * 86400)) * 1000
const tvIn = (o) => Math.max(tvAt(o) + (10 + n(o) % 60) * day, Date.UTC(2025, 4, 20) + (n(o) % 110) * day)
const tvSt = (o) => (n(o) % 11 === 0 ? 'İptal' : n(o) % 7 === 0 ? 'Opsiyonlu' : 'Onaylandı')
const tvPaid = (o) => (tvSt(o) === 'İptal' ? 0 : tvSt(o) === 'Opsiyonlu' ? 0 : tvAg(o)[0] && n(o) % 2 ? Math.round(tvPrice(o) * 0.3) : tvPrice(o))
const try_ = (x) => thou(x, '.', ',')
const TR_UP = (s) => s.toLocaleUpperCase('tr-TR')
const SET_TV = { name: 'tourvisio-rezervasyon-listesi-tr', product: 'Tourvisio (SAN TSG; back office: Rezervasyon > Rezervasyon Listesi > Excel\'e Aktar, one row per reservation, Turkish UI, an Antalya tour operator\'s domestic hotel packages and culture tours sold direct and through sub-agencies, Europe/Istanbul, TRY)', family: 'travel-bookings', language: 'tr', schema: E, cols: [
  ['Rez. No', (c, o) => String(2500000 + (n(o) * 31) % 400000), ['_id', OR('purchaseID')]],
  ['Rez. Tarihi', (c, o) => { const p = ist(tvAt(o)); return `${dmy(p)} ${hm(p)}` }, ['timestamp', OR('createdDate')]],
  ['Durum', (c, o) => tvSt(o), [], opt],
  ['Satış Kanalı', (c, o) => tvCh(o), [], opt],
  ['Acente', (c, o) => tvAg(o)[0], []],
  ['Acente Ref. No', (c, o) => (tvAg(o)[0] ? `${tvAg(o)[1]}-${25000 + n(o) % 9000}` : ''), [OR('purchaseOrderNumber')], opt],
  ['Ürün Tipi', (c, o) => tvP(o)[1], [], opt],
  ['Otel / Tur Adı', (c, o) => tvP(o)[0], [PL('name')], opt],
  ['Bölge', (c, o) => tvP(o)[2], []],
  ['Oda Tipi', (c, o) => tvP(o)[3], [], opt],
  ['Pansiyon', (c, o) => tvP(o)[4], []],
  ['Giriş Tarihi', (c, o) => dmy(ist(tvIn(o))), []],
  ['Çıkış Tarihi', (c, o) => dmy(ist(tvIn(o) + tvNights(o) * day)), []],
  ['Gece', (c, o) => String(tvNights(o)), []],
  ['Yetişkin', (c, o) => String(tvAd(o)), []],
  ['Çocuk', (c, o) => String(tvCh2(o)), []],
  ['Lider Yolcu', (c) => `${tr(c).first} ${TR_UP(tr(c).last)}`, []],
  ['Telefon', (c) => tr(c).mobile, PHONE_ID, opt],
  ['E-posta', (c) => tr(c).mail, EMAIL_ID],
  ['Transfer', (c, o) => (tvTr(o) ? 'Var' : 'Yok'), []],
  ['Satış Fiyatı', (c, o) => try_(tvPrice(o)), [OR('priceTotal')]],
  ['Ödenen', (c, o) => try_(tvPaid(o)), [OR('payments[0].paymentAmount')]],
  ['Kalan', (c, o) => try_(tvSt(o) === 'İptal' ? 0 : tvPrice(o) - tvPaid(o)), []],
  ['Döviz', () => 'TRY', [OR('currencyCode')]],
  ['Opsiyon Tarihi', (c, o) => (tvSt(o) === 'Opsiyonlu' ? dmy(ist(tvAt(o) + 3 * day)) : ''), []],
  ['Not', (c, o) => row(['', '', 'Balayı çifti, odaya pasta', '', 'Bebek karyolası istendi', '', 'Geç giriş (23:00 sonrası)', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 3. Cotizi contribution export (MA, fr, E)
// a Casablanca neighbourhood association's Ramadan food-basket kitty; one row per contribution
const CZ_AMT = [100, 200, 50, 300, 500, 150, 1000, 250, 100, 2000]
const CZ_PAY = ['Carte bancaire marocaine', 'Carte bancaire marocaine', 'Carte internationale', 'Virement bancaire', 'Carte bancaire marocaine', 'Carte internationale']
const czAbroad = (c) => ma(c).place[1] !== 'Maroc'
const czAmt = (c, o) => row(CZ_AMT, n(o) % 10) * (czAbroad(c) ? 2 : 1)
const czPay = (c, o) => (czAbroad(c) ? 'Carte internationale' : row(CZ_PAY, n(o) % 6))
const czFee = (c, o) => Math.round(czAmt(c, o) * (czPay(c, o) === 'Carte internationale' ? 0.045 : czPay(c, o) === 'Virement bancaire' ? 0 : 0.03) * 100) / 100
const czSt = (c, o) => (czPay(c, o) === 'Virement bancaire' && n(o) % 2 ? 'En attente' : n(o) % 23 === 0 ? 'Remboursée' : 'Validée')
const czAt = (o) => Date.UTC(2025, 1, 10) + ((n(o) * 7919) % (45 * 86400)) * 1000
const czAnon = (o) => n(o) % 6 === 0
const SET_CZ = { name: 'cotizi-participations-cagnotte-ma', product: 'Cotizi (espace organisateur: Ma cagnotte > Participations > Exporter (Excel), one row per contribution, French UI, a Casablanca neighbourhood association\'s Ramadan food-basket kitty, Africa/Casablanca, MAD)', family: 'donations', language: 'fr', schema: E, cols: [
  ['Référence', (c, o) => `CTZ${pad((n(o) * 7919) % 10000000, 7)}`, ['_id', OR('payments[0].transactionID')]],
  ['Date', (c, o) => { const p = cas(czAt(o)); return `${dmy(p, '/')} ${hm(p)}` }, ['timestamp']],
  ['Cagnotte', () => 'Paniers Ftour Ramadan 2025 – Association Hay Hassani Solidarité', ['marketing.campaignName'], opt],
  ['Prénom', (c) => ma(c).first, []],
  ['Nom', (c) => ma(c).last, []],
  ['Email', (c) => ma(c).mail, EMAIL_ID],
  ['Téléphone', (c) => (czAbroad(c) || n(c) % 4 === 0 ? '' : ma(c).mobile), PHONE_ID, opt],
  ['Ville', (c) => ma(c).place[0], [BILL('city')], opt],
  ['Pays', (c) => ma(c).place[1], [BILL('country')], opt],
  ['Montant (MAD)', (c, o) => dec(czAmt(c, o)), [OR('priceTotal'), OR('payments[0].paymentAmount')]],
  ['Frais (MAD)', (c, o) => dec(czFee(c, o)), []],
  ['Montant net (MAD)', (c, o) => dec(czAmt(c, o) - czFee(c, o)), [], opt],
  ['Devise', () => 'MAD', [OR('currencyCode')]],
  ['Moyen de paiement', (c, o) => czPay(c, o), [OR('payments[0].paymentType')], opt],
  ['Statut', (c, o) => czSt(c, o), [], opt],
  ['Participation anonyme', (c, o) => (czAnon(o) ? 'Oui' : 'Non'), []],
  ['Montant masqué', (c, o) => (czAnon(o) || n(o) % 5 === 0 ? 'Oui' : 'Non'), []],
  ['Message', (c, o) => row(['', 'Ramadan Moubarak à tous les bénévoles', '', 'Pour les familles du quartier', '', 'Allah ykhlef', 'Bon courage pour la distribution', ''], n(o) % 8), []],
] }

// ---------------------------------------------------------------- 4. Taaghche publisher sales report (IR, fa, E)
// a Tehran literary publisher's e-book and audiobook sales on Taaghche; one row per title sold; amounts in rials
const TG_BOOK = [['سایه‌های کوچه‌باغ', 'مهرداد صالحی', '', 'رمان و داستان ایرانی', 'کتاب الکترونیکی', 650000, '978-600-8412-37-5'], ['جنایات و مکافات', 'فیودور داستایفسکی', 'نسرین فرهادی', 'رمان و داستان خارجی', 'کتاب الکترونیکی', 1200000, '978-600-8412-12-2'], ['جنایات و مکافات (کتاب صوتی)', 'فیودور داستایفسکی', 'نسرین فرهادی', 'رمان و داستان خارجی', 'کتاب صوتی', 1850000, ''], ['هنر آرام ماندن', 'لیلا کیانی', '', 'روانشناسی', 'کتاب الکترونیکی', 480000, '978-600-8412-55-9'], ['تاریخ مختصر تهران قدیم', 'بهرام نوروزی', '', 'تاریخ', 'کتاب الکترونیکی', 900000, '978-600-8412-41-2'], ['شازده کوچولو', 'آنتوان دو سنت‌اگزوپری', 'پریسا امینی', 'کودک و نوجوان', 'کتاب صوتی', 750000, '']]
const TG_PAY = ['کیف پول طاقچه', 'درگاه بانکی', 'کیف پول طاقچه', 'کارت هدیه', 'درگاه بانکی', 'درگاه بانکی']
const tgB = (o) => row(TG_BOOK, n(o) % 6)
const tgDisc = (o) => (n(o) % 4 === 0 ? Math.round(tgB(o)[5] * 0.3 / 1000) * 1000 : 0)
const tgPaid = (o) => tgB(o)[5] - tgDisc(o)
const tgAt = (o) => Date.UTC(2025, 2, 25) + ((n(o) * 7919) % (90 * 86400)) * 1000
const JAL = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
const jalali = (ms) => { const q = Object.fromEntries(JAL.formatToParts(new Date(ms + 3.5 * 3600000)).map((x) => [x.type, x.value])); return `${q.year}/${q.month}/${q.day}` }
const rial = (x) => group(x, ',')
const SET_TG = { name: 'taaghche-gozaresh-forush-nasher-ir', product: 'Taaghche / طاقچه (پنل ناشران: گزارش فروش > دریافت فایل اکسل, one row per title sold, Persian UI, a Tehran literary publisher\'s e-books and audiobooks, Asia/Tehran, Jalali dates, IRR)', family: 'ecommerce-orders', language: 'fa', schema: E, cols: [
  ['شناسه سفارش', (c, o) => String(31000000 + (n(o) * 53) % 9000000), ['_id', OR('purchaseID')]],
  ['تاریخ خرید', (c, o) => `${jalali(tgAt(o))} ${hm(thr(tgAt(o)))}`, ['timestamp', OR('createdDate')]],
  ['شناسه کتاب', (c, o) => String(118000 + (n(o) % 6) * 1733), [PL('SKU'), PL('product')], opt],
  ['عنوان کتاب', (c, o) => tgB(o)[0], [PL('name')]],
  ['نویسنده', (c, o) => tgB(o)[1], []],
  ['مترجم', (c, o) => tgB(o)[2], []],
  ['شابک', (c, o) => tgB(o)[6], [PL('SKU')], opt],
  ['نوع کتاب', (c, o) => tgB(o)[4], [], opt],
  ['دسته‌بندی', (c, o) => tgB(o)[3], [PL('productCategories[0].categoryName')]],
  ['قیمت (ریال)', (c, o) => rial(tgB(o)[5]), [], opt],
  ['کد تخفیف', (c, o) => (tgDisc(o) ? row(['NOROOZ1404', 'TAAGHCHE30'], n(o) % 2) : ''), ['commerce.promotionID']],
  ['تخفیف (ریال)', (c, o) => rial(tgDisc(o)), [PL('discountAmount')]],
  ['مبلغ پرداختی (ریال)', (c, o) => rial(tgPaid(o)), [PL('priceTotal')]],
  ['روش پرداخت', (c, o) => row(TG_PAY, (n(o) >> 1) % 6), [OR('payments[0].paymentType')], opt],
  ['پلتفرم', (c, o) => row(['اندروید', 'اندروید', 'iOS', 'وب', 'اندروید'], n(o) % 5), ['environment.operatingSystem'], opt],
  ['سهم ناشر (درصد)', () => '50', []],
  ['سهم ناشر (ریال)', (c, o) => rial(Math.round(tgPaid(o) * 0.5)), []],
  ['وضعیت', (c, o) => (n(o) % 29 === 0 ? 'بازگشت وجه' : 'موفق'), [], opt],
] }

// ---------------------------------------------------------------- 5. Flowwow seller order export (AE, en, E)
// a Dubai florist's bouquets and gift boxes sold on Flowwow; one row per order
const FW_PROD = [['Bouquet of 25 Red Roses', 320], ['Pastel Peony Box', 450], ['Hydrangea & Lisianthus Basket', 385], ['Ferrero Rocher & Roses Gift Box', 275], ['51 Ecuadorian Roses in a Hat Box', 690], ['Sunflower Mini Bouquet', 145], ['Orchid Phalaenopsis in Ceramic Pot', 260]]
const FW_SLOT = ['09:00–12:00', '12:00–15:00', '15:00–18:00', '18:00–21:00']
const FW_PAY = ['Card', 'Apple Pay', 'Card', 'Google Pay', 'Card']
const fwP = (o) => row(FW_PROD, n(o) % 7)
const fwQty = (o) => (fwP(o)[1] < 200 && n(o) % 4 === 0 ? 2 : 1)
const fwDel = (c) => (other(c, 'ae').place[1] === 'Dubai' ? 0 : 35)
const fwDisc = (o) => (n(o) % 8 === 0 ? Math.round(fwP(o)[1] * fwQty(o) * 0.1) : 0)
const fwTot = (c, o) => fwP(o)[1] * fwQty(o) + fwDel(c) - fwDisc(o)
const fwAt = (o) => Date.UTC(2025, 1, 1) + ((n(o) * 7919) % (100 * 86400)) * 1000
const fwSt = (o) => (n(o) % 19 === 0 ? 'Cancelled' : n(o) % 7 === 0 ? 'Accepted' : 'Delivered')
const dxbT = (ms) => { const p = dxb(ms); return `${dmy(p)} ${hm(p)}` }
const SET_FW = { name: 'flowwow-seller-orders-ae', product: 'Flowwow (seller account: Orders > Export to Excel, one row per order, English UI, a Dubai florist\'s bouquets and gift boxes delivered across Dubai, Abu Dhabi and Sharjah, Asia/Dubai, AED)', family: 'ecommerce-orders', language: 'en', schema: E, cols: [
  ['Order ID', (c, o) => String(4300000 + (n(o) * 37) % 600000), ['_id', OR('purchaseID')]],
  ['Created', (c, o) => dxbT(fwAt(o)), ['timestamp', OR('createdDate')]],
  ['Status', (c, o) => fwSt(o), [], opt],
  ['Delivery date', (c, o) => dmy(dxb(fwAt(o) + (n(o) % 3) * day)), [], opt],
  ['Delivery time', (c, o) => row(FW_SLOT, n(o) % 4), []],
  ['Product', (c, o) => fwP(o)[0], [PL('name')]],
  ['Quantity', (c, o) => String(fwQty(o)), [PL('quantity')]],
  ['Price, AED', (c, o) => two(fwP(o)[1]), [], opt],
  ['Delivery, AED', (c) => two(fwDel(c)), ['commerce.shipping.shippingAmount']],
  ['Discount, AED', (c, o) => two(fwDisc(o)), [OR('discountAmount')]],
  ['Total, AED', (c, o) => two(fwTot(c, o)), [OR('priceTotal')]],
  ['Payout, AED', (c, o) => two(fwTot(c, o) * 0.8), []],
  ['Payment method', (c, o) => row(FW_PAY, n(o) % 5), [OR('payments[0].paymentType')], opt],
  ['Customer name', (c) => ae(c).full, []],
  ['Customer phone', (c) => ae(c).mobile, PHONE_ID, opt],
  ['Customer email', (c) => ae(c).mail, EMAIL_ID],
  ['Recipient name', (c, o) => (n(o) % 5 === 0 ? ae(c).full : other(c, 'ae').full), []],
  ['Recipient phone', (c, o) => (n(o) % 5 === 0 ? ae(c).mobile : other(c, 'ae').mobile), []],
  ['Delivery address', (c) => `${v.pick(seeded(c, 'fw'), other(c, 'ae').place[2])}, Apt ${100 + n(c) % 3200}`.replace(/Villa (\d+)(.*), Apt \d+$/, 'Villa $1$2'), [SHIP('street1')]],
  ['Area', (c) => other(c, 'ae').place[0], [], opt],
  ['City', (c) => other(c, 'ae').place[1], [SHIP('city')]],
  ['Anonymous', (c, o) => (n(o) % 6 === 0 ? 'Yes' : 'No'), []],
  ['Postcard text', (c, o) => row(['Happy Birthday! Love you always', '', 'Congratulations on the new baby!', 'Sorry for your loss. Thinking of you.', '', 'Eid Mubarak!', 'Happy anniversary ❤'], n(o) % 7), []],
  ['Comment', (c, o) => row(['', 'Call recipient before delivery', '', 'Leave at reception', '', 'Do not call, surprise!'], n(o) % 6), []],
] }

// ---------------------------------------------------------------- 6. Glamera client list (SA, ar, P)
// a Riyadh salon and spa (women's floor and a small men's grooming section); one row per client
const GL_NAT = [['سعودية', 'سعودي'], ['سعودية', 'سعودي'], ['سعودية', 'سعودي'], ['مصرية', 'مصري'], ['أردنية', 'أردني'], ['لبنانية', 'لبناني'], ['سعودية', 'سعودي']]
const GL_SRC = ['إنستغرام', 'سناب شات', 'توصية من صديقة', 'الحجز الإلكتروني', 'زيارة مباشرة', 'خرائط جوجل', 'تيك توك']
const GL_PKG = ['', '', 'باقة العروس', '', '10 جلسات مساج', 'باقة العناية بالبشرة (6 جلسات)', '', 'حمام مغربي × 5']
const GL_STAFF = ['', 'أ. جيهان', 'أ. ماري', '', 'أ. روان', 'أ. لينا', '']
const glVis = (c) => 1 + (n(c) * 7) % 34
const glAt = (c) => Date.UTC(2023, 2, 1) + ((n(c) * 7919) % (760 * 86400)) * 1000
const glLast = (c) => Math.min(glAt(c) + (glVis(c) * 19 + 3) * day, Date.UTC(2025, 5, 20) - (n(c) % 30) * day)
const SET_GL = { name: 'glamera-qaimat-alumala-sa', product: 'Glamera (لوحة التحكم: العملاء > قائمة العملاء > تصدير إلى Excel, one row per client, Arabic UI, a Riyadh salon and spa, Asia/Riyadh, SAR)', family: 'beauty-clients', language: 'ar', schema: P, cols: [
  ['رقم العميل', (c) => String(10000 + (n(c) * 13) % 80000), ID],
  ['الاسم', (c) => sa(c).full, ['person.name.fullName']],
  ['رقم الجوال', (c) => `+966${sa(c).mobile.slice(1)}`, ['mobilePhone.number']],
  ['البريد الإلكتروني', (c) => (n(c) % 4 === 0 ? '' : sa(c).mail), ['personalEmail.address']],
  ['الجنس', (c) => (sa(c).female ? 'أنثى' : 'ذكر'), ['person.gender']],
  ['تاريخ الميلاد', (c) => (n(c) % 3 === 0 ? '' : ymd(bd(sa(c).birth))), ['person.birthDate']],
  ['الجنسية', (c) => row(GL_NAT, n(c) % 7)[sa(c).female ? 0 : 1], ['person.nationality']],
  ['المدينة', (c) => sa(c).place[1], HOMES('city')],
  ['الحي', (c) => `حي ${sa(c).place[0]}`, [], opt],
  ['مصدر العميل', (c) => row(GL_SRC, n(c) % 7), [], opt],
  ['تاريخ التسجيل', (c) => ymd(ksa(glAt(c))), [], opt],
  ['عدد الزيارات', (c) => String(glVis(c)), []],
  ['آخر زيارة', (c) => ymd(ksa(glLast(c))), [], opt],
  ['إجمالي المبيعات (ر.س)', (c) => dec(glVis(c) * (180 + (n(c) % 9) * 45), '.'), ['loyalty.lifetimePurchases'], opt],
  ['نقاط الولاء', (c) => String((glVis(c) * (180 + (n(c) % 9) * 45)) % 1500), ['loyalty.points']],
  ['رصيد المحفظة (ر.س)', (c) => dec(n(c) % 5 === 0 ? 250 : 0, '.'), []],
  ['الباقات النشطة', (c) => row(GL_PKG, n(c) % 8), []],
  ['الموظفة المفضلة', (c) => (sa(c).female ? row(GL_STAFF, n(c) % 7) : ''), []],
  ['موافقة على الرسائل التسويقية', (c) => (n(c) % 3 === 0 ? 'لا' : 'نعم'), [], opt],
  ['محظور', (c) => (n(c) % 41 === 0 ? 'نعم' : 'لا'), []],
  ['ملاحظات', (c) => row(['', '', 'حساسية من بعض الزيوت العطرية', '', 'تفضّل المواعيد المسائية', '', 'عروس – موعد الزفاف في شوال'], n(c) % 7), []],
] }

// ---------------------------------------------------------------- 7. GoFrugal customer master (KE, en, P)
// a Nairobi (Westlands) wines-and-spirits shop on GoFrugal's retail POS with a points card; one row per customer
const GF_TYPE = ['Retail', 'Retail', 'Retail', 'Loyalty Member', 'Corporate', 'Retail', 'Loyalty Member']
const gfType = (c) => row(GF_TYPE, n(c) % 7)
const gfCorp = (c) => gfType(c) === 'Corporate'
const gfCard = (c) => gfType(c) === 'Loyalty Member' || n(c) % 3 === 0
const gfBills = (c) => 1 + (n(c) * 3) % 40
const gfSpend = (c) => gfBills(c) * (2400 + (n(c) % 11) * 650)
const gfPts = (c) => (gfCard(c) ? Math.floor(gfSpend(c) / 100) : 0)
const gfRed = (c) => (gfCard(c) ? Math.floor(gfPts(c) * ((n(c) % 4) / 10)) : 0)
const gfAt = (c) => Date.UTC(2022, 6, 1) + ((n(c) * 7919) % (1000 * 86400)) * 1000
const gfD = (p) => dmy(p, '-')
const GF_CORP = [['Acacia Events Ltd', 'P051734219K'], ['Savannah Lounge & Grill', 'P052218760M'], ['Kijani Properties Ltd', 'P051900347Q']]
const SET_GF = { name: 'gofrugal-customer-master-wineshop-ke', product: 'GoFrugal (RetailEasy / GoFrugal POS: Reports > Customer > Customer Master > Export to Excel, one row per customer, English UI, a Nairobi wines-and-spirits shop with a points card, Africa/Nairobi, KES)', family: 'retail-customers', language: 'en', schema: P, cols: [
  ['Customer Code', (c) => `C${pad((n(c) * 7) % 100000, 5)}`, ID],
  ['Customer Name', (c) => (gfCorp(c) ? row(GF_CORP, n(c) % 3)[0] : ke(c).full), ['person.name.fullName']],
  ['Mobile No', (c) => ke(c).mobile.replace(/ /g, ''), ['mobilePhone.number']],
  ['Email ID', (c) => (n(c) % 5 === 0 ? '' : ke(c).mail), ['personalEmail.address']],
  ['Gender', (c) => (gfCorp(c) ? '' : ke(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Date of Birth', (c) => (gfCard(c) && !gfCorp(c) ? gfD(bd(ke(c).birth)) : ''), ['person.birthDate']],
  ['Anniversary Date', (c) => (gfCard(c) && n(c) % 4 === 1 ? gfD(bd(ke(c).birth + (24 * 365 + n(c) % 300) * day)) : ''), []],
  ['Address 1', (c) => (n(c) % 4 === 0 ? '' : ke(c).street), HOMES('street1')],
  ['Address 2', (c) => (n(c) % 3 === 1 && n(c) % 4 !== 0 ? `Apt ${v.int(seeded(c, 'gf'), 1, 9)}${v.pick(seeded(c, 'gf'), ['A', 'B', 'C'])}` : ''), HOMES('street2')],
  ['Area', (c) => ke(c).place[0], [], opt],
  ['City', (c) => ke(c).place[1], HOMES('city')],
  ['Pin Code', (c) => ke(c).place[2], HOMES('postalCode')],
  ['Country', () => 'Kenya', HOMES('country')],
  ['Customer Type', (c) => gfType(c), [], opt],
  ['KRA PIN', (c) => (gfCorp(c) ? row(GF_CORP, n(c) % 3)[1] : n(c) % 6 === 0 ? `A00${pad((n(c) * 7919) % 10000000, 7)}${String.fromCharCode(65 + n(c) % 26)}` : ''), ['person.taxId'], opt],
  ['Loyalty Card No', (c) => (gfCard(c) ? `9100${pad((n(c) * 131) % 100000000, 8)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]']],
  ['Loyalty Points', (c) => String(gfPts(c) - gfRed(c)), ['loyalty.points']],
  ['Points Redeemed', (c) => String(gfRed(c)), ['loyalty.pointsRedeemed']],
  ['Credit Limit', (c) => (gfCorp(c) ? '150000.00' : '0.00'), []],
  ['Outstanding Amount', (c) => (gfCorp(c) ? two((n(c) * 37) % 90000) : '0.00'), []],
  ['Total Purchase Value', (c) => two(gfSpend(c)), ['loyalty.lifetimePurchases'], opt],
  ['Last Bill Date', (c) => gfD(nbo(Date.UTC(2025, 5, 28) - (n(c) % 120) * day)), [], opt],
  ['Created Date', (c) => gfD(nbo(gfAt(c))), [], opt],
  ['Status', (c) => (n(c) % 23 === 0 ? 'Inactive' : 'Active'), [], opt],
] }

// ---------------------------------------------------------------- 8. Pabbly Email Marketing subscribers (IN, en, P)
// a Kolkata (College Street) bookshop's weekly new-arrivals newsletter; one row per subscriber
const PB_GENRE = ['Bengali Fiction', 'Poetry', 'History', 'Children\'s Books', 'English Fiction', 'Competitive Exams', 'Bengali Fiction']
const PB_SRC = ['Website Form', 'Website Form', 'Import', 'In-store QR Form', 'Book Fair Signup', 'API']
const pbSt = (c) => (n(c) % 13 === 0 ? 'Unsubscribed' : n(c) % 19 === 0 ? 'Bounced' : 'Active')
const pbAt = (c) => Date.UTC(2023, 0, 25) + ((n(c) * 7919) % (880 * 86400)) * 1000
const pbOpens = (c) => (pbSt(c) === 'Bounced' ? 0 : (n(c) * 3) % 45)
const indT = (ms) => { const p = ind(ms); return `${ymd(p)} ${hm(p)}:${pad(p.S)}` }
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const SET_PB = { name: 'pabbly-email-subscribers-bookshop-in', product: 'Pabbly Email Marketing (Subscribers > Manage Subscribers > select list > Export, one row per subscriber, English UI, a Kolkata College Street bookshop\'s new-arrivals newsletter, Asia/Kolkata)', family: 'email-marketing', language: 'en', schema: P, cols: [
  ['Email', (c) => wb(c).mail, ['personalEmail.address']],
  ['Name', (c) => wb(c).full, ['person.name.fullName']],
  ['Mobile', (c) => (n(c) % 3 === 0 ? '' : wb(c).mobile), ['mobilePhone.number']],
  ['City', (c) => wb(c).place[0], HOMES('city')],
  ['State', (c) => wb(c).place[1], STATE(HOME)],
  ['Pincode', (c) => (n(c) % 4 === 0 ? '' : wb(c).place[2]), HOMES('postalCode')],
  ['Country', () => 'India', HOMES('country')],
  ['Status', (c) => pbSt(c), ['personalEmail.status'], opt],
  ['Subscribed On', (c) => indT(pbAt(c)), [], opt],
  ['Source', (c) => row(PB_SRC, n(c) % 6), [], opt],
  ['IP Address', (c) => (row(PB_SRC, n(c) % 6) === 'Website Form' ? `${row(['49.37', '103.211', '117.194', '223.29', '42.108'], n(c) % 5)}.${n(c) % 250 + 1}.${(n(c) >> 3) % 250 + 1}` : ''), []],
  ['Tags', (c) => row(['', 'kolkata-book-fair-2025', 'boimela, poetry', '', 'school-orders', 'vip-reader', ''], (n(c) >> 2) % 7), []],
  ['Favourite Genre', (c) => row(PB_GENRE, n(c) % 7), []],
  ['Preferred Language', (c) => row(['Bengali', 'English', 'Bengali', 'Both'], n(c) % 4), []],
  ['Birthday', (c) => (n(c) % 3 === 1 ? `${pad(bd(wb(c).birth).d)} ${MON[bd(wb(c).birth).m - 1]}` : ''), ['person.birthDayAndMonth'], opt],
  ['Reader Club Card', (c) => (n(c) % 4 === 2 ? `BP-${pad((n(c) * 17) % 100000, 5)}` : ''), ['loyalty.cardsDetails[0].number', 'loyalty.loyaltyID[0]'], opt],
  ['Total Opens', (c) => String(pbOpens(c)), []],
  ['Total Clicks', (c) => String(Math.floor(pbOpens(c) / (2 + n(c) % 4))), []],
  ['Last Opened', (c) => (pbOpens(c) ? indT(Date.UTC(2025, 5, 1) + (n(c) % 60) * day + ((n(c) * 7919) % 43200) * 1000) : ''), []],
  ['Unsubscribed On', (c) => (pbSt(c) === 'Unsubscribed' ? indT(pbAt(c) + (40 + n(c) % 200) * day) : ''), []],
] }

// ---------------------------------------------------------------- 9. MakeMyTrip myBiz employee list (IN, en, B)
// a Pune IT-services company's corporate-travel account; one row per employee
const MB_DEPT = [['Engineering', 'Senior Software Engineer', 'L3', 'CC-ENG-PUN'], ['Engineering', 'Technical Lead', 'L4', 'CC-ENG-PUN'], ['Sales', 'Account Manager', 'M1', 'CC-SAL-BLR'], ['Delivery', 'Project Manager', 'M2', 'CC-DEL-PUN'], ['Human Resources', 'HR Business Partner', 'M1', 'CC-HR-PUN'], ['Finance', 'Finance Controller', 'M3', 'CC-FIN-PUN'], ['Sales', 'Regional Sales Head', 'M4', 'CC-SAL-GGN'], ['Engineering', 'QA Engineer', 'L2', 'CC-ENG-HYD']]
const MB_LOC = { PUN: 'Pune', BLR: 'Bengaluru', GGN: 'Gurugram', HYD: 'Hyderabad' }
const mbD = (c) => row(MB_DEPT, n(c) % 8)
const mbRole = (c) => (mbD(c)[0] === 'Human Resources' ? 'Travel Admin' : /M[34]/.test(mbD(c)[2]) ? 'Approver' : 'Traveller')
const mbSt = (c) => (n(c) % 17 === 0 ? 'Deactivated' : n(c) % 7 === 0 ? 'Invited' : 'Active')
const mbMail = (c) => `${inp(c).firstLat}.${inp(c).lastLat}@sahyadriinfotech.com`
const SET_MB = { name: 'makemytrip-mybiz-employees-in', product: 'MakeMyTrip myBiz (myBiz admin: Employees > Download Employee List (Excel), one row per employee, English UI, a Pune IT-services company\'s corporate-travel account, Asia/Kolkata)', family: 'b2b-travel', language: 'en', schema: B, cols: [
  ['Employee ID', (c) => `SIT${pad((n(c) * 7) % 10000, 4)}`, B2BID],
  ['Title', (c) => (inp(c).female ? row(['Ms', 'Mrs', 'Ms'], n(c) % 3) : 'Mr'), ['person.name.courtesyTitle']],
  ['First Name', (c) => inp(c).first, ['person.name.firstName']],
  ['Last Name', (c) => inp(c).last, ['person.name.lastName']],
  ['Gender', (c) => (inp(c).female ? 'Female' : 'Male'), ['person.gender']],
  ['Date of Birth', (c) => dmy(bd(inp(c).birth + 8 * 365 * day), '/'), ['person.birthDate']],
  ['Nationality', () => 'Indian', ['person.nationality']],
  ['Official Email ID', (c) => mbMail(c), ['workEmail.address']],
  ['Mobile Number', (c) => inp(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['Legal Entity', () => 'Sahyadri Infotech Pvt. Ltd.', CO],
  ['Designation', (c) => mbD(c)[1], ['extendedWorkDetails.jobTitle']],
  ['Department', (c) => mbD(c)[0], ['extendedWorkDetails.departments[0]']],
  ['Grade', (c) => mbD(c)[2], []],
  ['Cost Center', (c) => mbD(c)[3], []],
  ['Base Location', (c) => MB_LOC[mbD(c)[3].slice(-3)], [W('city')], opt],
  ['Reporting Manager Employee ID', (c) => (/M[34]/.test(mbD(c)[2]) ? 'SIT0001' : `SIT${pad((n(c) * 3) % 400, 4)}`), ['extendedWorkDetails.reportsToID']],
  ['Approver Email ID', (c) => (/M[34]/.test(mbD(c)[2]) ? 'ceo.office@sahyadriinfotech.com' : `${row(['ravi.kulkarni', 'meera.iyer', 'sandeep.rao'], n(c) % 3)}@sahyadriinfotech.com`), []],
  ['Role', (c) => mbRole(c), [], opt],
  ['Travel Policy', (c) => (/M[2-4]/.test(mbD(c)[2]) ? 'Senior Management Policy' : 'Standard Domestic Policy'), []],
  ['Status', (c) => mbSt(c), [], opt],
  ['Added On', (c) => { const p = ind(Date.UTC(2024, 3, 2) + ((n(c) * 7919) % (400 * 86400)) * 1000); return `${dmy(p, '/')} ${hm(p)}` }, ['extSourceSystemAudit.createdDate'], opt],
] }

// ---------------------------------------------------------------- 10. inwise contact export (IL, he, B)
// a Tel Aviv wine importer's trade newsletter (new vintages, tastings, price lists) to restaurants, bars, hotels and
// wine shops; one row per contact
const IW_BIZ = [['מסעדת הנמל', 'מסעדה', 'נמל תל אביב 24', 'תל אביב-יפו', '6350924', 'hanamal-rest.co.il', '515238416'], ['בר יין גפן', 'בר יין', 'שדרות רוטשילד 48', 'תל אביב-יפו', '6688405', 'gefenbar.co.il', '516004172'], ['מלון חוף הכרמל', 'מלון', 'דוד אלעזר 10', 'חיפה', '3463208', 'carmelbeachhotel.co.il', '514872239'], ['יינות הגליל – חנות יין', 'חנות יין', 'העצמאות 15', 'כרמיאל', '2161301', 'galilwineshop.co.il', '515519870'], ['ביסטרו עמק רפאים', 'מסעדה', 'עמק רפאים 31', 'ירושלים', '9310514', 'refaimbistro.co.il', '516331108'], ['מלון מדבר ים', 'מלון', 'שדרות התמרים 5', 'אילת', '8850101', 'midbaryam.co.il', '513990425'], ['המרתף של שוקי', 'חנות יין', 'סוקולוב 62', 'הרצליה', '4623812', 'hamartef.co.il', '515004637']]
const IW_ROLE = [['בעלים', 'בעלים'], ['מנהל בר', 'מנהלת בר'], ['סומלייה', 'סומלייה'], ['מנהל רכש', 'מנהלת רכש'], ['שף', 'שפית'], ['מנהל מזון ומשקאות', 'מנהלת מזון ומשקאות']]
const IW_REP = ['רועי ברק', 'ליאת שמש', 'אופיר נחום']
const iwB = (c) => row(IW_BIZ, n(c) % 7)
const iwSt = (c) => (n(c) % 13 === 0 ? 'הוסר' : n(c) % 29 === 0 ? 'חוזר' : 'פעיל')
const iwAt = (c) => Date.UTC(2022, 9, 1) + ((n(c) * 7919) % (950 * 86400)) * 1000
const ilT = (ms) => { const p = isr(ms); return `${dmy(p, '/')} ${hm(p)}` }
const SET_IW = { name: 'inwise-anshei-kesher-yevuan-yayin-il', product: 'inwise (ניהול אנשי קשר > אנשי קשר > ייצוא לאקסל, one row per contact, Hebrew UI, a Tel Aviv wine importer\'s trade newsletter to restaurants, bars, hotels and wine shops, Asia/Jerusalem)', family: 'email-marketing', language: 'he', schema: B, cols: [
  ['דוא"ל', (c) => (n(c) % 3 === 0 ? `${il(c).firstLat}@${iwB(c)[5]}` : n(c) % 3 === 1 ? `${il(c).firstLat}.${il(c).lastLat}@${iwB(c)[5]}` : `${il(c).firstLat}${il(c).lastLat[0]}${n(c) % 90 + 10}@gmail.com`), WE],
  ['שם פרטי', (c) => il(c).first, ['person.name.firstName']],
  ['שם משפחה', (c) => il(c).last, ['person.name.lastName']],
  ['טלפון נייד', (c) => il(c).mobile, ['mobilePhone.number', 'workPhone.number']],
  ['שם העסק', (c) => iwB(c)[0], CO],
  ['תפקיד', (c) => row(IW_ROLE, (n(c) >> 1) % 6)[il(c).female ? 1 : 0], ['extendedWorkDetails.jobTitle']],
  ['סוג עסק', (c) => iwB(c)[1], []],
  ['כתובת', (c) => iwB(c)[2], [W('street1')]],
  ['עיר', (c) => iwB(c)[3], [W('city')]],
  ['מיקוד', (c) => iwB(c)[4], [W('postalCode')]],
  ['ח.פ.', (c) => iwB(c)[6], [], opt],
  ['מספר לקוח', (c) => `L-${3100 + (n(c) % 7) * 17}`, ['b2b.accountKey.sourceID', 'b2b.accountID'], opt],
  ['איש מכירות', (c) => row(IW_REP, n(c) % 3), []],
  ['קבוצות', (c) => row(['לקוחות פעילים; טעימות מקצועיות', 'לקוחות פעילים', 'לידים – תערוכת ויין 2024', 'מחירון סיטונאי', 'לקוחות פעילים; מחירון סיטונאי'], n(c) % 5), []],
  ['סטטוס דוא"ל', (c) => iwSt(c), OPT_EMAIL, opt],
  ['סטטוס SMS', (c) => (n(c) % 4 === 0 ? 'הוסר' : 'פעיל'), OPT_SMS, opt],
  ['מקור הצטרפות', (c) => row(['ייבוא מקובץ', 'טופס הרשמה באתר', 'ייבוא מקובץ', 'הוספה ידנית', 'דף נחיתה – טעימה מקצועית'], n(c) % 5), ['b2b.personSource'], opt],
  ['תאריך הצטרפות', (c) => ilT(iwAt(c)), ['extSourceSystemAudit.createdDate'], opt],
  ['תאריך פעילות אחרונה', (c) => (iwSt(c) === 'חוזר' ? '' : ilT(Date.UTC(2025, 4, 5) + (n(c) % 50) * day + (n(c) % 9) * 3600000)), ['extSourceSystemAudit.lastActivityDate'], opt],
  ['הערות', (c) => row(['', '', 'מעוניין ביינות טבעיים', '', 'להזמין לטעימת בוז\'ולה', '', 'עובר דרך המפיץ בצפון'], n(c) % 7), []],
] }

export const SETS = [SET_KG, SET_TV, SET_CZ, SET_TG, SET_FW, SET_GL, SET_GF, SET_PB, SET_MB, SET_IW]
