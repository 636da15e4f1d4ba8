// Round 11 (heldout11) value helpers: formats of the round-11 products that the shared helpers lack (Hungarian,
// Romanian and Indonesian people; Fakturoid's ISO times with a Prague offset, Trendyol's dd.MM.yyyy HH:mm and Turkish
// decimal commas, Xendit's +07:00 times, Pendo's epoch milliseconds). Shared helpers are not changed; everything here
// derives from the generated row (person / order) or the row's rng.
import * as v from './values.mjs'
import { slug } from './values10.mjs'

const pad = (n, w = 2) => String(n).padStart(w, '0')
const parts = (ms) => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds() } }
const shift = (ms, h) => parts(ms + h * 3600000)

// "2023-08-22T10:59:00.330+02:00" (Fakturoid API v3 times, Europe/Prague; summer/winter offset by month)
export const pragueIso = (ms) => { const off = [4, 5, 6, 7, 8, 9].includes(new Date(ms).getUTCMonth() + 1) ? 2 : 1; const p = shift(ms, off); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.${pad(ms % 1000, 3)}+0${off}:00` }
// "22.05.2024 14:31" (Trendyol seller panel Excel, Türkiye time UTC+3)
export const trTime = (ms) => { const p = shift(ms, 3); return `${pad(p.d)}.${pad(p.m)}.${p.y} ${pad(p.H)}:${pad(p.M)}` }
// "1.249,90" (Turkish amount: dot thousands, decimal comma)
export const trMoney = (n) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')
// "2024-03-05T21:22:31.000+07:00" (Xendit report times in the merchant's WIB zone)
export const wibIso = (ms) => { const p = shift(ms, 7); return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.H)}:${pad(p.M)}:${pad(p.S)}.000+07:00` }

// First names are [male, female] pairs so that a row's gender, salutation and name agree.
const L = {
  hu: {
    first: [['László', 'Katalin'], ['István', 'Eszter'], ['Gábor', 'Zsófia'], ['Péter', 'Anna'], ['Bence', 'Réka'], ['Attila', 'Krisztina']],
    last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp'],
    // [city, postcode]
    cities: [['Budapest', '1132'], ['Budapest', '1054'], ['Debrecen', '4025'], ['Szeged', '6720'], ['Pécs', '7621'], ['Győr', '9021'], ['Miskolc', '3525']],
    street: ['Váci út', 'Andrássy út', 'Rákóczi út', 'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Fő utca', 'Széchenyi tér'],
    companies: ['Duna Informatika Kft.', 'Balaton Trade Zrt.', 'Tisza Logisztika Kft.', 'Mátra Építő Bt.', 'Pannon Food Kft.', 'Alföld Agro Zrt.'],
    mail: ['gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu'],
  },
  ro: {
    first: [['Andrei', 'Maria'], ['Alexandru', 'Elena'], ['Mihai', 'Ioana'], ['Ionuț', 'Andreea'], ['Cristian', 'Alexandra'], ['Bogdan', 'Cristina']],
    last: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Constantin', 'Marin', 'Radu', 'Dobre'],
    // [city, județ, postcode]
    cities: [['București', 'București', '010011'], ['Cluj-Napoca', 'Cluj', '400001'], ['Timișoara', 'Timiș', '300001'], ['Iași', 'Iași', '700001'], ['Brașov', 'Brașov', '500001'], ['Constanța', 'Constanța', '900001']],
    street: ['Str. Mihai Eminescu', 'Bd. Unirii', 'Calea Victoriei', 'Str. Republicii', 'Bd. Revoluției', 'Str. Avram Iancu'],
    companies: ['Carpați Construct SRL', 'Dacia Soft SRL', 'Delta Distribuție SRL', 'Transilvania Trade SA', 'Bucovina Agro SRL', 'Dunărea Logistic SRL'],
    mail: ['gmail.com', 'yahoo.com', 'yahoo.ro'],
  },
  id: {
    first: [['Budi', 'Siti'], ['Agus', 'Dewi'], ['Rizky', 'Putri'], ['Andi', 'Ayu'], ['Dimas', 'Nabila'], ['Fajar', 'Rina']],
    last: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kusuma', 'Nugroho', 'Siregar', 'Setiawan', 'Halim'],
    mail: ['gmail.com', 'yahoo.co.id', 'gmail.com'],
  },
}

const memo = new Map()
export const loc11 = (c, lang) => {
  const k = `${lang}:${c.id}:${c.first}`
  if (memo.has(k)) return memo.get(k)
  const r = v.rng(+c.id * 191 + c.first.length * 13 + lang.length)
  const d = L[lang]
  const female = r() < 0.5
  const first = v.pick(r, d.first)[female ? 1 : 0], last = v.pick(r, d.last)
  const p = { first, last, female, email: `${slug(first)}.${slug(last)}${v.int(r, 1, 99)}@${v.pick(r, d.mail)}` }
  if (lang === 'hu') {
    const [city, zip] = v.pick(r, d.cities)
    Object.assign(p, { full: `${last} ${first}`, city, zip, street: `${v.pick(r, d.street)} ${v.int(r, 1, 140)}.`, mobile: `+36 ${v.pick(r, ['20', '30', '70'])} ${v.int(r, 100, 999)} ${v.int(r, 1000, 9999)}`, phone: `+36 1 ${v.int(r, 200, 499)} ${v.int(r, 1000, 9999)}`, company: v.pick(r, d.companies), tax: `${v.int(r, 10000000, 32999999)}-${v.int(r, 1, 2)}-${pad(v.int(r, 2, 44))}` })
    p.workEmail = `${slug(first)}.${slug(last)}@${slug(p.company).slice(0, 10)}.hu`
  } else if (lang === 'ro') {
    const [city, judet, zip] = v.pick(r, d.cities)
    Object.assign(p, { full: `${first} ${last}`, city, judet, zip, street: `${v.pick(r, d.street)} nr. ${v.int(r, 1, 120)}${r() < 0.4 ? `, bl. ${v.int(r, 1, 30)}, ap. ${v.int(r, 1, 60)}` : ''}`, mobile: `07${v.pick(r, ['22', '23', '44', '45', '55', '88'])} ${v.int(r, 100, 999)} ${v.int(r, 100, 999)}`, company: v.pick(r, d.companies), cif: `RO${v.int(r, 1000000, 49999999)}`, regcom: `J${pad(v.int(r, 1, 52))}/${v.int(r, 100, 9999)}/${v.int(r, 2005, 2023)}` })
    p.workEmail = `${slug(first)}.${slug(last)}@${slug(p.company).slice(0, 10)}.ro`
  } else {
    Object.assign(p, { full: `${first} ${last}`, mobile: `+628${v.int(r, 11, 99)}${v.int(r, 1000000, 9999999)}` })
  }
  memo.set(k, p)
  return p
}
