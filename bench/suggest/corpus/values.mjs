// Deterministic value generators for the labelled suggestion corpus: names, addresses, phones, dates, money,
// booleans and codes in the formats each product and locale exports them.

export function rng(seed) {
  let s = seed >>> 0 || 1
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296 }
}

export const pick = (r, xs) => xs[Math.floor(r() * xs.length)]
export const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1))
/** n written with w digits, zeros in front (7 -> "07"). */
export const pad = (n, w = 2) => String(n).padStart(w, '0')
/** A word of plain letters for e-mail addresses and domains ("José Núñez" -> "josenunez"). */
export const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
/** A string's 32-bit hash, to seed a row's generator from its person. */
export const hash = (s) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7)
/** k random decimal digits. */
export const digits = (r, k) => Array.from({ length: k }, () => int(r, 0, 9)).join('')

const FIRST = {
  en: ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'Sarah', 'Daniel', 'Emily', 'Chris', 'Olivia'],
  de: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Maximilian', 'Marie', 'Paul', 'Katharina', 'Jürgen', 'Ursula', 'Stefan', 'Sabine'],
  fr: ['Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Jules', 'Manon', 'Gabriel', 'Inès', 'Arthur', 'Élodie', 'Théo', 'Margaux'],
  es: ['Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Pablo', 'María', 'Álvaro', 'Carmen', 'Javier', 'Valentina', 'Diego'],
  nl: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Mila', 'Finn', 'Tess', 'Bram', 'Sanne', 'Jeroen', 'Femke'],
  it: ['Francesco', 'Giulia', 'Alessandro', 'Chiara', 'Lorenzo', 'Sofia', 'Matteo', 'Aurora', 'Andrea', 'Elena', 'Marco', 'Federica'],
  pt: ['João', 'Ana', 'Pedro', 'Mariana', 'Gabriel', 'Beatriz', 'Lucas', 'Júlia', 'Rafael', 'Larissa', 'Thiago', 'Camila'],
}
const LAST = {
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Young'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Köhler'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre'],
  es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer'],
  it: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno'],
  pt: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa'],
}
const STREET = {
  en: (r) => `${int(r, 1, 9999)} ${pick(r, ['Main St', 'Oak Avenue', 'Maple Dr', 'Cedar Lane', 'Park Road', 'Elm Street', '5th Ave', 'Sunset Blvd'])}`,
  de: (r) => `${pick(r, ['Hauptstraße', 'Schillerstr.', 'Bahnhofstraße', 'Goethestraße', 'Lindenweg', 'Am Markt', 'Gartenstraße'])} ${int(r, 1, 120)}`,
  fr: (r) => `${int(r, 1, 140)} ${pick(r, ['rue de la Paix', 'avenue Victor Hugo', 'boulevard Haussmann', 'rue du Moulin', 'place de la République', 'chemin des Vignes'])}`,
  es: (r) => `${pick(r, ['Calle Mayor', 'Avenida de la Constitución', 'Calle Real', 'Paseo de Gracia', 'Calle del Sol'])} ${int(r, 1, 200)}`,
  nl: (r) => `${pick(r, ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein', 'Prinsengracht', 'Schoolstraat'])} ${int(r, 1, 300)}`,
  it: (r) => `${pick(r, ['Via Roma', 'Corso Italia', 'Via Garibaldi', 'Piazza Mazzini', 'Via Dante'])} ${int(r, 1, 150)}`,
  pt: (r) => `${pick(r, ['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Avenida Brasil', 'Rua XV de Novembro'])}, ${int(r, 1, 2000)}`,
}
const CITY = {
  en: [['New York', 'NY', '10001'], ['Austin', 'TX', '73301'], ['Seattle', 'WA', '98101'], ['Chicago', 'IL', '60601'], ['Denver', 'CO', '80202'], ['Boston', 'MA', '02108'], ['Portland', 'OR', '97201']],
  de: [['Berlin', 'Berlin', '10115'], ['München', 'Bayern', '80331'], ['Hamburg', 'Hamburg', '20095'], ['Köln', 'Nordrhein-Westfalen', '50667'], ['Stuttgart', 'Baden-Württemberg', '70173'], ['Leipzig', 'Sachsen', '04109']],
  fr: [['Paris', 'Île-de-France', '75008'], ['Lyon', 'Auvergne-Rhône-Alpes', '69002'], ['Marseille', "Provence-Alpes-Côte d'Azur", '13001'], ['Toulouse', 'Occitanie', '31000'], ['Lille', 'Hauts-de-France', '59000'], ['Nantes', 'Pays de la Loire', '44000']],
  es: [['Madrid', 'Madrid', '28013'], ['Barcelona', 'Barcelona', '08002'], ['Valencia', 'Valencia', '46002'], ['Sevilla', 'Sevilla', '41001'], ['Bilbao', 'Vizcaya', '48001'], ['Málaga', 'Málaga', '29001']],
  nl: [['Amsterdam', 'Noord-Holland', '1012 AB'], ['Rotterdam', 'Zuid-Holland', '3011 AD'], ['Utrecht', 'Utrecht', '3511 LN'], ['Eindhoven', 'Noord-Brabant', '5611 AZ'], ['Groningen', 'Groningen', '9711 LM']],
  it: [['Milano', 'MI', '20121'], ['Roma', 'RM', '00184'], ['Torino', 'TO', '10121'], ['Napoli', 'NA', '80133'], ['Bologna', 'BO', '40121'], ['Firenze', 'FI', '50122']],
  pt: [['São Paulo', 'SP', '01310-100'], ['Rio de Janeiro', 'RJ', '20040-002'], ['Belo Horizonte', 'MG', '30130-010'], ['Curitiba', 'PR', '80010-000'], ['Porto Alegre', 'RS', '90010-150']],
  ar: [['Buenos Aires', 'Buenos Aires', 'C1043'], ['Córdoba', 'Córdoba', 'X5000'], ['Rosario', 'Santa Fe', 'S2000'], ['Mendoza', 'Mendoza', 'M5500']],
}
const COUNTRY = {
  en: ['US', 'United States'], de: ['DE', 'Deutschland'], fr: ['FR', 'France'], es: ['ES', 'España'], nl: ['NL', 'Nederland'], it: ['IT', 'Italia'], pt: ['BR', 'Brasil'], ar: ['AR', 'Argentina'],
}
const COUNTRY_EN = { US: 'United States', DE: 'Germany', FR: 'France', ES: 'Spain', NL: 'Netherlands', IT: 'Italy', BR: 'Brazil', AR: 'Argentina', GB: 'United Kingdom', CA: 'Canada' }
const PHONE = {
  en: (r) => `+1 ${int(r, 201, 989)}-555-${pad(int(r, 0, 9999), 4)}`,
  de: (r) => `+49 ${pick(r, ['30', '89', '40', '221', '711'])} ${int(r, 1000000, 9999999)}`,
  fr: (r) => `0${int(r, 1, 5)} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))}`,
  es: (r) => `+34 ${int(r, 910, 989)} ${int(r, 100, 999)} ${int(r, 100, 999)}`,
  nl: (r) => `+31 ${pick(r, ['20', '10', '30', '40'])} ${int(r, 1000000, 9999999)}`,
  it: (r) => `+39 0${int(r, 2, 99)} ${int(r, 100000, 9999999)}`,
  pt: (r) => `(${int(r, 11, 99)}) ${int(r, 3000, 3999)}-${pad(int(r, 0, 9999), 4)}`,
  ar: (r) => `+54 11 ${int(r, 4000, 4999)}-${pad(int(r, 0, 9999), 4)}`,
}
const MOBILE = {
  en: (r) => `+1 (${int(r, 201, 989)}) 555-${pad(int(r, 0, 9999), 4)}`,
  de: (r) => `+49 1${pick(r, ['51', '60', '70', '76'])} ${int(r, 1000000, 99999999)}`,
  fr: (r) => `+33 ${pick(r, ['6', '7'])} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))}`,
  es: (r) => `+34 6${int(r, 10, 99)} ${int(r, 100, 999)} ${int(r, 100, 999)}`,
  nl: (r) => `06-${int(r, 10000000, 99999999)}`,
  it: (r) => `+39 3${int(r, 20, 49)} ${int(r, 1000000, 9999999)}`,
  pt: (r) => `(${int(r, 11, 99)}) 9${int(r, 6000, 9999)}-${pad(int(r, 0, 9999), 4)}`,
  ar: (r) => `+54 9 11 ${int(r, 5000, 6999)}-${pad(int(r, 0, 9999), 4)}`,
}
const DOMAINS = { en: ['gmail.com', 'yahoo.com', 'outlook.com', 'example.com'], de: ['web.de', 'gmx.de', 't-online.de', 'gmail.com'], fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], es: ['gmail.com', 'hotmail.es', 'yahoo.es'], nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'], it: ['libero.it', 'gmail.com', 'virgilio.it'], pt: ['uol.com.br', 'gmail.com', 'bol.com.br'], ar: ['gmail.com', 'hotmail.com.ar'] }
const COMPANIES = ['Acme Corp', 'Globex GmbH', 'Initech SA', 'Umbrella BV', 'Stark Industries', 'Wayne Enterprises', 'Soylent S.r.l.', 'Tyrell Ltda', 'Hooli Inc.', 'Vandelay Industries', 'Cyberdyne Systems', 'Massive Dynamic']
const JOBS = ['Marketing Manager', 'CTO', 'Head of Sales', 'Software Engineer', 'Procurement Lead', 'VP Operations', 'Account Executive', 'Data Analyst', 'CFO', 'Office Manager']
const JOBS_DE = ['Einkaufsleiter', 'Geschäftsführer', 'Vertriebsleiterin', 'IT-Leiter', 'Marketing-Managerin', 'Projektleiter']
const JOBS_FR = ['Directeur commercial', 'Responsable marketing', 'Chef de projet', 'Acheteuse', 'Directrice financière']
const PRODUCTS = [['TS-BLK-M', 'Classic T-Shirt', 'Apparel', 19.9], ['HD-GRY-L', 'Zip Hoodie', 'Apparel', 49.0], ['MG-WHT-01', 'Ceramic Mug', 'Home', 12.5], ['SN-RED-42', 'Running Sneaker', 'Footwear', 89.95], ['BP-NVY-20', 'Backpack 20L', 'Bags', 64.0], ['CP-BLU-OS', 'Baseball Cap', 'Accessories', 24.0], ['SK-WHT-3P', 'Socks 3-Pack', 'Apparel', 14.99], ['BT-BRN-40', 'Leather Boot', 'Footwear', 149.0]]

export const L = (lang) => lang in FIRST ? lang : 'en'
export const first = (r, lang) => pick(r, FIRST[L(lang)])
export const last = (r, lang) => pick(r, LAST[L(lang)])
export const street = (r, lang) => STREET[lang in STREET ? lang : 'en'](r)
export const cityRow = (r, lang) => pick(r, CITY[lang in CITY ? lang : 'en'])
export const country = (lang) => COUNTRY[lang] ?? COUNTRY.en
export const countryEn = (code) => COUNTRY_EN[code] ?? code
export const phone = (r, lang) => (PHONE[lang] ?? PHONE.en)(r)
export const mobile = (r, lang) => (MOBILE[lang] ?? MOBILE.en)(r)
export const email = (r, f, l, lang) => `${f}.${l}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '') + int(r, 1, 99) + '@' + pick(r, DOMAINS[lang] ?? DOMAINS.en)
export const workEmail = (f, l, company) => `${f[0]}.${l}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '') + '@' + company.toLowerCase().replace(/[^a-z]/g, '').slice(0, 10) + '.com'
export const company = (r) => pick(r, COMPANIES)
export const job = (r, lang = 'en') => pick(r, lang === 'de' ? JOBS_DE : lang === 'fr' ? JOBS_FR : JOBS)
export const product = (r) => pick(r, PRODUCTS)
export const money = (r, lo, hi, comma = false) => { const v = (lo + r() * (hi - lo)).toFixed(2); return comma ? v.replace('.', ',') : v }
export const ip4 = (r) => `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`
export const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('')
export const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`
export const alnum = (r, n) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[int(r, 0, 61)]).join('')

// instants between 2019 and 2025
export const instant = (r) => Date.UTC(2019, 0, 1) + Math.floor(r() * 6 * 365 * 86400) * 1000
export const birth = (r) => Date.UTC(1950, 0, 1) + Math.floor(r() * 50 * 365) * 86400000
/** An instant's UTC calendar parts: y, m (1-12), d, H, M, S. */
export const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
/** The calendar parts of an instant h hours later (a local time written without its offset). */
export const shift = (ms, h) => parts(ms + h * 3600000)
/** The row of a per-row list for row i (the list repeated). */
export const row = (rows, i) => rows[i % rows.length]
export const fmt = {
  iso: (ms) => new Date(ms).toISOString().replace('.000Z', 'Z'),
  isoOffset: (ms) => { const p = parts(ms - 4 * 3600000); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}-04:00` },
  ymd: (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)}` },
  ymdhms: (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` },
  shopify: (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)} -0400` },
  us: (ms) => { const p = parts(ms); return `${p.m}/${pad(p.d)}/${p.y}` },
  usTime: (ms) => { const p = parts(ms); return `${p.m}/${pad(p.d)}/${p.y} ${p.H % 12 || 12}:${pad(p.M)} ${p.H < 12 ? 'AM' : 'PM'}` },
  de: (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y}` },
  deTime: (ms) => { const p = parts(ms); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` },
  eu: (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y}` },
  euTime: (ms) => { const p = parts(ms); return `${pad(p.d)}/${pad(p.m)}/${p.y} ${pad(p.H)}:${pad(p.M)}` },
  nl: (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y}` },
  usShort: (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}/${String(p.y).slice(2)}` },
  nlTime: (ms) => { const p = parts(ms); return `${pad(p.d)}-${pad(p.m)}-${p.y} ${pad(p.H)}:${pad(p.M)}` },
  compact: (ms) => { const p = parts(ms); return `${p.y}${pad(p.m)}${pad(p.d)}` },
  mmdd: (ms) => { const p = parts(ms); return `${pad(p.m)}/${pad(p.d)}` },
  epochS: (ms) => String(Math.floor(ms / 1000)),
  epochMs: (ms) => String(ms),
  epochUs: (ms) => String(ms * 1000 + 123),
  time: (ms) => { const p = parts(ms); return `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}` },
  amplitude: (ms) => { const p = parts(ms); return `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad(int(() => 0.5, 0, 999), 3)}000` },
}

// ---------------------------------------------------------------- shared formatters for the per-half files
// (import these instead of redefining them: one definition each, so the duplicate report stays quiet)
/** Calendar parts p (from parts/shift) as day-month-year, year-month-day, time and hour:minute. */
export const dmy = (p, s = '.') => `${pad(p.d)}${s}${pad(p.m)}${s}${p.y}`
export const ymd = (p, s = '-') => `${p.y}${s}${pad(p.m)}${s}${pad(p.d)}`
export const mdy = (p, s = '/') => `${pad(p.m)}${s}${pad(p.d)}${s}${p.y}`
export const hms = (p) => `${pad(p.H)}:${pad(p.M)}:${pad(p.S)}`
export const hm = (p) => `${pad(p.H)}:${pad(p.M)}`
/** A 12-hour clock: 3:07 PM (sec adds :ss). */
export const hm12 = (p, sec = false) => `${p.H % 12 || 12}:${pad(p.M)}${sec ? ':' + pad(p.S) : ''} ${p.H < 12 ? 'AM' : 'PM'}`
/** Is an instant in the northern summer-time months (April to September; an approximation of DST)? */
export const summer = (ms) => [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1)
/** Local parts for a zone at `std` hours from UTC, one more in summer when dst is true. */
export const local = (ms, std, dst = true) => shift(ms, std + (dst && summer(ms) ? 1 : 0))
/** An amount with two decimals and the given decimal separator: 1234.5 → '1234,50'. */
export const dec = (n, sep = ',') => (Math.round(n * 100) / 100).toFixed(2).replace('.', sep)
/** An amount with grouped thousands: thou(1234.5) → '1.234,50'; thou(1234.5, ',', '.') → '1,234.50'. */
export const thou = (n, t = '.', d = ',') => { const [a, b] = (Math.round(n * 100) / 100).toFixed(2).split('.'); return `${a.replace(/\B(?=(\d{3})+(?!\d))/g, t)}${d}${b}` }
/** A whole number with grouped thousands: group(1234567, ' ') → '1 234 567'. */
export const group = (n, t = ',') => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, t)
