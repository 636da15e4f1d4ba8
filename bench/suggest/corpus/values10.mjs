// Round 10 (heldout10) value helpers: formats of the round-10 products that the shared helpers lack (Turkish, Czech,
// Polish, Québec, Australian and Gulf people; Checkout.com's M/D/YY H:MM times, GetResponse's +0000 offsets, Czech
// decimal commas). Shared helpers are not changed; everything here derives from the generated row (person / order) or
// the row's rng.
import * as v from './values.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
export const slug = (s) => s.toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')

// "6/24/19 19:09" (Checkout.com Hub payments export as seen in a public fixture)
export const ckoDate = (ms) => { const p = parts(ms); return `${p.m}/${p.d}/${String(p.y).slice(2)} ${p.H}:${pad(p.M)}` }
// "2024-03-05T14:22:31+0000" (GetResponse API v3 times)
export const grTime = (ms) => `${v.fmt.ymd(ms)}T${v.fmt.time(ms)}+0000`
// "2024-03-05 14:22" (Kangaroo business portal lists)
export const ymdhm = (ms) => v.fmt.ymdhms(ms).slice(0, 16)
// "1249,50" (Czech decimal comma, no thousands separator, as Shoptet's CSV writes them)
export const czk = (n) => n.toFixed(2).replace('.', ',')
// "1.234,50 €" (German amount with the euro sign, Gambio admin)
export const eur = (n) => `${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`

// First names (and Czech and Polish surnames) are [male, female] pairs, so that a row's gender, salutation and name
// agree; a woman's Czech or Polish surname takes the feminine form.
const L = {
  tr: {
    first: [['Ahmet', 'Ayşe'], ['Mehmet', 'Fatma'], ['Mustafa', 'Zeynep'], ['Emre', 'Elif'], ['Burak', 'Selin'], ['Çağrı', 'Gülşen']],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç', 'Kurt'],
    // [il (province), ilçe (district), postcode, area code]
    cities: [['İstanbul', 'Kadıköy', '34710', '216'], ['İstanbul', 'Beşiktaş', '34353', '212'], ['Ankara', 'Çankaya', '06690', '312'], ['İzmir', 'Karşıyaka', '35540', '232'], ['Bursa', 'Nilüfer', '16110', '224'], ['Antalya', 'Muratpaşa', '07100', '242']],
    street: ['Bağdat Cad.', 'Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Barbaros Blv.', 'Kızılay Mah. Menekşe Sok.'],
    companies: ['Anadolu Tekstil A.Ş.', 'Ege Lojistik Ltd. Şti.', 'Marmara Yazılım A.Ş.', 'Boğaziçi Gıda San. ve Tic. A.Ş.', 'Karadeniz Enerji Ltd. Şti.', 'Kapadokya Turizm A.Ş.'],
    jobs: ['Satış Müdürü', 'Satın Alma Uzmanı', 'Genel Müdür', 'Pazarlama Direktörü', 'Muhasebe Şefi', 'Bilgi İşlem Sorumlusu'],
    depts: ['Satış', 'Satın Alma', 'Pazarlama', 'Finans', 'Bilgi İşlem', 'Yönetim'],
    mail: ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
  },
  cs: {
    first: [['Jan', 'Tereza'], ['Petr', 'Lucie'], ['Tomáš', 'Kateřina'], ['Martin', 'Eva'], ['Jiří', 'Hana'], ['Ondřej', 'Zuzana']],
    last: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Marek', 'Marková']],
    cities: [['Praha 2', '120 00'], ['Praha 4', '140 00'], ['Brno', '602 00'], ['Ostrava', '702 00'], ['Plzeň', '301 00'], ['Olomouc', '779 00'], ['Liberec', '460 01']],
    street: ['Korunní', 'Vinohradská', 'Masarykova', 'Nádražní', 'Husova', 'Palackého', 'Lidická'],
    companies: ['Novák s.r.o.', 'Dřevostavby Šumava s.r.o.', 'Pražská obchodní a.s.', 'Moravia Trade s.r.o.', 'Horák & syn v.o.s.'],
    mail: ['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz'],
  },
  pl: {
    first: [['Jakub', 'Anna'], ['Mateusz', 'Katarzyna'], ['Piotr', 'Agnieszka'], ['Tomasz', 'Magdalena'], ['Łukasz', 'Joanna'], ['Michał', 'Zofia']],
    last: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska']],
    cities: [['Warszawa', 'mazowieckie', '00-001'], ['Kraków', 'małopolskie', '30-001'], ['Wrocław', 'dolnośląskie', '50-001'], ['Poznań', 'wielkopolskie', '60-001'], ['Gdańsk', 'pomorskie', '80-001'], ['Łódź', 'łódzkie', '90-001']],
    street: ['ul. Marszałkowska', 'ul. Długa', 'ul. Piotrkowska', 'al. Jerozolimskie', 'ul. Floriańska', 'ul. Świętojańska'],
    companies: ['Nowak Sp. z o.o.', 'Polbud S.A.', 'Mazowsze Logistyka Sp. z o.o.', 'Kraków Design s.c.'],
    mail: ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'],
  },
  qc: {
    first: [['Félix', 'Léa'], ['William', 'Florence'], ['Samuel', 'Rosalie'], ['Olivier', 'Béatrice'], ['Gabriel', 'Juliette'], ['Mathis', 'Chloé']],
    last: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier'],
    cities: [['Montréal', 'QC', 'H2X 1Y4', '514'], ['Québec', 'QC', 'G1R 4P5', '418'], ['Laval', 'QC', 'H7N 5H9', '450'], ['Gatineau', 'QC', 'J8X 3X7', '819'], ['Sherbrooke', 'QC', 'J1H 1A1', '819']],
    mail: ['videotron.ca', 'gmail.com', 'hotmail.com', 'sympatico.ca'],
  },
  au: {
    first: [['Jack', 'Charlotte'], ['Oliver', 'Amelia'], ['Noah', 'Isla'], ['Thomas', 'Mia'], ['Lachlan', 'Grace'], ['Cooper', 'Matilda']],
    last: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Kelly', 'Ryan', 'Walker', 'Harris', 'Murphy'],
    cities: [['Sydney', 'NSW', '2000'], ['Melbourne', 'VIC', '3000'], ['Brisbane', 'QLD', '4000'], ['Perth', 'WA', '6000'], ['Adelaide', 'SA', '5000'], ['Hobart', 'TAS', '7000'], ['Newcastle', 'NSW', '2300']],
    mail: ['bigpond.com', 'gmail.com', 'outlook.com.au', 'optusnet.com.au'],
  },
  gulf: {
    first: ['Omar', 'Layla', 'Khalid', 'Noura', 'Ahmed', 'Mariam', 'Rashid', 'Fatima', 'Priya', 'Arjun', 'Sarah', 'James'],
    last: ['Al Mansouri', 'Al Hashimi', 'Haddad', 'Khan', 'Al Qasimi', 'Nair', 'Hassan', 'Mathew', 'Al Zahrani', 'Fernandes'],
    // [city, postcode ('' where none is used), ISO alpha-2, ISO alpha-3, currency]
    cities: [['Dubai', '', 'AE', 'ARE', 'AED'], ['Abu Dhabi', '', 'AE', 'ARE', 'AED'], ['Riyadh', '12211', 'SA', 'SAU', 'SAR'], ['Jeddah', '21577', 'SA', 'SAU', 'SAR'], ['London', 'SW1A 1AA', 'GB', 'GBR', 'GBP']],
    street: ['Sheikh Zayed Rd', 'Al Wasl Rd', 'King Fahd Rd', 'Tahlia St', 'Corniche Rd', 'Baker St'],
    banks: ['EMIRATES NBD BANK (P.J.S.C.)', 'FIRST ABU DHABI BANK', 'AL RAJHI BANKING AND INVESTMENT CORP.', 'SAUDI NATIONAL BANK', 'BARCLAYS BANK PLC'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'],
  },
}

const memo = new Map()
export const loc = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 173 + c.first.length * 11 + lang.length)
  const d = L[lang]
  const female = r() < 0.5
  const pair = (x) => (Array.isArray(x) ? x[female ? 1 : 0] : x)
  const first = pair(v.pick(r, d.first)), last = pair(v.pick(r, d.last))
  const p = { first, last, full: `${first} ${last}`, female }
  p.email = `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}`
  if (lang === 'tr') {
    const [il, ilce, zip, area] = v.pick(r, d.cities)
    Object.assign(p, { il, ilce, zip, street: `${v.pick(r, d.street)} No: ${v.int(r, 1, 250)}${r() < 0.5 ? ` D: ${v.int(r, 1, 24)}` : ''}`, phone: `+90 ${area} ${v.int(r, 200, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, mobile: `+90 5${v.pick(r, ['32', '33', '42', '05', '55', '44'])} ${v.int(r, 100, 999)} ${pad(v.int(r, 0, 99))} ${pad(v.int(r, 0, 99))}`, company: v.pick(r, d.companies), job: v.pick(r, d.jobs), dept: v.pick(r, d.depts) })
    p.gsm = p.mobile.replace(/\s/g, '')
    p.workEmail = `${slug(first)}.${slug(last)}@${slug(p.company).slice(0, 10)}.com.tr`
  } else if (lang === 'cs') {
    const [city, zip] = v.pick(r, d.cities)
    Object.assign(p, { city, zip, street: v.pick(r, d.street), house: `${v.int(r, 100, 3200)}/${v.int(r, 1, 140)}`, phone: `+420 ${v.pick(r, ['602', '603', '604', '721', '731', '777', '608'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, company: v.pick(r, d.companies), ico: String(v.int(r, 10000000, 89999999)) })
  } else if (lang === 'pl') {
    const [city, region, zip] = v.pick(r, d.cities)
    Object.assign(p, { city, region, zip: zip.slice(0, 5) + String(v.int(r, 1, 9)), street: `${v.pick(r, d.street)} ${v.int(r, 1, 120)}${r() < 0.4 ? `/${v.int(r, 1, 40)}` : ''}`, mobile: `+48 ${v.pick(r, ['501', '601', '602', '691', '723', '790'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, company: v.pick(r, d.companies) })
  } else if (lang === 'qc') {
    const [city, prov, zip, area] = v.pick(r, d.cities)
    Object.assign(p, { city, prov, zip, phone: `${area}-${v.int(r, 200, 989)}-${pad(v.int(r, 0, 9999), 4)}` })
  } else if (lang === 'au') {
    const [city, state, zip] = v.pick(r, d.cities)
    Object.assign(p, { city, state, zip, mobile: `+61 4${v.int(r, 10, 99)} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}` })
  } else if (lang === 'gulf') {
    const [city, zip, cc, cc3, currency] = v.pick(r, d.cities)
    Object.assign(p, { city, zip, cc, cc3, currency, street: `${v.int(r, 1, 400)} ${v.pick(r, d.street)}`, bank: v.pick(r, d.banks) })
  }
  memo.set(k, p)
  return p
}

// A card BIN and masked number ("457269******0764"), seeded by the row's order so that all columns of a row agree.
const cards = new Map()
export const card = (o) => {
  if (cards.has(o.id)) return cards.get(o.id)
  const r = v.rng(+o.id * 37 + 5)
  const brand = v.pick(r, ['Visa', 'Visa', 'MasterCard', 'MasterCard', 'Amex'])
  const bin = brand === 'Visa' ? `4${v.int(r, 10000, 99999)}` : brand === 'MasterCard' ? `5${v.int(r, 10000, 59999)}` : `37${v.int(r, 1000, 9999)}`
  const c = { brand, bin, masked: `${bin}******${v.int(r, 1000, 9999)}` }
  cards.set(o.id, c)
  return c
}
